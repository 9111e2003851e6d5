package org.backchannel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backchannel.store.EventStore;
import org.backchannel.store.ParquetImport;
import org.backchannel.store.SaveReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code store}: work on the store itself; {@code store import-parquet} loads a Spark job's output. */
@Command(
        name = "store",
        mixinStandardHelpOptions = true,
        description = "Work on the DuckDB store itself.",
        subcommands = {StoreCommand.ImportParquet.class})
public final class StoreCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** {@code store import-parquet DIR}: the finished runs of a {@code spark --out DIR} into the store; importing twice adds nothing. */
    @Command(
            name = "import-parquet",
            mixinStandardHelpOptions = true,
            description =
                    "Load the Parquet output of `backchannel spark --out DIR` into the store (texts already stored are skipped).")
    static final class ImportParquet implements Callable<Integer> {
        @Parameters(paramLabel = "DIR", description = "the spark job's --out folder (local)")
        Path dir;

        @Mixin
        StoreOptions store;

        @Override
        public Integer call() {
            if (ParquetImport.finishedRuns(dir).isEmpty()) {
                System.err.println("backchannel store import-parquet: no finished spark run under " + dir + " ("
                        + ParquetImport.RUNS + "/ is empty)");
                return Main.NOTHING_READ;
            }
            try (EventStore s = store.open()) {
                SaveReport r = ParquetImport.into(s, dir);
                System.out.printf(
                        "documents: %d added, %d already stored; events added: %d; store: %s%n",
                        r.documentsAdded(), r.documentsSkipped(), r.eventsAdded(), store.db);
            }
            return Main.OK;
        }
    }
}
