package org.backchannel.analysis.timeline;

/**
 * Finds where a series shifts its level with a two-sided CUSUM (Page, E. S. (1954), "Continuous
 * inspection schemes", Biometrika 41). The in-control level and spread come from the first third of
 * the series (at least {@link #BASELINE} periods; the spread floored at one Goldstein point);
 * deviations less a drift of {@link #DRIFT} spreads are summed upward and downward, and a sum above
 * {@link #THRESHOLD} spreads marks a change point, after which the new value is the level and both
 * sums restart. Applied to the Goldstein balance per period, it shows when a relation turned hostile
 * or friendly.
 */
public final class ChangePointDetector {
    static final double DRIFT = 0.5;
    static final double THRESHOLD = 4.0;

    static final int BASELINE = 3;

    public boolean[] changes(double[] series) {
        boolean[] out = new boolean[series.length];
        int base = Math.max(BASELINE, series.length / 3);
        if (series.length <= base) {
            return out;
        }
        double level = 0;
        for (int i = 0; i < base; i++) {
            level += series[i];
        }
        level /= base;
        double var = 0;
        for (int i = 0; i < base; i++) {
            var += (series[i] - level) * (series[i] - level);
        }
        double sd = Math.max(1.0, Math.sqrt(var / base));
        double up = 0;
        double down = 0;
        for (int i = 0; i < series.length; i++) {
            double z = (series[i] - level) / sd;
            up = Math.max(0, up + z - DRIFT);
            down = Math.max(0, down - z - DRIFT);
            if (up > THRESHOLD || down > THRESHOLD) {
                out[i] = true;
                level = series[i];
                up = 0;
                down = 0;
            }
        }
        return out;
    }
}
