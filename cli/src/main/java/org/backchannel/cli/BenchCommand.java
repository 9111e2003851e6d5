package org.backchannel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.bench.speed.BenchOutput;
import org.backchannel.bench.speed.BenchReport;
import org.backchannel.bench.speed.Benchmark;
import org.backchannel.bench.speed.SyntheticCorpus;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.nlp.ParseMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bench}: throughput, stage shares, memory and store rates over a corpus. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Measure sentences per second stage by stage against bare CoreNLP, with memory, thread scaling and store rates.")
public final class BenchCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..*",
            paramLabel = "CORPUS",
            description = "a directory or JSON Lines file (default: the demo corpus)")
    List<String> corpus = new ArrayList<>();

    @Option(
            names = "--generate",
            paramLabel = "N",
            description = "benchmark N synthetic articles generated from the project's templates")
    Integer generate;

    @Option(names = "--seed", defaultValue = "7", description = "seed of the synthetic corpus")
    long seed;

    @Option(names = "--no-scaling", description = "skip the 1..cores thread-scaling runs")
    boolean noScaling;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(
            names = "--jmh",
            description =
                    "run the JMH micro-benchmarks of the hot paths instead (coder, sentence selection, name lookup, dependency parse)")
    boolean jmh;

    @Option(
            names = "--network",
            paramLabel = "N",
            description = "time the analysis side on N synthetic events instead (e.g. 1000000)")
    Integer network;

    @Option(
            names = "--spark",
            description =
                    "documents/s of the Spark job on local[1] and local[2] against the single-JVM ingest, and a projection to a GDELT day and year")
    boolean spark;

    @Option(
            names = "--reprints",
            description =
                    "measure the reprint collapse instead: pair precision/recall on a synthetic corpus with planted reprints (--seed), near-duplicates in the demo corpus")
    boolean reprints;

    @Option(
            names = "--runs",
            defaultValue = "3",
            paramLabel = "N",
            description =
                    "measured rounds, alternating whether the pipeline or bare CoreNLP goes first; the median is reported (at least 3; default: ${DEFAULT-VALUE})")
    int runs;

    @Option(
            names = "--parse",
            defaultValue = "selective",
            hidden = true,
            paramLabel = "MODE",
            description =
                    "how the dependency parser is spent: selective (only sentences an event pattern could fire on) or documents (every sentence)")
    String parse;

    @Mixin
    ClassifierOptions classifier;

    @Override
    public Integer call() throws Exception {
        if (jmh) {
            new org.openjdk.jmh.runner.Runner(new org.openjdk.jmh.runner.options.OptionsBuilder()
                            .include(org.backchannel.bench.jmh.CoderBenchmarks.class.getSimpleName())
                            .include(org.backchannel.bench.jmh.ParserBenchmarks.class.getSimpleName())
                            .jvmArgsAppend("-Xmx4g")
                            .build())
                    .run();
            return Main.OK;
        }
        if (spark) {
            return SparkBench.run(corpus, format, new PrintStream(System.out, true, StandardCharsets.UTF_8));
        }
        if (reprints) {
            var r = new org.backchannel.bench.reprints.ReprintEvaluation().run(seed, 3);
            System.out.print(format.equals("json") ? r.json() + "\n" : r.table());
            return Main.OK;
        }
        if (network != null) {
            var r = new org.backchannel.bench.speed.NetworkBenchmark()
                    .run(network, Ontology.defaults().codebook(), seed);
            System.out.printf("Analysis on %,d synthetic events:%n", network);
            r.forEach((k, v) -> System.out.printf("  %-40s %10.3f%s%n", k, v, k.startsWith("  ") ? "" : " s"));
            return Main.OK;
        }
        ParseMode mode;
        try {
            mode = ParseMode.valueOf(parse.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("backchannel bench: --parse takes selective or documents, not " + parse);
            return Main.BAD_COMMAND_LINE;
        }
        String name = corpus.isEmpty() ? "demo corpus" : String.join(" ", corpus);
        List<String> inputs = new ArrayList<>(corpus);
        Path generated = null;
        if (generate != null) {
            generated = Files.createTempFile("backchannel-synthetic", ".jsonl");
            SyntheticCorpus.write(generate, seed, Ontology.defaults().countries(), generated);
            inputs = List.of(generated.toString());
            name = generate + " synthetic articles";
        }
        try {
            BenchReport r = new Benchmark(classifier.settings(), runs, mode)
                    .run(name, inputs, DemoCorpus.demoFiles(), !noScaling);
            PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
            out.print(format.equals("json") ? BenchOutput.json(r) + "\n" : BenchOutput.table(r));
        } finally {
            if (generated != null) {
                Files.deleteIfExists(generated);
            }
        }
        return Main.OK;
    }
}
