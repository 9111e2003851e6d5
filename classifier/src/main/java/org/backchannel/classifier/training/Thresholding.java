package org.backchannel.classifier.training;

import java.util.List;
import org.backchannel.coder.learned.RootScores;

/**
 * Chooses the coder's thresholds from predictions on clauses the head was not trained on.
 *
 * <p>Proposals: the lowest probability at which proposals for uncoded clauses are right at least
 * {@link #PROPOSAL_PRECISION} of the time. Doubts: dropping {@code d} coded events of which {@code w}
 * are wrong raises F1 only when {@code w/d > 1 - F1/2}, about 0.8 at the coder's F1; the pair of
 * thresholds that maximises {@code w - DOUBT_BREAK_EVEN·d} is taken, or none when nothing gains.
 */
public final class Thresholding {
    /** At least as precise as the patterns are on the project's own dev gold (root precision about 0.4), with a margin. */
    public static final double PROPOSAL_PRECISION = 0.5;
    public static final double DOUBT_BREAK_EVEN = 0.8;
    /** Fewer proposals than this say nothing of their precision. */
    private static final int MIN_PROPOSALS = 5;
    static final double[] GRID = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    static final double[] CODED_BELOW = {0.01, 0.02, 0.05, 0.1, 0.2};

    private Thresholding() {
    }

    /** A clause with the scores of a head that did not see it. */
    public record Scored(LabelledClause clause, RootScores scores) {
    }

    /** How proposals fare at a threshold: how many, how many right. */
    public record Tally(int made, int right) {
        public double precision() {
            return made == 0 ? 0 : right / (double) made;
        }
    }

    /** Proposals on uncoded clauses at threshold {@code t}. */
    public static Tally proposals(List<Scored> scored, double t) {
        int made = 0;
        int right = 0;
        for (Scored s : scored) {
            if (s.clause().codedRoot() != null) {
                continue;
            }
            String top = s.scores().top();
            if (!top.equals(RootScores.NONE) && s.scores().topProbability() >= t) {
                made++;
                right += top.equals(s.clause().label()) ? 1 : 0;
            }
        }
        return new Tally(made, right);
    }

    /** Doubts on coded clauses: made, and right (the coded root was not the clause's). */
    public static Tally doubts(List<Scored> scored, double at, double codedBelow) {
        int made = 0;
        int right = 0;
        for (Scored s : scored) {
            String coded = s.clause().codedRoot();
            if (coded == null) {
                continue;
            }
            RootScores r = s.scores();
            if (!r.top().equals(coded) && r.topProbability() >= at && r.of(coded) < codedBelow) {
                made++;
                right += coded.equals(s.clause().label()) ? 0 : 1;
            }
        }
        return new Tally(made, right);
    }

    /** The proposal threshold; 1 (never) when no threshold reaches the precision. */
    public static double proposeAt(List<Scored> scored) {
        for (double t : GRID) {
            Tally tally = proposals(scored, t);
            if (tally.made() >= MIN_PROPOSALS && tally.precision() >= PROPOSAL_PRECISION) {
                return t;
            }
        }
        return 1;
    }

    /** The doubt thresholds {at, codedBelow}; {1, 0} (never) when no pair gains. */
    public static double[] flag(List<Scored> scored) {
        double[] best = {1, 0};
        double gain = 0;
        for (double at : GRID) {
            for (double below : CODED_BELOW) {
                Tally t = doubts(scored, at, below);
                double g = t.right() - DOUBT_BREAK_EVEN * t.made();
                if (g > gain + 1e-9) {
                    gain = g;
                    best = new double[] {at, below};
                }
            }
        }
        return best;
    }
}
