package org.backchannel.bench.eval;

import java.util.Map;
import java.util.TreeMap;

/**
 * The epistemic figures of one part of the cases (dev, held-out or all).
 *
 * @param cases         how many cases
 * @param found         cases where the coder found at least one event (the rest are coder recall misses)
 * @param statusOk      cases whose best-matching event carries the gold status
 * @param rootMatched   cases whose best-matching event has the case's CAMEO root
 * @param statusOkRootMatched of those, the ones with the gold status
 * @param perStatus     gold status to {correct, cases, cases with some event}
 * @param secretOk      cases whose secrecy flag is right, of {@code secretN}
 * @param mediatorTp    cases where an event carries the gold mediator
 * @param mediatorGiven cases where some event carries a mediator
 * @param mediatorGold  cases with a gold mediator
 * @param mediatorGoldFound cases with a gold mediator where the coder found some event
 */
public record EpistemicScore(
        int cases,
        int found,
        int statusOk,
        int rootMatched,
        int statusOkRootMatched,
        Map<String, int[]> perStatus,
        int secretOk,
        int secretN,
        int mediatorTp,
        int mediatorGiven,
        int mediatorGold,
        int mediatorGoldFound) {
    public static EpistemicScore empty() {
        return new EpistemicScore(0, 0, 0, 0, 0, new TreeMap<>(), 0, 0, 0, 0, 0, 0);
    }

    /** Status accuracy over all cases: a case with no event at all counts as wrong. */
    public double statusAccuracy() {
        return ratio(statusOk, cases);
    }

    /** Status accuracy over the cases where the coder found some event. */
    public double statusAccuracyFound() {
        return ratio(statusOk, found);
    }

    /** Status accuracy over the cases where the best event has the case's root: the coder found the very event. */
    public double statusAccuracyRootMatched() {
        return ratio(statusOkRootMatched, rootMatched);
    }

    public double secrecyAccuracy() {
        return ratio(secretOk, secretN);
    }

    public double mediatorPrecision() {
        return ratio(mediatorTp, mediatorGiven);
    }

    public double mediatorRecall() {
        return ratio(mediatorTp, mediatorGold);
    }

    /** Mediator recall over the cases where the coder found some event. */
    public double mediatorRecallFound() {
        return ratio(mediatorTp, mediatorGoldFound);
    }

    /** Accuracy of one gold status over all its cases. */
    public double statusAccuracy(String status) {
        int[] c = perStatus.getOrDefault(status, new int[3]);
        return ratio(c[0], c[1]);
    }

    /** The lowest per-status accuracy over the cases with some event. */
    public double worstStatusAccuracyFound() {
        return perStatus.values().stream()
                .mapToDouble(c -> ratio(c[0], c[2]))
                .min()
                .orElse(0);
    }

    /** The lowest per-status accuracy. */
    public double worstStatusAccuracy() {
        return perStatus.keySet().stream()
                .mapToDouble(this::statusAccuracy)
                .min()
                .orElse(0);
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }
}
