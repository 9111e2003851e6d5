package org.backchannel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.export.EventExports;
import org.backchannel.analysis.export.GraphXml;
import org.backchannel.analysis.export.SourceDocuments;
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code export}: the store in the formats other tools read. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description =
                "Export to GraphML or dynamic GEXF (network), GDELT 2.0 TSV with a sidecar, PLOVER JSON (JSON Lines for a .jsonl file), or Parquet/CSV of every table.")
public final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", required = true, description = "graphml, gexf, gdelt, plover, parquet or csv")
    String format;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "PATH",
            description = "output file (a directory for parquet and csv)")
    Path output;

    @Option(names = "--countries", description = "network at country level (graphml, gexf)")
    boolean countries;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !java.nio.file.Files.isDirectory(folder)) {
            throw new BadCommandLine("cannot write " + output + ": the output folder " + folder + " does not exist");
        }
        try (EventStore s = store.openExisting()) {
            Workspace w = Workspace.load(s);
            switch (format) {
                case "graphml" -> GraphXml.graphml(
                        w.network(countries ? NetworkView.COUNTRIES : NetworkView.ACTORS), output);
                case "gexf" -> GraphXml.gexf(w.network(countries ? NetworkView.COUNTRIES : NetworkView.ACTORS), output);
                case "gdelt" -> EventExports.gdelt(w.events(), w.actors(), SourceDocuments.load(s), output);
                case "plover" -> EventExports.plover(w.events(), w.actors(), SourceDocuments.load(s), output);
                case "parquet", "csv" -> EventExports.tables(s, output, format);
                default -> throw new BadCommandLine(
                        "unknown format " + format + " (graphml, gexf, gdelt, plover, parquet, csv)");
            }
        }
        System.err.println("wrote " + output);
        return Main.OK;
    }
}
