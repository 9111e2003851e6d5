package org.backchannel.ingest.dedupe;

import java.util.Arrays;
import java.util.Locale;

/**
 * Word shingles and MinHash signatures. Words are the runs of letters and digits of the lower-cased
 * text; a shingle is {@code shingleWords} consecutive words (a shorter text is one shingle), hashed
 * to 64 bits with FNV-1a and a SplitMix64 finish, so signatures are the same on every machine and
 * every run. Pure Java and stateless apart from its parameters: safe to share between threads.
 */
public final class MinHasher {
    private final MinHashParameters parameters;
    private final long[] seeds;

    public MinHasher(MinHashParameters parameters) {
        this.parameters = parameters;
        this.seeds = new long[parameters.hashes()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = mix(0xD1B54A32D192ED03L + i * 0x9E3779B97F4A7C15L);
        }
    }

    public MinHashParameters parameters() {
        return parameters;
    }

    /** The text's distinct shingle hashes, sorted. */
    public long[] shingles(String text) {
        String[] words = Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toArray(String[]::new);
        if (words.length == 0) {
            return new long[0];
        }
        int k = Math.min(parameters.shingleWords(), words.length);
        long[] out = new long[words.length - k + 1];
        for (int i = 0; i + k <= words.length; i++) {
            long h = 0xCBF29CE484222325L;
            for (int w = i; w < i + k; w++) {
                String word = words[w];
                for (int c = 0; c < word.length(); c++) {
                    h = (h ^ word.charAt(c)) * 0x100000001B3L;
                }
                h = (h ^ ' ') * 0x100000001B3L;
            }
            out[i] = mix(h);
        }
        return Arrays.stream(out).sorted().distinct().toArray();
    }

    /** The signature of a text. */
    public Signature sign(String text) {
        return sign(shingles(text));
    }

    /** The signature of a text's shingles (as {@link #shingles} gives them). */
    public Signature sign(long[] shingles) {
        int[] minima = new int[seeds.length];
        Arrays.fill(minima, Integer.MAX_VALUE);
        for (long s : shingles) {
            for (int i = 0; i < seeds.length; i++) {
                int h = (int) (mix(s ^ seeds[i]) >>> 32);
                if (h < minima[i]) {
                    minima[i] = h;
                }
            }
        }
        return new Signature(minima, shingles.length);
    }

    /** The exact Jaccard similarity of two sorted sets of shingle hashes (0 when both are empty). */
    public static double jaccard(long[] a, long[] b) {
        if (a.length == 0 && b.length == 0) {
            return 0;
        }
        int i = 0;
        int j = 0;
        int common = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common / (double) (a.length + b.length - common);
    }

    /** SplitMix64's finishing step: spreads every input bit over the whole word. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
