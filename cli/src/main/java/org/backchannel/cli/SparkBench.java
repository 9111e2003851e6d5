package org.backchannel.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.Document;
import org.backchannel.nlp.SentenceParser;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.pipeline.PipelineResult;
import org.backchannel.spark.SparkJob;

/**
 * {@code bench --spark}: documents per second of the Spark job in local mode on one and on two cores
 * against the single-JVM {@code ingest} on the same corpus, all equally warm (CoreNLP is loaded first and
 * shared, since local mode runs the executors in this JVM; an untimed one-article job warms Spark), and a projection from the measured per-core
 * rate to a GDELT-sized day and year on a cluster.
 */
final class SparkBench {
    /** A GDELT day as the issue sizes it. */
    static final long GDELT_DAY_ARTICLES = 100_000;

    static final long GDELT_DAY_SENTENCES = 2_500_000;
    /** The cluster the projection is drawn for: executors of 4 cores (one CoreNLP, ~3 GiB, per executor JVM). */
    static final int[] CLUSTER_CORES = {32, 256};

    /** One measured way of running the corpus. */
    record Rate(String how, int cores, long documents, long sentences, double seconds, double setupSeconds) {
        double documentsPerSecond() {
            return documents / seconds;
        }

        double sentencesPerSecond() {
            return sentences / seconds;
        }
    }

    private SparkBench() {}

    static int run(List<String> corpus, String format, PrintStream out) throws IOException {
        Path tmp = Files.createTempDirectory("backchannel-spark-bench");
        try {
            List<String> inputs = corpus;
            String name = String.join(" ", corpus);
            if (corpus.isEmpty()) {
                Path demo = Files.createDirectories(tmp.resolve("demo"));
                for (Map.Entry<String, byte[]> f : DemoCorpus.demoFiles().entrySet()) {
                    Files.write(demo.resolve(f.getKey()), f.getValue());
                }
                inputs = List.of(demo.toString());
                name = "demo corpus";
            }
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            List<Rate> rates = new ArrayList<>();
            rates.add(singleJvm(inputs, tmp));
            // one untimed job on one article first, so neither timed run pays for loading and compiling Spark's own
            // code
            Path warm = Files.createDirectories(tmp.resolve("warm"));
            Map.Entry<String, byte[]> first =
                    DemoCorpus.demoFiles().entrySet().iterator().next();
            Files.write(warm.resolve(first.getKey()), first.getValue());
            SparkJob.run(new SparkJob.Options(
                    List.of(warm.toString()), tmp.resolve("out-warm").toString(), "local[1]", 0, false, Set.of()));
            for (int cores : new int[] {1, 2}) {
                long t0 = System.nanoTime();
                SparkJob.Summary s = SparkJob.run(new SparkJob.Options(
                        inputs, tmp.resolve("out-" + cores).toString(), "local[" + cores + "]", 0, false, Set.of()));
                double total = (System.nanoTime() - t0) / 1e9;
                rates.add(new Rate(
                        "spark local[" + cores + "]",
                        cores,
                        s.documentsAnalyzed(),
                        s.sentences(),
                        s.seconds(),
                        total - s.seconds()));
            }
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            print(name, rates, loadBefore, loadAfter, format, out);
            return Main.OK;
        } finally {
            try (Stream<Path> s = Files.walk(tmp)) {
                s.sorted(Comparator.reverseOrder()).forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException e) {
                        System.err.println("note: could not remove " + p + ": " + e.getMessage());
                    }
                });
            }
        }
    }

    /** The single-JVM ingest (read, analyse in batches of 50, save) into a fresh store, after a warm-up that loads CoreNLP. */
    private static Rate singleJvm(List<String> inputs, Path tmp) {
        Pipeline pipeline = Pipeline.standard();
        List<Document> warm = new Ingestor().readBytes(DemoCorpus.demoFiles()).documents();
        pipeline.analyze(warm.subList(0, Math.min(3, warm.size())), SentenceParser.ProgressListener.NONE);
        long t0 = System.nanoTime();
        List<Document> docs = new Ingestor()
                .read(inputs, new ByteArrayInputStream(new byte[0]))
                .documents();
        StoreOptions store = new StoreOptions();
        store.db = tmp.resolve("bench.duckdb");
        IngestCommand.Summary s = IngestCommand.ingest(pipeline, store, docs, 50);
        double seconds = (System.nanoTime() - t0) / 1e9;
        long sentences = 0;
        for (PipelineResult r : s.batches()) {
            sentences += r.analysis().documents().stream()
                    .mapToLong(p -> p.sentences().size())
                    .sum();
        }
        return new Rate(
                "single-JVM ingest",
                Runtime.getRuntime().availableProcessors(),
                s.report().documentsAdded(),
                sentences,
                seconds,
                0);
    }

    private static void print(
            String corpus, List<Rate> rates, double loadBefore, double loadAfter, String format, PrintStream out) {
        Rate one = rates.get(1);
        Rate two = rates.get(2);
        double perCore = one.sentencesPerSecond();
        double efficiency = Math.min(1.0, two.sentencesPerSecond() / (2 * perCore));
        double dayCoreHours = GDELT_DAY_SENTENCES / perCore / 3600;
        if (format.equals("json")) {
            ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = m.createObjectNode()
                    .put("corpus", corpus)
                    .put("cores", Runtime.getRuntime().availableProcessors())
                    .put("load_average_before", loadBefore)
                    .put("load_average_after", loadAfter);
            var arr = root.putArray("runs");
            for (Rate r : rates) {
                arr.addObject()
                        .put("how", r.how())
                        .put("documents", r.documents())
                        .put("sentences", r.sentences())
                        .put("seconds", r.seconds())
                        .put("setup_seconds", r.setupSeconds())
                        .put("documents_per_second", r.documentsPerSecond())
                        .put("sentences_per_second", r.sentencesPerSecond());
            }
            ObjectNode p = root.putObject("projection")
                    .put("sentences_per_second_per_core", perCore)
                    .put("scaling_efficiency_two_cores", efficiency)
                    .put("gdelt_day_sentences", GDELT_DAY_SENTENCES)
                    .put("gdelt_day_core_hours", dayCoreHours)
                    .put("gdelt_year_core_hours", dayCoreHours * 365);
            for (int c : CLUSTER_CORES) {
                p.put("gdelt_day_hours_on_" + c + "_cores", dayCoreHours / (c * efficiency))
                        .put("gdelt_year_days_on_" + c + "_cores", dayCoreHours * 365 / (c * efficiency) / 24);
            }
            out.println(root.toPrettyString());
            return;
        }
        out.printf(
                "Spark against the single JVM on %s (%d cores on this machine, load average %.1f before and %.1f after: "
                        + "the cores are shared with other work, so rates are low and noisy)%n",
                corpus, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
        out.printf(
                "  %-20s %6s %9s %9s %11s %12s %10s%n",
                "run", "docs", "sentences", "seconds", "documents/s", "sentences/s", "setup s");
        for (Rate r : rates) {
            out.printf(
                    "  %-20s %6d %9d %9.1f %11.2f %12.1f %10.1f%n",
                    r.how(),
                    r.documents(),
                    r.sentences(),
                    r.seconds(),
                    r.documentsPerSecond(),
                    r.sentencesPerSecond(),
                    r.setupSeconds());
        }
        out.printf(
                "Projection from local[1] (%.1f sentences/s on one core; two cores reached %.0f %% of twice that):%n",
                perCore, 100 * efficiency);
        out.printf(
                "  a GDELT day (%,d articles, %,d sentences): %.0f core-hours; a year: %,.0f core-hours%n",
                GDELT_DAY_ARTICLES, GDELT_DAY_SENTENCES, dayCoreHours, dayCoreHours * 365);
        for (int c : CLUSTER_CORES) {
            out.printf(
                    "  on %d cores (%d executors of 4 cores, ~16 GiB each) at that efficiency: a day in %.1f h, a year in %.1f days%n",
                    c, c / 4, dayCoreHours / (c * efficiency), dayCoreHours * 365 / (c * efficiency) / 24);
        }
        out.println(
                "  assumes: the per-core rate measured here holds on cluster cores (dedicated cores are likely faster), articles as long as"
                        + " GDELT's average (25 sentences), reading and Parquet writing scale with the cores, no cross-article merging in the job.");
    }
}
