package org.backchannel.classifier.training;

import java.util.List;
import org.backchannel.coder.learned.RootScores;

/**
 * Chooses the coder's thresholds from predictions on clauses the head was not trained on.
 *
 * <p>Proposals: the probability that maximises {@code r - PROPOSAL_PRECISION·m} over the proposals
 * {@code m} it lets through for uncoded clauses, {@code r} of them right: a lower threshold is taken
 * only when the proposals it adds are themselves right at least that share of the time. Doubts: dropping {@code d} coded events of which {@code w}
 * are wrong raises F1 only when {@code w/d > 1 - F1/2}, about 0.8 at the coder's F1; the pair of
 * thresholds that maximises {@code w - DOUBT_BREAK_EVEN·d} is taken. When no pair gains, the most
 * precise pair with a few doubts is taken all the same, so that the use stays measurable (it is then
 * left off by default).
 */
public final class Thresholding {
    /** At least as precise as the patterns are on the project's own dev gold (root precision about 0.4), with a margin. */
    public static final double PROPOSAL_PRECISION = 0.5;

    public static final double DOUBT_BREAK_EVEN = 0.8;
    /** Fewer proposals than this say nothing of their precision. */
    private static final int MIN_PROPOSALS = 5;

    static final double[] GRID = {0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95};
    static final double[] CODED_BELOW = {0.01, 0.02, 0.05, 0.1, 0.2};

    private Thresholding() {}

    /** A clause with the scores of a head that did not see it. */
    public record Scored(LabelledClause clause, RootScores scores) {}

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

    /**
     * Doubts on coded clauses of news-like texts: made, and right (the coded root was not the
     * clause's). Pattern examples are left out: coded right by construction, they say nothing of how
     * often the coder errs on news.
     */
    public static Tally doubts(List<Scored> scored, double at, double codedBelow) {
        int made = 0;
        int right = 0;
        for (Scored s : scored) {
            String coded = s.clause().codedRoot();
            if (coded == null || s.clause().origin().equals("pattern")) {
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

    /** The proposal threshold; 1 (never) when no threshold gains. */
    public static double proposeAt(List<Scored> scored) {
        double best = 1;
        double gain = 0;
        for (double t : GRID) {
            Tally tally = proposals(scored, t);
            double g = tally.right() - PROPOSAL_PRECISION * tally.made();
            if (tally.made() >= MIN_PROPOSALS && g > gain + 1e-9) {
                gain = g;
                best = t;
            }
        }
        return best;
    }

    /** The doubt thresholds {at, codedBelow}; {1, 0} (never) when no pair makes a few doubts. */
    public static double[] flag(List<Scored> scored) {
        double[] best = {1, 0};
        double gain = 0;
        double[] precise = {1, 0};
        double precision = -1;
        for (double at : GRID) {
            for (double below : CODED_BELOW) {
                Tally t = doubts(scored, at, below);
                double g = t.right() - DOUBT_BREAK_EVEN * t.made();
                if (g > gain + 1e-9) {
                    gain = g;
                    best = new double[] {at, below};
                }
                if (t.made() >= MIN_PROPOSALS && t.precision() > precision + 1e-9) {
                    precision = t.precision();
                    precise = new double[] {at, below};
                }
            }
        }
        return gain > 0 ? best : precise;
    }

    /** Whether doubts at these thresholds raise F1 out of fold (right beyond the break-even share of those made). */
    public static boolean doubtsGain(List<Scored> scored, double at, double codedBelow) {
        Tally t = doubts(scored, at, codedBelow);
        return t.made() > 0 && t.right() > DOUBT_BREAK_EVEN * t.made();
    }
}
