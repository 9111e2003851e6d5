package org.backchannel.store;

import java.util.List;

/**
 * Told after each committed save which documents it added, so views derived from the store (the
 * search index) stay in step with it. The store closes its listeners when it closes.
 */
@FunctionalInterface
public interface SaveListener extends AutoCloseable {
    /** Called after the save's transaction committed; {@code documentIds} are the ids the documents were stored under. */
    void saved(EventStore store, List<String> documentIds);

    @Override
    default void close() {}
}
