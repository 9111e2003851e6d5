package org.backchannel.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.bench.eval.EpistemicCase;
import org.backchannel.bench.eval.EpistemicEvaluator;
import org.backchannel.bench.eval.EpistemicOutput;
import org.backchannel.bench.eval.EpistemicReport;
import org.backchannel.bench.eval.EpistemicScore;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

/**
 * The epistemic layer measured on the project's own cases, the dev part (rules are written against
 * it) and the held-out part (only measured) apart. Floors are the figures reached when they were last
 * raised, minus a small margin; docs/accuracy.md has the figures.
 */
class EpistemicFloorTest {
    /** Status accuracy over all dev cases (a case where the coder finds no event counts as wrong); reached 0.526. */
    static final double DEV_STATUS_FLOOR = 0.50;
    /** The same over the held-out cases; reached 0.531. */
    static final double HELDOUT_STATUS_FLOOR = 0.50;
    /** Held-out status accuracy over the cases where the coder found some event; reached 0.779. */
    static final double HELDOUT_STATUS_WITH_EVENT_FLOOR = 0.75;
    /** The weakest held-out status among cases with some event; reached 0.636 (corrected). */
    static final double HELDOUT_WORST_STATUS_WITH_EVENT_FLOOR = 0.60;
    /** Secrecy flag accuracy over all cases; reached 0.968. */
    static final double SECRECY_FLOOR = 0.95;
    /** Mediator precision and recall over all cases; reached 0.882 and 0.429. */
    static final double MEDIATOR_PRECISION_FLOOR = 0.85;

    static final double MEDIATOR_RECALL_FLOOR = 0.40;

    @Test
    void statusSecrecyAndMediatorOnDevAndHeldOut() throws Exception {
        List<EpistemicCase> cases = EpistemicCase.parse(DemoCorpus.EPISTEMIC, DemoCorpus.lines(DemoCorpus.EPISTEMIC));
        EpistemicReport r = new EpistemicEvaluator(Pipeline.standard()).evaluate(cases);
        System.out.print(EpistemicOutput.table(r, 0));
        // only dev misses are written out: the held-out texts stay unread while rules are written
        Files.createDirectories(Path.of("target"));
        Files.write(
                Path.of("target/epistemic-dev-misses.txt"),
                r.statusMisses(EpistemicCase.DEV).stream()
                        .map(EpistemicOutput::describe)
                        .toList());
        EpistemicScore dev = r.part(EpistemicCase.DEV);
        EpistemicScore held = r.part(EpistemicCase.HELDOUT);
        EpistemicScore all = r.part(EpistemicEvaluator.ALL);
        assertTrue(cases.size() >= 600, "cases: " + cases.size());
        assertTrue(held.cases() >= 0.4 * cases.size(), "held-out part too small: " + held.cases());
        System.out.printf(
                "status accuracy: dev %.3f (with event %.3f), held-out %.3f (with event %.3f, weakest status %.3f)%n",
                dev.statusAccuracy(),
                dev.statusAccuracyFound(),
                held.statusAccuracy(),
                held.statusAccuracyFound(),
                held.worstStatusAccuracyFound());
        assertTrue(dev.statusAccuracy() >= DEV_STATUS_FLOOR, "dev status accuracy " + dev.statusAccuracy());
        assertTrue(held.statusAccuracy() >= HELDOUT_STATUS_FLOOR, "held-out status accuracy " + held.statusAccuracy());
        assertTrue(
                held.statusAccuracyFound() >= HELDOUT_STATUS_WITH_EVENT_FLOOR,
                "held-out status accuracy with event " + held.statusAccuracyFound());
        assertTrue(
                held.worstStatusAccuracyFound() >= HELDOUT_WORST_STATUS_WITH_EVENT_FLOOR,
                "held-out weakest status " + held.worstStatusAccuracyFound());
        assertTrue(all.secrecyAccuracy() >= SECRECY_FLOOR, "secrecy accuracy " + all.secrecyAccuracy());
        assertTrue(
                all.mediatorPrecision() >= MEDIATOR_PRECISION_FLOOR, "mediator precision " + all.mediatorPrecision());
        assertTrue(all.mediatorRecall() >= MEDIATOR_RECALL_FLOOR, "mediator recall " + all.mediatorRecall());
    }

    @Test
    void everyCaseNamesItsPartAndAKnownStatus() {
        List<EpistemicCase> cases = EpistemicCase.parse(DemoCorpus.EPISTEMIC, DemoCorpus.lines(DemoCorpus.EPISTEMIC));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (EpistemicCase c : cases) {
            assertTrue(ids.add(c.id()), "duplicate id " + c.id());
            assertTrue(c.split().equals(EpistemicCase.DEV) || c.split().equals(EpistemicCase.HELDOUT), c.id());
            org.backchannel.model.Status.parse(c.status());
            // a mediator is never one of the sides; one original held-out case (ep-question-025) names its
            // source as mediator and stays as written, since held-out cases are not edited after the split
            assertTrue(
                    c.mediator() == null
                            || !c.mediator().equals(c.source()) && !c.mediator().equals(c.target())
                            || c.id().equals("ep-question-025"),
                    "a mediator is never one of the sides: " + c.id());
        }
        // the split of the original cases is frozen: CRC32 of the id, mod 100, below 40 is held out
        for (EpistemicCase c : cases) {
            if (c.id().startsWith("ep-")) {
                java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                crc.update(c.id().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                assertTrue(
                        c.split().equals(crc.getValue() % 100 < 40 ? EpistemicCase.HELDOUT : EpistemicCase.DEV),
                        c.id());
            } else {
                assertTrue(
                        c.split().equals(EpistemicCase.HELDOUT), "cases added after the split are held out: " + c.id());
            }
        }
    }
}
