package org.backchannel.ingest.dedupe;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Locality-sensitive hashing over MinHash bands, in memory: items added under a key are found again
 * by any signature that shares one of their band keys. Candidates still need an exact check.
 *
 * @param <K> the key items are known by (a document id, a row number)
 */
public final class LshIndex<K> {
    private final MinHashParameters parameters;
    private final Map<Long, List<K>> buckets = new HashMap<>();

    public LshIndex(MinHashParameters parameters) {
        this.parameters = parameters;
    }

    public void add(K key, Signature signature) {
        for (long band : signature.bandKeys(parameters)) {
            buckets.computeIfAbsent(band, b -> new ArrayList<>(2)).add(key);
        }
    }

    /** The keys of the items that share at least one band with the signature, in the order they were added. */
    public Set<K> candidates(Signature signature) {
        Set<K> out = new LinkedHashSet<>();
        for (long band : signature.bandKeys(parameters)) {
            out.addAll(buckets.getOrDefault(band, List.of()));
        }
        return out;
    }
}
