package org.backchannel.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.List;
import org.backchannel.search.RelatedDocument;
import org.backchannel.search.SearchHit;
import org.backchannel.search.SearchQuery;
import org.backchannel.search.SearchResults;
import org.backchannel.server.service.SearchService;
import org.backchannel.server.service.ServiceException;

/** {@code /api/search} and {@code /api/related/{documentId}}: parameters in, the search module's records out. */
final class SearchHandlers {
    static final List<Param> FILTERS = List.of(
            Param.query("q", "string", "words: \"a phrase\", -not, prefix*; none lists by date"),
            Param.query("scope", "string", "sentences (default) or documents"),
            Param.query("actor", "string", "actor id or words of its name"),
            Param.query("country", "string", "ISO-3 code of either side"),
            Param.query("root", "string", "CAMEO root, e.g. 04"),
            Param.query("code", "string", "CAMEO code or prefix, e.g. 046"),
            Param.query("from", "date", "first day"),
            Param.query("to", "date", "last day"),
            Param.query("cursor", "string", "the next_cursor of the previous page"),
            Param.query("limit", "integer", "hits per page, 1 to 200 (default 20)"));

    private final SearchService search;

    SearchHandlers(SearchService search) {
        this.search = search;
    }

    void search(Context ctx) {
        String scope = Params.text(ctx, "scope");
        SearchQuery.Scope s;
        if (scope == null || scope.equalsIgnoreCase("sentences")) {
            s = SearchQuery.Scope.SENTENCES;
        } else if (scope.equalsIgnoreCase("documents")) {
            s = SearchQuery.Scope.DOCUMENTS;
        } else {
            throw ServiceException.invalid("scope must be sentences or documents, not '" + scope + "'");
        }
        SearchQuery q;
        try {
            q = new SearchQuery(
                    Params.text(ctx, "q"),
                    s,
                    Params.text(ctx, "actor"),
                    Params.text(ctx, "country"),
                    Params.text(ctx, "root"),
                    Params.text(ctx, "code"),
                    Params.date(ctx, "from"),
                    Params.date(ctx, "to"),
                    Params.text(ctx, "cursor"),
                    Params.integer(ctx, "limit", 20, 1, SearchQuery.MAX_LIMIT));
        } catch (IllegalArgumentException e) {
            throw ServiceException.invalid(e.getMessage());
        }
        ctx.json(results(search.search(q)));
    }

    void related(Context ctx) {
        List<RelatedDocument> related =
                search.related(ctx.pathParam("documentId"), Params.integer(ctx, "limit", 10, 1, 100));
        ArrayNode out = Views.JSON.createArrayNode();
        for (RelatedDocument d : related) {
            ObjectNode n = Views.JSON.valueToTree(d);
            n.put("why", d.why());
            out.add(n);
        }
        ctx.json(out);
    }

    /** The records as JSON in snake_case, each hit with {@code marked}: its text HTML-escaped with the matches in {@code <mark>}. */
    private static ObjectNode results(SearchResults r) {
        ObjectNode n = Views.JSON.valueToTree(r);
        ArrayNode hits = (ArrayNode) n.get("hits");
        for (int i = 0; i < r.hits().size(); i++) {
            SearchHit h = r.hits().get(i);
            ObjectNode hit = (ObjectNode) hits.get(i);
            hit.put("marked", h.markedHtml());
            if (h.sentence() < 0) {
                hit.remove("sentence");
            }
        }
        return n;
    }
}
