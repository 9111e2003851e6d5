package org.backchannel.nlp.depparse;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * Scores every transition of an arc-standard state from its 48 feature ids: a hidden layer that
 * sums one slice of the input weights per feature, a cube activation and the output layer. The
 * arithmetic is CoreNLP's own, term for term and in the same order (float products summed in
 * double; slices outside the model's precomputed set rounded to float), so the scores and
 * therefore the parses are the same; the speed comes from the loops (contiguous rows that the JIT
 * vectorises) and from caches that need no lock. Thread-safe: slices are published through
 * immutable entries, and a slice computed twice by two threads is the same slice.
 */
final class TransitionScorer {
    /** CoreNLP's default number of precomputed feature slices ({@code depparse.numPreComputed}). */
    static final int PRECOMPUTED = 20_000;

    private static final int CACHE_BITS = 14;
    private static final VarHandle SLOTS = MethodHandles.arrayElementVarHandle(double[][].class);

    private final ParserModel model;
    /** For each feature id, its rank among the precomputed ones, or -1. */
    private final int[] precomputedRank;
    /** Precomputed slices in double, filled on first use. */
    private final double[][] precomputed;
    /** Slices of the other features, rounded to float as CoreNLP's cache holds them; direct-mapped. */
    private final CachedSlice[] cache = new CachedSlice[1 << CACHE_BITS];

    private record CachedSlice(int feature, float[] values) {}

    TransitionScorer(ParserModel model, int precomputedCount) {
        this.model = model;
        int n = Math.min(precomputedCount, model.precomputable.length);
        this.precomputedRank = new int[model.tokenCount() * ParserModel.FEATURES];
        Arrays.fill(precomputedRank, -1);
        for (int r = 0; r < n; r++) {
            precomputedRank[model.precomputable[r]] = r;
        }
        this.precomputed = new double[n][];
    }

    /** Scores of all transitions; {@code hidden} is scratch space of the hidden layer's size. */
    double[] scores(int[] features, double[] hidden) {
        Arrays.fill(hidden, 0.0);
        for (int j = 0; j < features.length; j++) {
            int feature = features[j] * ParserModel.FEATURES + j;
            int rank = precomputedRank[feature];
            if (rank >= 0) {
                addTo(hidden, precomputedSlice(rank, features[j], j));
            } else {
                addTo(hidden, cachedSlice(feature, features[j], j));
            }
        }
        float[] bias = model.hiddenBias;
        for (int i = 0; i < hidden.length; i++) {
            double v = hidden[i] + bias[i];
            hidden[i] = v * v * v;
        }
        double[] scores = new double[model.transitions()];
        for (int i = 0; i < hidden.length; i++) {
            double h = hidden[i];
            double[] row = model.outputByHidden[i];
            for (int t = 0; t < scores.length; t++) {
                scores[t] += h * row[t];
            }
        }
        return scores;
    }

    private double[] precomputedSlice(int rank, int token, int position) {
        double[] slice = (double[]) SLOTS.getAcquire(precomputed, rank);
        if (slice == null) {
            slice = slice(token, position);
            SLOTS.setRelease(precomputed, rank, slice);
        }
        return slice;
    }

    private float[] cachedSlice(int feature, int token, int position) {
        int slot = (feature * 0x9E3779B9) >>> (32 - CACHE_BITS);
        CachedSlice entry = cache[slot];
        if (entry != null && entry.feature() == feature) {
            return entry.values();
        }
        double[] exact = slice(token, position);
        float[] rounded = new float[exact.length];
        for (int i = 0; i < exact.length; i++) {
            rounded[i] = (float) exact[i];
        }
        cache[slot] = new CachedSlice(feature, rounded); // a racing writer only costs a recomputation
        return rounded;
    }

    /** The hidden layer's input from one feature: its weight columns times the token's embedding. */
    private double[] slice(int token, int position) {
        double[] sum = new double[model.hiddenSize];
        float[] embedding = model.embeddings[token];
        int column = position * model.embeddingSize;
        for (int d = 0; d < embedding.length; d++) {
            float e = embedding[d];
            float[] weights = model.hiddenByColumn[column + d];
            for (int i = 0; i < sum.length; i++) {
                sum[i] += weights[i] * e;
            }
        }
        return sum;
    }

    private static void addTo(double[] hidden, double[] slice) {
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += slice[i];
        }
    }

    private static void addTo(double[] hidden, float[] slice) {
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] += slice[i];
        }
    }
}
