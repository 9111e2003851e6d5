package org.backchannel.ingest.dedupe;

import java.util.Arrays;

/**
 * The MinHash signature of one text: the minimum of each hash function over its shingles, and how
 * many distinct shingles it had. Plain data, so it can be stored or shipped between machines.
 *
 * @param minima   one value per hash function, in order
 * @param shingles the number of distinct shingles (0 for a text with no words)
 */
public record Signature(int[] minima, int shingles) {
    public Signature {
        minima = minima.clone();
    }

    @Override
    public int[] minima() {
        return minima.clone();
    }

    /** The share of hash functions on which two signatures agree: an estimate of the texts' Jaccard similarity. */
    public double estimate(Signature other) {
        if (other.minima.length != minima.length) {
            throw new IllegalArgumentException(
                    "signatures of different lengths: " + minima.length + " and " + other.minima.length);
        }
        if (shingles == 0 || other.shingles == 0) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < minima.length; i++) {
            if (minima[i] == other.minima[i]) {
                same++;
            }
        }
        return same / (double) minima.length;
    }

    /**
     * One key per band: texts that share a key agree on every row of that band. The band's number is
     * part of the key, so the keys of all bands can live in one table.
     */
    public long[] bandKeys(MinHashParameters p) {
        if (minima.length != p.hashes()) {
            throw new IllegalArgumentException(
                    "signature has " + minima.length + " values, parameters want " + p.hashes());
        }
        long[] keys = new long[p.bands()];
        for (int b = 0; b < p.bands(); b++) {
            long h = MinHasher.mix(0x9E3779B97F4A7C15L * (b + 1));
            for (int r = 0; r < p.rows(); r++) {
                h = MinHasher.mix(h ^ (minima[b * p.rows() + r] & 0xFFFFFFFFL));
            }
            keys[b] = h;
        }
        return keys;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Signature s && s.shingles == shingles && Arrays.equals(s.minima, minima);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(minima) + shingles;
    }

    @Override
    public String toString() {
        return "Signature[" + minima.length + " hashes, " + shingles + " shingles]";
    }
}
