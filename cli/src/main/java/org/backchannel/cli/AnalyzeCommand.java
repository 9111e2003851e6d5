package org.backchannel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.model.Analysis;
import org.backchannel.model.IngestProblem;
import org.backchannel.pipeline.PipelineResult;
import org.backchannel.pipeline.output.EventTable;
import org.backchannel.pipeline.output.JsonOutput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analyze}: run the pipeline over files and print the result; the store is not touched. */
@Command(
        name = "analyze",
        mixinStandardHelpOptions = true,
        description =
                "Analyze text, HTML or JSON Lines files (or a directory, or - for standard input) and print events.")
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "inputs; - reads standard input")
    List<String> inputs;

    @Option(
            names = "--format",
            defaultValue = "table",
            description = "json (the output contract), tsv or table (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() {
        PipelineResult r = knowledge.pipeline().run(inputs, System.in, new Progress("analyzing"));
        Analysis a = r.analysis();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        switch (format) {
            case "json" -> out.println(JsonOutput.write(a));
            case "tsv" -> out.print(EventTable.tsv(EventTable.COLUMNS, EventTable.rows(a)));
            case "table" -> out.print(EventTable.table(
                    List.of("date", "source", "cameo", "target", "status", "evidence"),
                    a.events().stream()
                            .map(e -> List.of(
                                    e.date() == null ? "" : e.date().label(),
                                    nz(e.source().text()),
                                    e.code().cameo() + " " + e.code().name(),
                                    nz(e.target().text()),
                                    e.epistemic().status().label(),
                                    e.primaryEvidence().text()))
                            .toList(),
                    60));
            default -> throw new BadCommandLine("unknown format " + format + " (json, tsv, table)");
        }
        r.duplicates().forEach(d -> System.err.println("not coded again: " + d));
        return knowledge.exitCode(report(a.problems(), a.documents().size()));
    }

    static int report(List<IngestProblem> problems, int documentsRead) {
        for (IngestProblem p : problems) {
            System.err.println("skipped " + p.item() + ": " + p.cause());
        }
        if (documentsRead == 0) {
            System.err.println("nothing could be read");
            return Main.NOTHING_READ;
        }
        return problems.isEmpty() ? Main.OK : Main.SOME_ITEMS_FAILED;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
