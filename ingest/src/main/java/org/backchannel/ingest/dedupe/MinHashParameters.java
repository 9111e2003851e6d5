package org.backchannel.ingest.dedupe;

/**
 * The knobs of near-duplicate detection. Texts are cut into overlapping shingles of
 * {@code shingleWords} words; a signature keeps the minimum of {@code hashes} hash functions over
 * them; LSH splits the signature into {@code bands} bands of {@code rows} rows, and two texts that
 * agree on all rows of any band become candidates, which are kept as copies only when the exact
 * Jaccard similarity of their shingle sets reaches {@code threshold}.
 *
 * <p>The defaults (5 words, 120 = 40 × 3 hashes, 0.5) match the cross-article merge's test for one
 * syndicated story (word 5-grams, Jaccard ≥ 0.5), so a pair collapsed here is a pair the merge would
 * have counted as one source anyway. A pair at Jaccard 0.5 becomes a candidate with probability
 * 1 − (1 − 0.5³)⁴⁰ = 0.995; at 0.3, 0.66 (then rejected by the exact check); at 0.1, 0.04.
 */
public record MinHashParameters(int shingleWords, int hashes, int bands, int rows, double threshold) {
    public static final MinHashParameters DEFAULTS = new MinHashParameters(5, 120, 40, 3, 0.5);

    public MinHashParameters {
        if (shingleWords < 1 || bands < 1 || rows < 1 || bands * rows != hashes) {
            throw new IllegalArgumentException("need shingleWords ≥ 1 and bands × rows = hashes, got " + shingleWords
                    + ", " + hashes + ", " + bands + " × " + rows);
        }
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must lie in (0, 1], got " + threshold);
        }
    }

    /** The probability that two texts of Jaccard similarity {@code jaccard} share at least one band. */
    public double candidateProbability(double jaccard) {
        return 1 - Math.pow(1 - Math.pow(jaccard, rows), bands);
    }
}
