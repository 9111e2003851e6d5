package org.backchannel.classifier.head;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.backchannel.classifier.encoder.SentenceEncoder;
import org.backchannel.coder.learned.RootScores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The head's training on a small synthetic problem: it learns, it is deterministic, and its file reads back. */
class SoftmaxTrainingTest {
    private static final List<String> CLASSES = List.of("01", "19", RootScores.NONE);

    /** Three noisy clusters in 8 dimensions, around one axis each; seeded, so the same every run. */
    private record Data(List<float[]> x, int[] y) {
        static Data of(int perClass, long seed) {
            Random r = new Random(seed);
            List<float[]> x = new ArrayList<>();
            int[] y = new int[perClass * CLASSES.size()];
            for (int i = 0; i < y.length; i++) {
                int c = i % CLASSES.size();
                float[] v = new float[8];
                for (int k = 0; k < v.length; k++) {
                    v[k] = (float) (0.3 * r.nextGaussian());
                }
                v[c] += 1;
                x.add(v);
                y[i] = c;
            }
            return new Data(x, y);
        }
    }

    private static double accuracy(SoftmaxHead h, Data d) {
        int right = 0;
        for (int i = 0; i < d.y().length; i++) {
            right += h.score(d.x().get(i)).top().equals(CLASSES.get(d.y()[i])) ? 1 : 0;
        }
        return right / (double) d.y().length;
    }

    @Test
    void learnsSeparableClassesAndGeneralises() {
        SoftmaxHead h = new SoftmaxTraining(1e-3, 200)
                .train(CLASSES, Data.of(40, 1).x(), Data.of(40, 1).y(), null);
        assertTrue(accuracy(h, Data.of(40, 1)) > 0.95);
        assertTrue(accuracy(h, Data.of(40, 2)) > 0.9, "unseen points of the same clusters");
        double[] p = h.score(Data.of(1, 3).x().get(0)).probabilities();
        assertEquals(1, p[0] + p[1] + p[2], 1e-9);
    }

    @Test
    void aStrongerPenaltyGivesSmallerWeights() {
        Data d = Data.of(30, 4);
        SoftmaxHead loose = new SoftmaxTraining(1e-4, 200).train(CLASSES, d.x(), d.y(), null);
        SoftmaxHead tight = new SoftmaxTraining(1e-1, 200).train(CLASSES, d.x(), d.y(), null);
        assertTrue(norm(tight) < norm(loose));
    }

    @Test
    void exampleWeightsTiltTheHead() {
        Data d = Data.of(30, 5);
        double[] w = new double[d.y().length];
        for (int i = 0; i < w.length; i++) {
            w[i] = d.y()[i] == 1 ? 10 : 1;
        }
        float[] between = new float[8];
        between[0] = 0.5f;
        between[1] = 0.5f;
        SoftmaxHead plain = new SoftmaxTraining(1e-3, 200).train(CLASSES, d.x(), d.y(), null);
        SoftmaxHead tilted = new SoftmaxTraining(1e-3, 200).train(CLASSES, d.x(), d.y(), w);
        assertTrue(tilted.score(between).of("19") > plain.score(between).of("19"));
    }

    @Test
    void theSameDataGiveTheSameHead() {
        Data d = Data.of(25, 6);
        SoftmaxHead a = new SoftmaxTraining(1e-3, 100).train(CLASSES, d.x(), d.y(), null);
        SoftmaxHead b = new SoftmaxTraining(1e-3, 100).train(CLASSES, d.x(), d.y(), null);
        for (int c = 0; c < CLASSES.size(); c++) {
            assertArrayEquals(a.weights(c), b.weights(c));
            assertEquals(a.bias(c), b.bias(c));
        }
    }

    @Test
    void aHeadFileReadsBackToTheSameScoresAndBytes(@TempDir Path dir) throws Exception {
        Data d = Data.of(10, 7);
        SoftmaxHead h = new SoftmaxTraining(1e-3, 50).train(CLASSES, d.x(), d.y(), null);
        HeadFile f = new HeadFile(SentenceEncoder.Model.MINILM_Q, new Thresholds(0.5, 0.9, 0.05), h);
        f.write(dir.resolve("a.tsv"), List.of("test head"));
        HeadFile back = HeadFile.read(dir.resolve("a.tsv"));
        assertEquals(SentenceEncoder.Model.MINILM_Q, back.encoder());
        assertEquals(new Thresholds(0.5, 0.9, 0.05), back.thresholds());
        assertEquals(CLASSES, back.head().classes());
        for (float[] x : d.x()) {
            assertArrayEquals(h.score(x).probabilities(), back.head().score(x).probabilities(), 1e-5);
        }
        back.write(dir.resolve("b.tsv"), List.of("test head"));
        assertEquals(Files.readString(dir.resolve("a.tsv")), Files.readString(dir.resolve("b.tsv")));
    }

    @Test
    void numbersAreWrittenShort() {
        assertEquals("0.5", HeadFile.number(0.5));
        assertEquals("-1.234568", HeadFile.number(-1.2345678));
        assertEquals("1.5e-05", HeadFile.number(1.5e-5));
        assertEquals("0", HeadFile.number(0));
    }

    private static double norm(SoftmaxHead h) {
        double s = 0;
        for (int c = 0; c < h.classes().size(); c++) {
            for (double w : h.weights(c)) {
                s += w * w;
            }
        }
        return s;
    }
}
