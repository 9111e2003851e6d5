package org.backchannel.server.api;

import io.javalin.http.Context;
import java.util.Locale;
import org.backchannel.server.auth.Access;
import org.backchannel.server.service.DocumentService;
import org.backchannel.server.service.IngestService;
import org.backchannel.server.service.ServiceException;

/** {@code /api/documents}: the listing, one document, and uploads. */
final class DocumentHandlers {
    private final DocumentService documents;
    private final IngestService ingest;

    DocumentHandlers(DocumentService documents, IngestService ingest) {
        this.documents = documents;
        this.ingest = ingest;
    }

    void list(Context ctx) {
        ctx.json(Views.documents(documents.list(
                Params.text(ctx, "q"),
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE),
                Params.integer(ctx, "limit", 50, 1, 500))));
    }

    void detail(Context ctx) {
        ctx.json(Views.documentDetail(documents.detail(ctx.pathParam("id"))));
    }

    /** The body is read by the reader its media type names: text/plain, text/html or application/x-ndjson (JSON Lines). */
    void upload(Context ctx) {
        String given = ctx.contentType();
        String type = given == null ? "" : given.toLowerCase(Locale.ROOT);
        String ext;
        if (type.startsWith("text/plain")) {
            ext = ".txt";
        } else if (type.startsWith("text/html") || type.startsWith("application/xhtml")) {
            ext = ".html";
        } else if (type.startsWith("application/x-ndjson")
                || type.startsWith("application/jsonl")
                || type.startsWith("application/json")) {
            ext = ".jsonl";
        } else {
            throw new ServiceException(
                    ServiceException.Kind.INVALID,
                    "Content-Type must be text/plain, text/html or application/x-ndjson (JSON Lines)");
        }
        String name = Params.text(ctx, "name");
        if (name != null && !name.matches("[A-Za-z0-9._-]{1,100}")) {
            throw ServiceException.invalid("name is 1 to 100 letters, digits or . _ -");
        }
        String base = name == null ? "upload" : name.replaceAll("\\.(txt|text|html?|xhtml|jsonl|ndjson)$", "");
        IngestService.Report r = ingest.ingest(Access.current(ctx), base + ext, ctx.bodyAsBytes());
        ctx.status(r.documentsAdded() > 0 ? 201 : 200).json(Views.JSON.valueToTree(r));
    }
}
