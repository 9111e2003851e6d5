package org.backchannel.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import org.backchannel.store.EventStore;

/**
 * A measurement, not a test: saves N synthetic documents (6 sentences, 3 events each) into a fresh
 * store with the index attached, then rebuilds the index and times queries. Run by hand:
 * {@code java -cp ... org.backchannel.search.IndexScale 5000} (docs/search.md).
 */
public final class IndexScale {
    private static final String[] ACTORS = {"usa", "ven", "qat", "sau", "rus", "prk"};
    private static final String[] CODES = {"046", "042", "125", "061", "130", "112", "051", "036"};
    private static final String[] WORDS =
            ("officials envoys talks sanctions oil ceasefire border troops ministers summit proposal "
                            + "agreement visit accused denied mediated secret meeting pipeline election protest drills missile aid talks")
                    .split(" ");

    private IndexScale() {}

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Random rnd = new Random(7);
        Path dir = Files.createTempDirectory("index-scale");
        try (EventStore store = EventStore.open(dir.resolve("scale.duckdb"))) {
            EvidenceIndex index = EvidenceIndex.attach(store);
            long saveNanos = 0;
            for (int b = 0; b < n; b += 500) {
                Corpus c = new Corpus();
                for (int i = b; i < Math.min(n, b + 500); i++) {
                    String[] parts = new String[12];
                    for (int s = 0; s < 6; s++) {
                        parts[2 * s] = sentence(rnd, i, s);
                        parts[2 * s + 1] = s % 2 == 0
                                ? CODES[rnd.nextInt(CODES.length)] + " " + pair(rnd) + " "
                                        + LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000))
                                : null;
                    }
                    c.doc(
                            "doc-" + i,
                            "Synthetic story " + i,
                            LocalDate.of(2020, 1, 1).plusDays(rnd.nextInt(2000)),
                            parts);
                }
                long t0 = System.nanoTime();
                store.save(c.analysis());
                saveNanos += System.nanoTime() - t0;
            }
            long t0 = System.nanoTime();
            int rebuilt = index.rebuild(store);
            long rebuild = System.nanoTime() - t0;
            System.out.printf(
                    "documents %d, sentences %d, events %d%n",
                    rebuilt, store.counts().get("sentences"), store.counts().get("events"));
            System.out.printf(
                    "save with the index attached: %.1f s; index rebuild alone: %.1f s (%.0f documents/s)%n",
                    saveNanos / 1e9, rebuild / 1e9, rebuilt / (rebuild / 1e9));
            System.out.printf(
                    "index on disk: %.1f MB; store: %.1f MB%n",
                    size(EvidenceIndex.besideStore(store.file())) / 1e6, Files.size(store.file()) / 1e6);
            for (SearchQuery q : new SearchQuery[] {
                SearchQuery.of("secret talks"),
                SearchQuery.of("oil").withCountry("VEN"),
                SearchQuery.of("").withRoot("13"),
                SearchQuery.of("ceasefire proposal").withScope(SearchQuery.Scope.DOCUMENTS)
            }) {
                for (int i = 0; i < 20; i++) {
                    index.search(q); // warm-up
                }
                double[] ms = new double[200];
                long hits = 0;
                for (int i = 0; i < ms.length; i++) {
                    SearchResults r = index.search(q);
                    ms[i] = r.millis();
                    hits = r.total();
                }
                java.util.Arrays.sort(ms);
                System.out.printf(
                        "search %-45s %7d hits: median %.2f ms, p99 %.2f ms%n", describe(q), hits, ms[100], ms[197]);
            }
            double[] ms = new double[100];
            for (int i = 0; i < ms.length; i++) {
                long r0 = System.nanoTime();
                index.related("doc-" + rnd.nextInt(n), 10);
                ms[i] = (System.nanoTime() - r0) / 1e6;
            }
            java.util.Arrays.sort(ms);
            System.out.printf("related (10): median %.2f ms, p99 %.2f ms%n", ms[50], ms[98]);
        }
    }

    private static String describe(SearchQuery q) {
        return "\"" + q.text() + "\"" + (q.country() == null ? "" : " country " + q.country())
                + (q.root() == null ? "" : " root " + q.root())
                + (q.scope() == SearchQuery.Scope.DOCUMENTS ? " (documents)" : "");
    }

    private static String pair(Random rnd) {
        String a = ACTORS[rnd.nextInt(ACTORS.length)];
        String b;
        do {
            b = ACTORS[rnd.nextInt(ACTORS.length)];
        } while (b.equals(a));
        return a + ">" + b;
    }

    private static String sentence(Random rnd, int doc, int s) {
        StringBuilder b = new StringBuilder("Story " + doc + " line " + s + ":");
        for (int w = 0; w < 14; w++) {
            b.append(' ').append(WORDS[rnd.nextInt(WORDS.length)]);
        }
        return b.append('.').toString();
    }

    private static long size(Path dir) throws java.io.IOException {
        try (var files = Files.list(dir)) {
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
