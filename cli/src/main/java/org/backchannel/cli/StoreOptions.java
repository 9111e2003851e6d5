package org.backchannel.cli;

import java.nio.file.Path;
import org.backchannel.store.EventStore;
import org.backchannel.store.StorePaths;
import picocli.CommandLine.Option;

/** The {@code --db} option: which DuckDB file to use. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "FILE", description = "the DuckDB store (default: ${DEFAULT-VALUE})")
    Path db = StorePaths.defaultDatabase();

    EventStore open() {
        return EventStore.open(db);
    }

    /** Opens the store with its search index attached, so what is saved is also indexed (docs/search.md). */
    EventStore openIndexed() {
        EventStore s = open();
        try {
            org.backchannel.search.EvidenceIndex.attach(s);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }
}
