package org.backchannel.ingest.dedupe;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backchannel.model.Document;
import org.backchannel.model.SyndicatedCopy;

/**
 * Collapses reprints of one story (a wire report carried by several publishers, each with its own
 * page furniture, headline, a paragraph changed or the ending trimmed) to one document.
 *
 * <p>Rule: documents are taken earliest published first (undated ones last; on the same day the one
 * with more text first; then input order). Each one is compared, through LSH candidates, with the
 * documents kept so far and with those already stored ({@link Known}); when its word-shingle Jaccard
 * similarity with one of them reaches the threshold it becomes a copy of the most similar, otherwise
 * it is kept. So the kept document is the earliest (the wire original, as a rule, which reprints only
 * trim), a document already stored stays the kept one, and every copy is similar to its kept document
 * itself, not only through a chain of copies.
 */
public final class Reprints {
    private final MinHasher hasher;

    public Reprints(MinHashParameters parameters) {
        this.hasher = new MinHasher(parameters);
    }

    public Reprints() {
        this(MinHashParameters.DEFAULTS);
    }

    public MinHasher hasher() {
        return hasher;
    }

    /**
     * The LSH band keys of a text, as {@link #collapse} computes them: texts that share none are never
     * compared, so a distributed job can group texts by these keys and collapse each group apart.
     */
    public long[] bandKeys(String text) {
        return hasher.sign(hasher.shingles(text)).bandKeys(hasher.parameters());
    }

    /** Documents read before (a store): those that share a band key with a new text. */
    public interface Known {
        Known NONE = keys -> List.of();

        List<KnownText> candidates(long[] bandKeys);
    }

    /** A document read before, by id, content hash and text. */
    public record KnownText(String id, String contentHash, String text) {}

    /**
     * What a collapse gave.
     *
     * @param kept     the documents to code, in input order
     * @param copies   the reprints left out, each naming the document it copies
     * @param bandKeys the LSH band keys of each kept document, by content hash, for a store to find them again
     */
    public record Collapse(List<Document> kept, List<SyndicatedCopy> copies, Map<String, long[]> bandKeys) {
        public Collapse {
            kept = List.copyOf(kept);
            copies = List.copyOf(copies);
            bandKeys = Map.copyOf(bandKeys);
        }
    }

    public Collapse collapse(List<Document> documents) {
        return collapse(documents, Known.NONE);
    }

    /** Collapses reprints among the documents and against those known before. */
    public Collapse collapse(List<Document> documents, Known known) {
        MinHashParameters p = hasher.parameters();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer, java.time.LocalDate>comparing(
                        i -> documents.get(i).published(), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(i -> -documents.get(i).text().length())
                .thenComparing(i -> i));
        LshIndex<Integer> index = new LshIndex<>(p);
        Map<Integer, long[]> shingles = new HashMap<>();
        Map<Integer, long[]> keys = new HashMap<>();
        Map<Integer, SyndicatedCopy> copyOf = new HashMap<>();
        for (int i : order) {
            Document d = documents.get(i);
            long[] s = hasher.shingles(d.text());
            Signature sig = hasher.sign(s);
            long[] bands = sig.bandKeys(p);
            double best = -1;
            String bestId = null;
            String bestHash = null;
            for (int j : index.candidates(sig)) {
                double sim = MinHasher.jaccard(s, shingles.get(j));
                if (sim > best) {
                    best = sim;
                    bestId = documents.get(j).id();
                    bestHash = documents.get(j).contentHash();
                }
            }
            for (KnownText k : known.candidates(bands)) {
                double sim = MinHasher.jaccard(s, hasher.shingles(k.text()));
                if (sim > best) {
                    best = sim;
                    bestId = k.id();
                    bestHash = k.contentHash();
                }
            }
            if (best >= p.threshold()) {
                copyOf.put(
                        i,
                        new SyndicatedCopy(
                                bestId,
                                bestHash,
                                d.id(),
                                publisher(d.url()),
                                d.url(),
                                d.origin(),
                                d.title(),
                                d.published(),
                                d.contentHash(),
                                best));
            } else {
                index.add(i, sig);
                shingles.put(i, s);
                keys.put(i, bands);
            }
        }
        List<Document> kept = new ArrayList<>();
        List<SyndicatedCopy> copies = new ArrayList<>();
        Map<String, long[]> bandKeys = new LinkedHashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            if (copyOf.containsKey(i)) {
                copies.add(copyOf.get(i));
            } else {
                kept.add(documents.get(i));
                bandKeys.put(documents.get(i).contentHash(), keys.get(i));
            }
        }
        return new Collapse(kept, copies, bandKeys);
    }

    /** The host of a URL without "www.", or null. */
    public static String publisher(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            String host = URI.create(url.strip()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null; // not a URL we can read a host from
        }
    }
}
