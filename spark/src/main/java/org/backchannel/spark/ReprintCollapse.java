package org.backchannel.spark;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * The last tie-break of its rule, input order, is origin order here (as for exact duplicates).
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

    private ReprintCollapse() {}

    static Result run(JavaSparkContext sc, JavaRDD<SourceDocument> documents) {
        JavaPairRDD<String, long[]> bands = documents
                .mapPartitionsToPair(it -> {
                    Reprints reprints = new Reprints();
                    List<Tuple2<String, long[]>> out = new ArrayList<>();
                    it.forEachRemaining(d -> out.add(new Tuple2<>(d.contentHash(), reprints.bandKeys(d.text()))));
                    return out.iterator();
                })
                .persist(StorageLevel.MEMORY_AND_DISK());
        List<ArrayList<String>> groups = bands.flatMapToPair(t -> {
                    List<Tuple2<Long, String>> out = new ArrayList<>(t._2().length);
                    for (long key : t._2()) {
                        out.add(new Tuple2<>(key, t._1()));
                    }
                    return out.iterator();
                })
                .combineByKey(
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
                .filter(l -> l.size() > 1)
                .distinct()
                .collect();
        Map<String, String> component = components(groups);
        if (component.isEmpty()) {
            return new Result(documents, List.of(), bands, bands);
        }
        Broadcast<Map<String, String>> inComponent = sc.broadcast(component);
        List<SourceCopy> found = documents
                .filter(d -> inComponent.value().containsKey(d.contentHash()))
                .groupBy(d -> inComponent.value().get(d.contentHash()))
                .flatMap(g -> collapse(g._2()).iterator())
                .collect();
        List<SyndicatedCopy> copies = new ArrayList<>();
        Set<String> copyHashes = new HashSet<>();
        for (SourceCopy c : found) {
            copies.add(c.toCopy());
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

    /** The reprints among one component's documents, by the single-JVM rule, taken in origin order. */
    private static List<SourceCopy> collapse(Iterable<SourceDocument> component) {
        Map<String, SourceDocument> byHash = new HashMap<>(); // one per text, as the job reads texts once
        component.forEach(d -> byHash.putIfAbsent(d.contentHash(), d));
        List<SourceDocument> docs = new ArrayList<>(byHash.values());
        docs.sort(Comparator.comparing(SourceDocument::origin).thenComparing(SourceDocument::id));
        List<Document> in = docs.stream().map(SourceDocument::toDocument).toList();
        return new Reprints().collapse(in).copies().stream().map(SourceCopy::of).toList();
    }
}
