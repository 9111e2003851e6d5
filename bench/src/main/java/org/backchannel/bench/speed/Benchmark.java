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
import org.backchannel.nlp.ParseMode;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.pipeline.PipelineResult;
import org.backchannel.store.EventQuery;
import org.backchannel.store.EventStore;

/**
 * Times the pipeline over a corpus, stage by stage, against bare CoreNLP on the same text in the same
 * run, with peak memory, scaling from one thread to all cores, and the store's insert rate and query
 * latencies. Fairly: both sides warm up on the same documents first (not counted), then each round
 * times both, alternating which goes first; the report gives the median and spread over the rounds.
 */
public final class Benchmark {
    private static final int QUERY_REPEATS = 7;
    /** Documents both sides run once before the measured rounds (the whole of a small corpus): a short warm-up left the first round slow. */
    private static final int WARM_UP_DOCUMENTS = 200;
    /** The fewest measured rounds: a median needs three. */
    public static final int MIN_ROUNDS = 3;

    private final ClassifierSettings classifier;
    private final int rounds;
    private final ParseMode mode;

    /**
     * A benchmark of the pipeline with these uses of the learned classifier, over {@code rounds}
     * measured rounds (at least {@link #MIN_ROUNDS}), spending the dependency parser the given way.
     */
    public Benchmark(ClassifierSettings classifier, int rounds, ParseMode mode) {
        this.classifier = classifier;
        this.rounds = Math.max(MIN_ROUNDS, rounds);
        this.mode = mode;
    }

    /** A benchmark of the pipeline with these uses of the learned classifier. */
    public Benchmark(ClassifierSettings classifier) {
        this(classifier, MIN_ROUNDS, ParseMode.SELECTIVE);
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

    public BenchReport run(String corpusName, List<String> inputs, Map<String, byte[]> demo, boolean scaling)
            throws Exception {
        Knowledge k = Knowledge.defaults();
        CoreNlpParser parser = CoreNlpParser.shared();
        Pipeline pipeline = new Pipeline(new Ingestor(), parser, k, classifier).withParseMode(mode);
        List<Document> docs = read(inputs, demo).documents();
        List<String> texts = docs.stream().map(Document::text).toList();

        // warm-up of both sides on the same documents: JIT, lazily loaded data and caches; not counted
        List<Document> warm = docs.subList(0, Math.min(docs.size(), WARM_UP_DOCUMENTS));
        pipeline.analyze(warm, (a, b) -> {});
        parser.annotateBare(warm.stream().map(Document::text).toList());

        // measured rounds, alternating which side goes first so that neither always runs on a warmer JVM
        List<BenchReport.Round> rounds = new ArrayList<>();
        List<PipelineRun> runs = new ArrayList<>();
        long peakHeap = 0;
        int bareSentences = 0;
        try {
            for (int i = 0; i < this.rounds; i++) {
                boolean pipelineFirst = i % 2 == 0;
                double bare = 0;
                if (!pipelineFirst) {
                    System.gc(); // as before the pipeline's run: each side starts on a collected heap
                    long c0 = System.nanoTime();
                    bareSentences = parser.annotateBare(texts);
                    bare = (System.nanoTime() - c0) / 1e9;
                }
                if (classifier.any()) {
                    LearnedClassifier.shipped().clearCache(); // each measured run embeds its clauses anew
                }
                PipelineRun run = runPipeline(pipeline, inputs, demo, parser);
                runs.add(run);
                peakHeap = Math.max(peakHeap, run.peakHeapMb());
                if (pipelineFirst) {
                    System.gc();
                    long c0 = System.nanoTime();
                    bareSentences = parser.annotateBare(texts);
                    bare = (System.nanoTime() - c0) / 1e9;
                }
                rounds.add(new BenchReport.Round(pipelineFirst, run.seconds(), bare));
            }
            PipelineRun typical = runs.get(
                    medianIndex(runs.stream().mapToDouble(PipelineRun::seconds).toArray()));
            int sentences = typical.sentences();

            Map<String, Double> queries = new LinkedHashMap<>();
            try (EventStore store = EventStore.open(typical.db())) {
                queries.put(
                        "by country",
                        median(() -> store.events(new EventQuery(null, "USA", null, null, null, null, null, 0))));
                queries.put(
                        "by root and year",
                        median(() -> store.events(new EventQuery(
                                null,
                                null,
                                "04",
                                java.time.LocalDate.of(2024, 1, 1),
                                java.time.LocalDate.of(2024, 12, 31),
                                null,
                                null,
                                0))));
                queries.put(
                        "denied, secret",
                        median(() -> store.events(new EventQuery(null, null, null, null, null, "denied", null, 0))));
                queries.put(
                        "actor name",
                        median(() -> store.events(new EventQuery("Maduro", null, null, null, null, null, null, 50))));
            }

            List<double[]> threads = new ArrayList<>();
            if (scaling) {
                for (int n = 1; n <= Runtime.getRuntime().availableProcessors(); n++) {
                    Pipeline p = new Pipeline(new Ingestor(), CoreNlpParser.withThreads(n), k, classifier)
                            .withParseMode(mode);
                    long n0 = System.nanoTime();
                    p.analyze(docs, (a, b) -> {});
                    threads.add(new double[] {n, sentences / ((System.nanoTime() - n0) / 1e9)});
                }
            }
            Map<String, Double> stageSeconds = new LinkedHashMap<>();
            typical.stages().forEach((name, ns) -> stageSeconds.put(name, ns / 1e9));
            Map<String, Double> annotatorSeconds = new LinkedHashMap<>();
            typical.annotators().forEach((name, ns) -> annotatorSeconds.put(name, ns / 1e9));
            double insertRate = typical.events() / (typical.stages().get("store") / 1e9);
            return new BenchReport(
                    corpusName,
                    docs.size(),
                    sentences,
                    bareSentences,
                    rounds,
                    typical.parsedSentences(),
                    mode.name().toLowerCase(java.util.Locale.ROOT),
                    peakHeap,
                    Memory.peakRssMb(),
                    stageSeconds,
                    annotatorSeconds,
                    threads,
                    insertRate,
                    queries,
                    machine());
        } finally {
            for (PipelineRun r : runs) {
                try (var files = Files.walk(r.db().getParent())) {
                    files.sorted(java.util.Comparator.reverseOrder())
                            .forEach(p -> p.toFile().delete());
                }
            }
        }
    }

    /** One measured pass of the pipeline: read, analyze, store into a new database. */
    private record PipelineRun(
            double seconds,
            Map<String, Long> stages,
            Map<String, Long> annotators,
            int sentences,
            long parsedSentences,
            int events,
            long peakHeapMb,
            Path db) {}

    private static PipelineRun runPipeline(
            Pipeline pipeline, List<String> inputs, Map<String, byte[]> demo, CoreNlpParser parser) throws Exception {
        Path db = Files.createTempDirectory("backchannel-bench").resolve("bench.duckdb");
        System.gc();
        Memory.resetPeaks();
        long parsed0 = parser.timings().parsedSentences();
        long t0 = System.nanoTime();
        IngestResult in = read(inputs, demo);
        long ingest = System.nanoTime() - t0;
        PipelineResult r = pipeline.analyze(in.documents(), (a, b) -> {});
        long s0 = System.nanoTime();
        int events;
        try (EventStore store = EventStore.open(db)) {
            events = store.save(r.analysis()).eventsAdded();
        }
        long storeNs = System.nanoTime() - s0;
        double seconds = (System.nanoTime() - t0) / 1e9;
        long peakHeap = Memory.peakHeapMb();
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("ingest", ingest);
        stages.putAll(r.timings().stages());
        stages.put("store", storeNs);
        int sentences = r.analysis().documents().stream()
                .mapToInt(p -> p.sentences().size())
                .sum();
        return new PipelineRun(
                seconds,
                stages,
                r.timings().annotators(),
                sentences,
                parser.timings().parsedSentences() - parsed0,
                events,
                peakHeap,
                db);
    }

    /** The index of the median value (the lower middle one for an even count). */
    static int medianIndex(double[] values) {
        Integer[] order = new Integer[values.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        return order[(values.length - 1) / 2];
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
        return Runtime.getRuntime().availableProcessors() + " cores, "
                + (Runtime.getRuntime().maxMemory() / (1024 * 1024)) + " MB max heap, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version");
    }
}
