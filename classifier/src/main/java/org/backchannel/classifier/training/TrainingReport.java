package org.backchannel.classifier.training;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The report written beside the head: what it was trained on (counts by origin and label), how the
 * held-out part scores (accuracy overall, by origin, by label), and the thresholds with what they
 * gave out of fold and on the held-out part. It holds nothing that changes between runs of the same
 * command, so that the same command gives the same file.
 */
public final class TrainingReport {
    private TrainingReport() {}

    public static String render(Training settings, Training.Result r, String command) {
        StringBuilder b = new StringBuilder();
        b.append("# Clause classifier: training report\n\n");
        b.append("Written by `")
                .append(command)
                .append("` with the head (`head.tsv`) beside it; the same command writes the same files.\n");
        b.append(String.format(
                Locale.ROOT,
                "Encoder %s (384-dimensional unit vectors); head: softmax regression over %d classes, "
                        + "L-BFGS (deterministic, no random seed needed); L2 penalty and thresholds from %d-fold out-of-fold predictions on the "
                        + "training part; one text in %d held out by a checksum of its id.%n%n",
                settings.encoder().fileName(),
                Training.CLASSES.size(),
                settings.folds(),
                TrainingData.HOLD_OUT_ONE_IN));
        b.append("L2 penalty by out-of-fold accuracy:");
        r.outOfFoldAccuracy().forEach((l2, a) -> b.append(String.format(Locale.ROOT, " %.0e: %.3f;", l2, a)));
        b.append(String.format(Locale.ROOT, " chosen %.0e.%n%n", r.l2()));
        b.append(
                "Training data: the project's own texts only (pattern examples, gold set dev split, epistemic cases dev split); "
                        + "never `shared/eval`, which measures the classifier, nor the held-out splits of the gold set and "
                        + "epistemic cases.\n\n");

        b.append("## Clauses by origin and label\n\n");
        Map<String, Map<String, int[]>> counts = new TreeMap<>();
        TreeSet<String> origins = new TreeSet<>();
        for (LabelledClause c : r.clauses()) {
            origins.add(c.origin());
            counts.computeIfAbsent(c.label(), k -> new TreeMap<>())
                    .computeIfAbsent(c.origin(), k -> new int[2])[c.heldOut() ? 1 : 0]++;
        }
        b.append("| label |");
        origins.forEach(o -> b.append(' ').append(o).append(" |"));
        b.append(" train | held out |\n|---|");
        origins.forEach(o -> b.append("---:|"));
        b.append("---:|---:|\n");
        int[] total = new int[2];
        for (var e : counts.entrySet()) {
            b.append("| ").append(e.getKey()).append(" |");
            int[] row = new int[2];
            for (String o : origins) {
                int[] n = e.getValue().getOrDefault(o, new int[2]);
                b.append(' ').append(n[0] + n[1]).append(" |");
                row[0] += n[0];
                row[1] += n[1];
            }
            b.append(' ').append(row[0]).append(" | ").append(row[1]).append(" |\n");
            total[0] += row[0];
            total[1] += row[1];
        }
        b.append("| all |");
        for (String o : origins) {
            b.append(' ')
                    .append(r.clauses().stream()
                            .filter(c -> c.origin().equals(o))
                            .count())
                    .append(" |");
        }
        b.append(' ').append(total[0]).append(" | ").append(total[1]).append(" |\n\n");

        b.append("## Held-out accuracy\n\n");
        b.append(String.format(Locale.ROOT, "All held-out clauses: %s.%n", accuracy(r.heldOut())));
        for (String o : origins) {
            b.append(String.format(
                    Locale.ROOT,
                    "- %s: %s%n",
                    o,
                    accuracy(r.heldOut().stream()
                            .filter(s -> s.clause().origin().equals(o))
                            .toList())));
        }
        b.append(String.format(
                Locale.ROOT,
                "- clauses a pattern coded: %s%n",
                accuracy(r.heldOut().stream()
                        .filter(s -> s.clause().codedRoot() != null)
                        .toList())));
        b.append(String.format(
                Locale.ROOT,
                "- clauses no pattern coded: %s%n",
                accuracy(r.heldOut().stream()
                        .filter(s -> s.clause().codedRoot() == null)
                        .toList())));
        b.append(String.format(Locale.ROOT, "- out of fold, training part: %s%n%n", accuracy(r.outOfFold())));
        b.append("| label | held out | right | recall | predicted | precision |\n|---|---:|---:|---:|---:|---:|\n");
        for (String label : Training.CLASSES) {
            int support = 0;
            int right = 0;
            int predicted = 0;
            for (Thresholding.Scored s : r.heldOut()) {
                boolean is = s.clause().label().equals(label);
                boolean said = s.scores().top().equals(label);
                support += is ? 1 : 0;
                predicted += said ? 1 : 0;
                right += is && said ? 1 : 0;
            }
            if (support + predicted > 0) {
                b.append(String.format(
                        Locale.ROOT,
                        "| %s | %d | %d | %s | %d | %s |%n",
                        label,
                        support,
                        right,
                        ratio(right, support),
                        predicted,
                        ratio(right, predicted)));
            }
        }

        b.append("\n## Thresholds\n\n");
        var t = r.thresholds();
        b.append(String.format(
                Locale.ROOT,
                "- propose_at %.2f: the probability at which out-of-fold proposals on uncoded clauses gain most, "
                        + "counting each right one +1 and each one made -%.1f (%s).%n",
                t.proposeAt(),
                Thresholding.PROPOSAL_PRECISION,
                t.proposeAt() >= 1
                        ? "none gains"
                        : "out of fold " + tally(Thresholding.proposals(r.outOfFold(), t.proposeAt())) + ", held out "
                                + tally(Thresholding.proposals(r.heldOut(), t.proposeAt()))));
        boolean gains = Thresholding.doubtsGain(r.outOfFold(), t.flagAt(), t.flagCodedBelow());
        b.append(String.format(
                Locale.ROOT,
                "- flag_at %.2f, flag_coded_below %.2f: %s (out of fold %s; held out %s; \"right\": the coded root "
                        + "was not the clause's).%n%n",
                t.flagAt(),
                t.flagCodedBelow(),
                gains
                        ? String.format(
                                Locale.ROOT,
                                "the doubts that maximise right - %.1f x made out of fold",
                                Thresholding.DOUBT_BREAK_EVEN)
                        : String.format(
                                Locale.ROOT,
                                "no pair has more than %.0f%% of its doubts right out of fold, the share at which dropping "
                                        + "raises F1; this is the most precise pair, for measuring",
                                100 * Thresholding.DOUBT_BREAK_EVEN),
                tally(Thresholding.doubts(r.outOfFold(), t.flagAt(), t.flagCodedBelow())),
                tally(Thresholding.doubts(r.heldOut(), t.flagAt(), t.flagCodedBelow()))));
        b.append(
                "Proposals on uncoded clauses by threshold (out of fold / held out: made, right):\n\n| threshold | out of fold | held out |\n|---:|---:|---:|\n");
        for (double g : Thresholding.GRID) {
            b.append(String.format(
                    Locale.ROOT,
                    "| %.2f | %s | %s |%n",
                    g,
                    tally(Thresholding.proposals(r.outOfFold(), g)),
                    tally(Thresholding.proposals(r.heldOut(), g))));
        }
        b.append(
                "\nDoubts on coded clauses by threshold, out of fold (made, right), by how low the coded root's probability must be:\n\n| flag_at |");
        for (double below : Thresholding.CODED_BELOW) {
            b.append(String.format(Locale.ROOT, " below %.2f |", below));
        }
        b.append("\n|---:|");
        for (int i = 0; i < Thresholding.CODED_BELOW.length; i++) {
            b.append("---:|");
        }
        b.append('\n');
        for (double g : Thresholding.GRID) {
            b.append(String.format(Locale.ROOT, "| %.2f |", g));
            for (double below : Thresholding.CODED_BELOW) {
                b.append(' ')
                        .append(tally(Thresholding.doubts(r.outOfFold(), g, below)))
                        .append(" |");
            }
            b.append('\n');
        }
        return b.toString();
    }

    private static String accuracy(List<Thresholding.Scored> scored) {
        long right = scored.stream()
                .filter(s -> s.scores().top().equals(s.clause().label()))
                .count();
        return String.format(
                Locale.ROOT, "%d of %d right (%s)", right, scored.size(), ratio((int) right, scored.size()));
    }

    private static String tally(Thresholding.Tally t) {
        return t.made() + " made, " + t.right() + " right";
    }

    private static String ratio(int a, int b) {
        return b == 0 ? "-" : String.format(Locale.ROOT, "%.3f", a / (double) b);
    }
}
