package org.backchannel.server.service;

import java.util.List;
import org.backchannel.model.Event;
import org.backchannel.store.EventPages;
import org.backchannel.store.StoredDocument;
import org.backchannel.store.StoredDocuments;
import org.backchannel.store.workspace.Comment;
import org.backchannel.store.workspace.WorkspaceTables;

/** Reading stored documents: a listing, or one with its text, its sentences and the events coded from each. */
public final class DocumentService {
    private final StorePool pool;

    /** A page of the document listing and how many documents there are in all. */
    public record Listing(List<StoredDocument> documents, int total) {}

    /** A document whole, its events in sentence order, and the comments on it. */
    public record DocumentDetail(StoredDocument document, List<Event> events, List<Comment> comments) {}

    public DocumentService(StorePool pool) {
        this.pool = pool;
    }

    public Listing list(String q, int offset, int limit) {
        return pool.read(s -> {
            StoredDocuments d = new StoredDocuments(s);
            return new Listing(d.list(q, offset, limit), d.count());
        });
    }

    public DocumentDetail detail(String id) {
        DocumentDetail d = pool.read(s -> {
            StoredDocument doc = new StoredDocuments(s).get(id);
            return doc == null
                    ? null
                    : new DocumentDetail(
                            doc,
                            new EventPages(s).ofDocument(id),
                            new WorkspaceTables(s).comments().on("document", id));
        });
        if (d == null) {
            throw ServiceException.notFound("no document '" + id + "'");
        }
        return d;
    }

    public boolean exists(String id) {
        return pool.read(s -> new StoredDocuments(s).get(id) != null);
    }
}
