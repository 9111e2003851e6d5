package org.backchannel.bench.reprints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Floors on the reprint collapse, measured on the synthetic corpus with planted reprints and on the demo corpus. */
class ReprintFloorTest {
    @Test
    void collapseKeepsItsPrecisionAndRecall() {
        ReprintEvaluation.Report r = new ReprintEvaluation().run(7, 3);
        System.out.print(r.table());
        assertTrue(r.plantedCopies() > 80, "a corpus big enough to measure: " + r.plantedCopies());
        assertTrue(r.unreadable() <= 4, "nearly every page is read: " + r.unreadable());
        assertTrue(r.pairPrecision() >= 0.98, "precision " + r.pairPrecision());
        assertTrue(r.pairRecall() >= 0.85, "recall " + r.pairRecall());
        assertEquals(0, r.followUpsMerged(), "a distinct story that reuses one paragraph is not a copy");
        assertTrue(
                r.keptOriginal() >= 0.7,
                "the earliest (most often the original; a same-day reprint with a credit line added is longer) is kept: "
                        + r.keptOriginal());
        assertEquals(0, r.demoCopies(), "the demo articles are distinct stories");
        assertTrue(r.demoMaxJaccard() < 0.25, "and far from the threshold: " + r.demoMaxJaccard());
    }

    @Test
    void anotherSeedGivesTheSameQuality() {
        ReprintEvaluation.Report r = new ReprintEvaluation().run(2026, 4);
        assertTrue(r.pairPrecision() >= 0.98 && r.pairRecall() >= 0.85, r.table());
    }
}
