package org.backchannel.classifier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.learned.RootScores;
import org.junit.jupiter.api.Test;

/** Threshold choice on made-up predictions. */
class ThresholdingTest {
    private static final List<String> CLASSES = List.of("19", RootScores.NONE);

    private static Thresholding.Scored scored(String label, String coded, double p19) {
        return new Thresholding.Scored(
                new LabelledClause("t", "gold", "x", label, coded, false),
                new RootScores(CLASSES, new double[] {p19, 1 - p19}));
    }

    @Test
    void proposalsStopWhereTheAddedOnesAreMostlyWrong() {
        List<Thresholding.Scored> s = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            s.add(scored("19", null, 0.92)); // confident and right
        }
        for (int i = 0; i < 6; i++) {
            s.add(scored(RootScores.NONE, null, 0.62)); // less sure and wrong
        }
        s.add(scored("19", "19", 0.5)); // coded clauses do not count for proposals
        assertEquals(0.65, Thresholding.proposeAt(s), 1e-9, "the lowest threshold that keeps out the wrong ones");
        assertEquals(new Thresholding.Tally(12, 6), Thresholding.proposals(s, 0.6));
    }

    @Test
    void noProposalThresholdWhenProposalsAreMostlyWrong() {
        List<Thresholding.Scored> s = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            s.add(scored(i < 3 ? "19" : RootScores.NONE, null, 0.8));
        }
        assertEquals(1, Thresholding.proposeAt(s), 1e-9);
    }

    @Test
    void doubtsCountAsRightWhenTheCodedRootWasWrong() {
        List<Thresholding.Scored> s = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            s.add(scored(
                    RootScores.NONE,
                    "04",
                    0.95)); // the classifier says 19 with 0.95; the coded 04 gets 0: right doubts
        }
        s.add(scored("04", "04", 0.95)); // a wrong doubt
        assertEquals(new Thresholding.Tally(10, 9), Thresholding.doubts(s, 0.9, 0.05));
        double[] f = Thresholding.flag(s);
        assertEquals(true, Thresholding.doubtsGain(s, f[0], f[1]));
    }
}
