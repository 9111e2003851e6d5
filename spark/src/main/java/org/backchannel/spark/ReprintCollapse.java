package org.backchannel.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import org.backchannel.ingest.dedupe.Reprints;
import org.backchannel.model.Document;
import org.backchannel.model.SyndicatedCopy;
import scala.Tuple2;

/**
 * Collapses reprints of one story across the whole input before it is coded, by the single-JVM rule
 * ({@link Reprints}), so the job keeps the documents {@code analyze} and {@code ingest} keep on the same
 * input.
 *
 * <p>Each document's LSH band keys are computed where it lies (a map); documents sharing a key are
 * grouped (a shuffle); the driver joins the groups into connected components with a union-find over the
 * content hashes of those documents only. {@link Reprints} never compares two documents that share no
 * band, directly or through others, so {@link Reprints#collapse} run on each component alone decides
 * exactly as one run over the whole input: the components are collapsed on the executors, in parallel.
 * The last tie-break of its rule, input order, is origin order here (as for exact duplicates). Documents
 * finished runs wrote take part through their band keys, as stored documents do in {@code ingest}.
 */
final class ReprintCollapse {
    /**
     * What the collapse gave.
     *
     * @param kept      the documents to analyse
     * @param copies    the reprints left out, each naming the document it copies
     * @param keptBands the band keys of the kept documents, by content hash, for the store to find them again
     * @param bands     the band keys of all documents (cached: release it when done)
     */
    record Result(
            JavaRDD<SourceDocument> kept,
            List<SyndicatedCopy> copies,
            JavaPairRDD<String, long[]> keptBands,
            JavaPairRDD<String, long[]> bands) {
        void release() {
            bands.unpersist();
        }
    }

    /**
     * The documents finished runs into the same output wrote, compared with the new ones as {@code ingest}
     * compares new texts with the stored ones ({@link Reprints.Known}): an earlier document stays the kept one.
     *
     * @param bands the band keys of the earlier documents: band key, content hash
     * @param texts the earlier documents with the given content hashes (run on the driver; only those that
     *              share a band with a new document are asked for)
     */
    record Earlier(JavaPairRDD<Long, String> bands, Function<Set<String>, List<Reprints.KnownText>> texts) {}

    /** Marks an earlier run's document among the content hashes of a band group. */
    private static final String EARLIER = "earlier:";

    private ReprintCollapse() {}

    static Result run(JavaSparkContext sc, JavaRDD<SourceDocument> documents) {
        return run(sc, documents, null);
    }

    /** Collapses reprints among the documents and, when {@code earlier} is given, against those finished runs wrote. */
    static Result run(JavaSparkContext sc, JavaRDD<SourceDocument> documents, Earlier earlier) {
        JavaPairRDD<String, long[]> bands = documents
                .mapPartitionsToPair(it -> {
                    Reprints reprints = new Reprints();
                    List<Tuple2<String, long[]>> out = new ArrayList<>();
                    it.forEachRemaining(d -> out.add(new Tuple2<>(d.contentHash(), reprints.bandKeys(d.text()))));
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        JavaPairRDD<Long, String> keyed = bands.flatMapToPair(t -> {
            List<Tuple2<Long, String>> out = new ArrayList<>(t._2().length);
            for (long key : t._2()) {
                out.add(new Tuple2<>(key, t._1()));
            }
            return out.iterator();
        });
        if (earlier != null) {
            keyed = keyed.union(earlier.bands().mapValues(h -> EARLIER + h));
        }
        List<ArrayList<String>> groups = keyed.combineByKey(
                        ReprintCollapse::one,
                        (l, h) -> {
                            l.add(h);
                            return l;
                        },
                        (a, b) -> {
                            a.addAll(b);
                            return a;
                        })
                .values()
                .map(l -> new ArrayList<>(new java.util.TreeSet<>(l)))
                .filter(l -> l.size() > 1 && l.stream().anyMatch(h -> !h.startsWith(EARLIER)))
                .distinct()
                .collect();
        Map<String, String> component = components(groups);
        if (component.isEmpty()) {
            return new Result(documents, List.of(), bands, bands);
        }
        // the earlier documents' texts, by the component they joined, for the components' collapse on the executors
        Set<String> earlierHashes = new HashSet<>();
        component.keySet().stream()
                .filter(h -> h.startsWith(EARLIER))
                .forEach(h -> earlierHashes.add(h.substring(EARLIER.length())));
        HashMap<String, ArrayList<String[]>> earlierTexts = new HashMap<>();
        if (!earlierHashes.isEmpty()) {
            for (Reprints.KnownText k : earlier.texts().apply(earlierHashes)) {
                earlierTexts
                        .computeIfAbsent(component.get(EARLIER + k.contentHash()), c -> new ArrayList<>())
                        .add(new String[] {k.id(), k.contentHash(), k.text()});
            }
        }
        Broadcast<Map<String, String>> inComponent = sc.broadcast(component);
        Broadcast<HashMap<String, ArrayList<String[]>>> known = sc.broadcast(earlierTexts);
        List<SyndicatedCopy> found = documents
                .filter(d -> inComponent.value().containsKey(d.contentHash()))
                .groupBy(d -> inComponent.value().get(d.contentHash()))
                .flatMap(g -> collapse(g._2(), known.value().getOrDefault(g._1(), new ArrayList<>()))
                        .iterator())
                .collect();
        List<SyndicatedCopy> copies = new ArrayList<>();
        Set<String> copyHashes = new HashSet<>();
        for (SyndicatedCopy c : found) {
            copies.add(c);
            copyHashes.add(c.contentHash());
        }
        copies.sort(Comparator.comparing(SyndicatedCopy::origin).thenComparing(SyndicatedCopy::id));
        Broadcast<Set<String>> left = sc.broadcast(copyHashes);
        return new Result(
                documents.filter(d -> !left.value().contains(d.contentHash())),
                copies,
                bands.filter(t -> !left.value().contains(t._1())),
                bands);
    }

    private static ArrayList<String> one(String hash) {
        ArrayList<String> l = new ArrayList<>(2);
        l.add(hash);
        return l;
    }

    /** Each document that shares a band with another, mapped to a representative of its connected component. */
    static Map<String, String> components(List<? extends List<String>> groups) {
        Map<String, String> parent = new HashMap<>();
        for (List<String> g : groups) {
            String root = find(parent, g.get(0));
            for (String h : g.subList(1, g.size())) {
                String other = find(parent, h);
                if (!other.equals(root)) {
                    parent.put(other, root);
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        for (String h : parent.keySet()) {
            out.put(h, find(parent, h));
        }
        return out;
    }

    private static String find(Map<String, String> parent, String h) {
        parent.putIfAbsent(h, h);
        String root = h;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        for (String x = h; !x.equals(root); ) { // path compression: later finds take one step
            String next = parent.get(x);
            parent.put(x, root);
            x = next;
        }
        return root;
    }

    /**
     * The reprints among one component's documents, by the single-JVM rule, taken in origin order, and of the
     * earlier documents in it (id, content hash, text), which are offered as a store offers them: those sharing
     * a band with the text compared, by id.
     */
    private static List<SyndicatedCopy> collapse(Iterable<SourceDocument> component, List<String[]> earlier) {
        Map<String, SourceDocument> byHash = new HashMap<>(); // one per text, as the job reads texts once
        component.forEach(d -> byHash.putIfAbsent(d.contentHash(), d));
        List<SourceDocument> docs = new ArrayList<>(byHash.values());
        docs.sort(Comparator.comparing(SourceDocument::origin).thenComparing(SourceDocument::id));
        List<Document> in = docs.stream().map(SourceDocument::toDocument).toList();
        Reprints reprints = new Reprints();
        List<String[]> known = new ArrayList<>(earlier);
        known.sort(Comparator.comparing((String[] k) -> k[0]));
        List<Set<Long>> knownBands = new ArrayList<>();
        for (String[] k : known) {
            Set<Long> keys = new HashSet<>();
            for (long b : reprints.bandKeys(k[2])) {
                keys.add(b);
            }
            knownBands.add(keys);
        }
        Reprints.Known lookup = keys -> {
            List<Reprints.KnownText> out = new ArrayList<>();
            for (int i = 0; i < known.size(); i++) {
                for (long b : keys) {
                    if (knownBands.get(i).contains(b)) {
                        String[] k = known.get(i);
                        out.add(new Reprints.KnownText(k[0], k[1], k[2]));
                        break;
                    }
                }
            }
            return out;
        };
        return reprints.collapse(in, lookup).copies();
    }
}
