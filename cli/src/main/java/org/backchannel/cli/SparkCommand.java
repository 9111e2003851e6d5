package org.backchannel.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.backchannel.spark.SparkJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark}: the pipeline as an Apache Spark job, embedded in local mode or under spark-submit.
 * Spark's own jars are not in {@code cli/target/lib}: the launcher adds {@code spark/target/spark-lib}
 * for this command only (docs/spark.md).
 */
@Command(
        name = "spark",
        mixinStandardHelpOptions = true,
        description = {
            "Analyze inputs as an Apache Spark job into Parquet (events, claims, documents, actors, ... by date) plus a summary.",
            "Re-running into the same --out adds nothing; documents that failed are listed and can be retried alone."
        })
public final class SparkCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "INPUT",
            description = "files or folders: JSON Lines, text, HTML (local paths or any Hadoop path such as hdfs://)")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder (local or Hadoop path)")
    String out;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
    String master;

    @Option(
            names = "--partitions",
            defaultValue = "0",
            paramLabel = "N",
            description = "partitions to analyze in (default: four per core)")
    int partitions;

    @Option(names = "--retry-failed", description = "analyze only the documents earlier runs into --out failed on")
    boolean retryFailed;

    @Option(
            names = "--fail-on",
            paramLabel = "ID",
            hidden = true,
            description = "fail these document ids on purpose (drills of the retry path)")
    Set<String> failOn = new LinkedHashSet<>();

    @Override
    public Integer call() {
        if (inputs.isEmpty() && !retryFailed) {
            System.err.println("backchannel spark: give INPUT files or folders, or --retry-failed");
            return 2;
        }
        SparkJob.Summary s;
        try {
            s = SparkJob.run(new SparkJob.Options(inputs, out, master, partitions, retryFailed, failOn));
        } catch (NoClassDefFoundError e) {
            if (String.valueOf(e.getMessage()).contains("org/apache/spark")) {
                System.err.println(
                        "backchannel spark: Spark is not on the class path; run it through ./backchannel (which adds spark/target/spark-lib) or spark-submit");
                return Main.FAILED;
            }
            throw e;
        }
        System.out.println(line(s) + "; output: " + out);
        s.inputProblems().forEach(p -> System.err.println("skipped " + p));
        s.failures().forEach(f -> System.err.println("failed " + f.id() + " (" + f.origin() + "): " + f.error()));
        if (!s.failures().isEmpty()) {
            System.err.println("retry them alone with: backchannel spark --out " + out + " --retry-failed");
        }
        if (s.documentsRead() == 0 && !retryFailed) {
            return Main.NOTHING_READ;
        }
        return s.failures().isEmpty() && s.inputProblems().isEmpty() ? Main.OK : Main.SOME_ITEMS_FAILED;
    }

    /** One line on a run. */
    static String line(SparkJob.Summary s) {
        return String.format(
                "run %s on %s: %d documents read, %d already written, %d reprints collapsed, %d analyzed in %d partitions (%d sentences, %d events), %d failed; "
                        + "%.1f s, %.2f documents/s",
                s.run(),
                s.master(),
                s.documentsRead(),
                s.documentsAlreadyWritten(),
                s.copiesCollapsed(),
                s.documentsAnalyzed(),
                s.partitions(),
                s.sentences(),
                s.events(),
                s.failures().size(),
                s.seconds(),
                s.documentsPerSecond());
    }
}
