package org.backchannel.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.backchannel.store.EventStore;
import org.backchannel.store.StorePaths;
import picocli.CommandLine.Option;

/** The {@code --db} option: which DuckDB file to use, and how long to wait for another process that holds it. */
final class StoreOptions {
    @Option(names = "--db", paramLabel = "FILE", description = "the DuckDB store (default: ${DEFAULT-VALUE})")
    Path db = StorePaths.defaultDatabase();

    @Option(
            names = "--lock-wait",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "how long to wait while another process holds the store (default: ${DEFAULT-VALUE})")
    int lockWaitSeconds;

    /** Opens the store for writing, creating it when missing. */
    EventStore open() {
        return EventStore.open(db, EventStore.Mode.CREATE, java.time.Duration.ofSeconds(lockWaitSeconds));
    }

    /** Opens an existing store for reading; a missing file is a bad command line, not a new empty store. */
    EventStore openExisting() {
        if (!Files.isRegularFile(db)) {
            throw new BadCommandLine("no store at " + db + ": create one with `backchannel ingest FILES --db " + db
                    + "`, or name another with --db");
        }
        return EventStore.open(db, EventStore.Mode.READ, java.time.Duration.ofSeconds(lockWaitSeconds));
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
