package org.backchannel.server.service;

import java.util.List;
import org.backchannel.search.EvidenceIndex;
import org.backchannel.search.RelatedDocument;
import org.backchannel.search.SearchQuery;
import org.backchannel.search.SearchResults;

/**
 * Evidence search and related documents over the index beside the store. The index is attached to
 * the pool's writer, so documents uploaded through the workspace are indexed as they are saved, and
 * it closes with the store.
 */
public final class SearchService {
    private final StorePool pool;
    private final EvidenceIndex index;

    private SearchService(StorePool pool, EvidenceIndex index) {
        this.pool = pool;
        this.index = index;
    }

    /** Opens the index beside the pool's store, indexing what the store holds and the index lacks. */
    public static SearchService over(StorePool pool) {
        return new SearchService(pool, pool.write(EvidenceIndex::attach));
    }

    public SearchResults search(SearchQuery q) {
        return index.search(q);
    }

    /** Documents like a stored one, best first; unknown ids are a 404. */
    public List<RelatedDocument> related(String documentId, int limit) {
        boolean stored = pool.read(s -> {
            try (var ps = s.connection().prepareStatement("SELECT 1 FROM documents WHERE id = ?")) {
                ps.setString(1, documentId);
                try (var rs = ps.executeQuery()) {
                    return rs.next();
                }
            } catch (java.sql.SQLException e) {
                throw new org.backchannel.store.StoreException(
                        "cannot look up document " + documentId + ": " + e.getMessage(), e);
            }
        });
        if (!stored) {
            throw ServiceException.notFound("no document " + documentId);
        }
        return index.related(documentId, limit);
    }
}
