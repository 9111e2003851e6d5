package org.backchannel.classifier.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.backchannel.classifier.encoder.SentenceEncoder;
import org.backchannel.classifier.head.SoftmaxHead;
import org.backchannel.classifier.head.SoftmaxTraining;
import org.backchannel.classifier.head.Thresholds;
import org.backchannel.coder.learned.RootScores;

/**
 * Trains the head on labelled clauses: out-of-fold predictions over the training part
 * ({@code folds}-fold, folds fixed by a checksum of each text's id) choose the L2 penalty (the most
 * accurate) and the thresholds; then the head is fitted on the whole training part and measured on
 * the held-out part, which nothing before has seen.
 *
 * @param encoder the sentence encoder whose vectors the head reads
 * @param l2Grid  the L2 penalties of {@link SoftmaxTraining} to choose from
 * @param folds   cross-validation folds
 */
public record Training(SentenceEncoder.Model encoder, List<Double> l2Grid, int folds) {
    /** The penalties tried by default. */
    public static final List<Double> L2_GRID = List.of(3e-5, 1e-4, 3e-4, 1e-3);

    /** The head's classes: the twenty CAMEO roots and "none". */
    public static final List<String> CLASSES = classes();

    private static final int MAX_ITERATIONS = 300;

    private static List<String> classes() {
        List<String> c = new ArrayList<>();
        for (int r = 1; r <= 20; r++) {
            c.add(String.format("%02d", r));
        }
        c.add(RootScores.NONE);
        return List.copyOf(c);
    }

    /** What a training run produced: the head, its thresholds, and how it scored. */
    public record Result(
            SoftmaxHead head,
            Thresholds thresholds,
            double l2,
            Map<Double, Double> outOfFoldAccuracy,
            List<LabelledClause> clauses,
            List<Thresholding.Scored> outOfFold,
            List<Thresholding.Scored> heldOut) {}

    public Result run(List<LabelledClause> clauses) {
        SentenceEncoder enc = SentenceEncoder.shared(encoder);
        List<float[]> vectors =
                enc.embed(clauses.stream().map(LabelledClause::text).toList());
        List<Integer> train = new ArrayList<>();
        List<Integer> held = new ArrayList<>();
        for (int i = 0; i < clauses.size(); i++) {
            (clauses.get(i).heldOut() ? held : train).add(i);
        }
        Map<Double, Double> accuracy = new LinkedHashMap<>();
        List<Thresholding.Scored> outOfFold = null;
        double l2 = Double.NaN;
        for (double candidate : l2Grid) {
            List<Thresholding.Scored> scored = outOfFold(clauses, vectors, train, candidate);
            double a = scored.stream()
                            .filter(s -> s.scores().top().equals(s.clause().label()))
                            .count()
                    / (double) Math.max(1, scored.size());
            accuracy.put(candidate, a);
            if (outOfFold == null || a > accuracy.get(l2)) {
                outOfFold = scored;
                l2 = candidate;
            }
        }
        double proposeAt = Thresholding.proposeAt(outOfFold);
        double[] flag = Thresholding.flag(outOfFold);
        SoftmaxHead head = fit(clauses, vectors, train, l2);
        List<Thresholding.Scored> heldOut = new ArrayList<>();
        for (int i : held) {
            heldOut.add(new Thresholding.Scored(clauses.get(i), head.score(vectors.get(i))));
        }
        return new Result(head, new Thresholds(proposeAt, flag[0], flag[1]), l2, accuracy, clauses, outOfFold, heldOut);
    }

    /** Each training clause scored by a head fitted on the other folds. */
    private List<Thresholding.Scored> outOfFold(
            List<LabelledClause> clauses, List<float[]> vectors, List<Integer> train, double l2) {
        List<Thresholding.Scored> scored = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            List<Integer> in = new ArrayList<>();
            List<Integer> out = new ArrayList<>();
            for (int i : train) {
                (fold(clauses.get(i).sentence()) == f ? out : in).add(i);
            }
            if (in.isEmpty() || out.isEmpty()) {
                continue; // a fold of a small set can be empty
            }
            SoftmaxHead h = fit(clauses, vectors, in, l2);
            for (int i : out) {
                scored.add(new Thresholding.Scored(clauses.get(i), h.score(vectors.get(i))));
            }
        }
        return scored;
    }

    private static SoftmaxHead fit(List<LabelledClause> clauses, List<float[]> vectors, List<Integer> rows, double l2) {
        List<float[]> x = new ArrayList<>();
        int[] y = new int[rows.size()];
        for (int k = 0; k < rows.size(); k++) {
            x.add(vectors.get(rows.get(k)));
            y[k] = CLASSES.indexOf(clauses.get(rows.get(k)).label());
        }
        return new SoftmaxTraining(l2, MAX_ITERATIONS).train(CLASSES, x, y, null);
    }

    /** The fold of a text: a checksum of its id, independent of the held-out split's. */
    private int fold(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) ((crc.getValue() / TrainingData.HOLD_OUT_ONE_IN) % folds);
    }
}
