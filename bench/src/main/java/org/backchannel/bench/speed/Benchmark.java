package org.backchannel.bench.speed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.classifier.ClassifierSettings;
import org.backchannel.classifier.LearnedClassifier;
import org.backchannel.coder.Knowledge;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.Document;
import org.backchannel.nlp.CoreNlpParser;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.pipeline.PipelineResult;
import org.backchannel.store.EventQuery;
import org.backchannel.store.EventStore;

/**
 * Times the pipeline over a corpus, stage by stage, against bare CoreNLP on the same text in the same
 * run, with peak memory, scaling from one thread to all cores, and the store's insert rate and query
 * latencies. One warm-up pass runs first and is not counted.
 */
public final class Benchmark {
    private static final int QUERY_REPEATS = 7;
    private final ClassifierSettings classifier;

    /** A benchmark of the pipeline with these uses of the learned classifier. */
    public Benchmark(ClassifierSettings classifier) {
        this.classifier = classifier;
    }

    /** A benchmark of the pipeline as shipped. */
    public Benchmark() {
        this(ClassifierSettings.defaults());
    }

    /** Reads the corpus: a directory, a JSON Lines file, or the in-memory demo files. */
    public static IngestResult read(List<String> inputs, Map<String, byte[]> demo) {
        Ingestor in = new Ingestor();
        return inputs.isEmpty() ? in.readBytes(demo) : in.read(inputs, System.in);
    }

    public BenchReport run(String corpusName, List<String> inputs, Map<String, byte[]> demo, boolean scaling) throws Exception {
        Knowledge k = Knowledge.defaults();
        CoreNlpParser parser = CoreNlpParser.shared();
        Pipeline pipeline = new Pipeline(new Ingestor(), parser, k, classifier);

        // warm-up: JIT, lazily loaded data and caches; not counted
        IngestResult warm = read(inputs, demo);
        pipeline.analyze(warm.documents().subList(0, Math.min(warm.documents().size(), 20)), (a, b) -> { });
        if (classifier.any()) {
            LearnedClassifier.shipped().clearCache(); // the measured run embeds its clauses anew
        }

        System.gc();
        Memory.resetPeaks();
        long t0 = System.nanoTime();
        IngestResult in = read(inputs, demo);
        long ingest = System.nanoTime() - t0;
        List<Document> docs = in.documents();
        PipelineResult r = pipeline.analyze(docs, (a, b) -> { });
        Path dir = Files.createTempDirectory("backchannel-bench");
        Path db = dir.resolve("bench.duckdb");
        long s0 = System.nanoTime();
        int events;
        Map<String, Double> queries = new LinkedHashMap<>();
        try (EventStore store = EventStore.open(db)) {
            events = store.save(r.analysis()).eventsAdded();
            long storeNs = System.nanoTime() - s0;
            Map<String, Long> stages = new LinkedHashMap<>();
            stages.put("ingest", ingest);
            stages.putAll(r.timings().stages());
            stages.put("store", storeNs);
            double total = (System.nanoTime() - t0) / 1e9;
            long peakHeap = Memory.peakHeapMb();
            int sentences = r.analysis().documents().stream().mapToInt(p -> p.sentences().size()).sum();

            queries.put("by country", median(() -> store.events(new EventQuery(null, "USA", null, null, null, null, null, 0))));
            queries.put("by root and year", median(() -> store.events(new EventQuery(null, null, "04", java.time.LocalDate.of(2024, 1, 1),
                    java.time.LocalDate.of(2024, 12, 31), null, null, 0))));
            queries.put("denied, secret", median(() -> store.events(new EventQuery(null, null, null, null, null, "denied", null, 0))));
            queries.put("actor name", median(() -> store.events(new EventQuery("Maduro", null, null, null, null, null, null, 50))));

            List<String> texts = docs.stream().map(Document::text).toList();
            long c0 = System.nanoTime();
            int bareSentences = parser.annotateBare(texts);
            double bare = (System.nanoTime() - c0) / 1e9;

            List<double[]> threads = new ArrayList<>();
            if (scaling) {
                for (int n = 1; n <= Runtime.getRuntime().availableProcessors(); n++) {
                    Pipeline p = new Pipeline(new Ingestor(), CoreNlpParser.withThreads(n), k, classifier);
                    long n0 = System.nanoTime();
                    p.analyze(docs, (a, b) -> { });
                    threads.add(new double[] {n, sentences / ((System.nanoTime() - n0) / 1e9)});
                }
            }
            Map<String, Double> stageSeconds = new LinkedHashMap<>();
            stages.forEach((name, ns) -> stageSeconds.put(name, ns / 1e9));
            Map<String, Double> annotatorSeconds = new LinkedHashMap<>();
            r.timings().annotators().forEach((name, ns) -> annotatorSeconds.put(name, ns / 1e9));
            double insertRate = events / (storeNs / 1e9);
            return new BenchReport(corpusName, docs.size(), sentences, total, bare, bareSentences, peakHeap, Memory.peakRssMb(),
                    stageSeconds, annotatorSeconds, threads, insertRate, queries, machine());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(Runnable query) {
        double[] ms = new double[QUERY_REPEATS];
        for (int i = 0; i < ms.length; i++) {
            long q0 = System.nanoTime();
            query.run();
            ms[i] = (System.nanoTime() - q0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + (Runtime.getRuntime().maxMemory() / (1024 * 1024)) + " MB max heap, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }
}
