package org.backchannel.analysis.timeline;

/**
 * Flags spikes in a series of counts with a trailing z-score: a period is a spike when its count is
 * at least {@link #MIN_COUNT} and exceeds the mean of the previous {@link #WINDOW} periods by more
 * than {@link #Z} standard deviations (the deviation floored at 1 so a flat, quiet history does not
 * make every small rise a spike). Periods before a full window use what history there is.
 */
public final class SpikeDetector {
    static final int WINDOW = 6;
    static final double Z = 2.0;
    static final int MIN_COUNT = 3;

    public boolean[] spikes(int[] counts) {
        boolean[] out = new boolean[counts.length];
        for (int i = 1; i < counts.length; i++) {
            int from = Math.max(0, i - WINDOW);
            double mean = 0;
            for (int k = from; k < i; k++) {
                mean += counts[k];
            }
            mean /= (i - from);
            double var = 0;
            for (int k = from; k < i; k++) {
                var += (counts[k] - mean) * (counts[k] - mean);
            }
            double sd = Math.max(1.0, Math.sqrt(var / (i - from)));
            out[i] = counts[i] >= MIN_COUNT && counts[i] > mean + Z * sd;
        }
        return out;
    }
}
