package org.backchannel.bench.eval;

/** Matches against coded and gold counts, with precision, recall and F1 (micro-averaged). */
public record Score(int tp, int coded, int gold) {
    public static final Score ZERO = new Score(0, 0, 0);

    public Score plus(Score o) {
        return new Score(tp + o.tp, coded + o.coded, gold + o.gold);
    }

    public double precision() {
        return coded == 0 ? 0 : tp / (double) coded;
    }

    public double recall() {
        return gold == 0 ? 0 : tp / (double) gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
