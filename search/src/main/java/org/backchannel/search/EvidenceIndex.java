package org.backchannel.search;

import java.nio.file.Path;
import java.util.List;
import org.backchannel.store.EventStore;
import org.backchannel.store.SaveListener;

/**
 * The search index beside a store: full-text search over stored sentences and documents with facets
 * and highlighted hits, and related documents ranked by shared actors, dyads and events. It is a
 * {@link SaveListener}, so a store it is attached to feeds it every document it saves.
 */
public interface EvidenceIndex extends SaveListener {

    /** (Re)indexes these stored documents; a document indexed before is replaced, never doubled. */
    void index(EventStore store, List<String> documentIds);

    /** Drops everything and indexes every stored document again; returns how many. */
    int rebuild(EventStore store);

    /** Indexes the stored documents the index lacks (saved while no index was attached); returns how many. */
    int catchUp(EventStore store);

    SearchResults search(SearchQuery query);

    /** Up to {@code limit} documents like this one, best first; empty when the document is not indexed. */
    List<RelatedDocument> related(String documentId, int limit);

    /** How many documents the index holds. */
    int documentCount();

    @Override
    default void saved(EventStore store, List<String> documentIds) {
        index(store, documentIds);
    }

    @Override
    void close();

    /** Where the index of a store file lives: beside it, {@code work.duckdb} → {@code work.duckdb.lucene/}. */
    static Path besideStore(Path storeFile) {
        return storeFile.resolveSibling(storeFile.getFileName() + ".lucene");
    }

    /** Opens (creating when missing) the Lucene index in {@code directory}. */
    static EvidenceIndex open(Path directory) {
        return LuceneEvidenceIndex.open(directory);
    }

    /**
     * Opens the index beside the store, brings it up to date with what the store holds, and attaches
     * it so every later save reaches it; the store closes it when the store closes.
     */
    static EvidenceIndex attach(EventStore store) {
        EvidenceIndex index = open(besideStore(store.file()));
        try {
            index.catchUp(store);
        } catch (RuntimeException e) {
            index.close();
            throw e;
        }
        store.onSave(index);
        return index;
    }
}
