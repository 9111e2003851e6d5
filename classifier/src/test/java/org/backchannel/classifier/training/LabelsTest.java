package org.backchannel.classifier.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.learned.Clause;
import org.backchannel.coder.learned.RootScores;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.EventCode;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.junit.jupiter.api.Test;

/** How a training text's knowledge of its events labels the clauses the coder presents. */
class LabelsTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final SentenceGraph G = new SentenceGraph(
            new ParsedSentence(
                    0,
                    "Russia cracked down on Ukraine",
                    0,
                    30,
                    List.of(
                            new Token(0, "Russia", "Russia", "NNP", "LOCATION", 0, 6),
                            new Token(1, "cracked", "crack", "VBD", "O", 7, 14),
                            new Token(2, "down", "down", "RP", "O", 15, 19),
                            new Token(3, "on", "on", "IN", "O", 20, 22),
                            new Token(4, "Ukraine", "Ukraine", "NNP", "LOCATION", 23, 30)),
                    List.of()),
            List.of());

    private static Clause clause(String coded) {
        EventCode code = coded == null ? null : K.ontology().codebook().get(coded);
        return new Clause(G, 1, null, null, code, "X cracked down on Y");
    }

    private static Labels.GoldPair gold(String source, String target, String... roots) {
        return new Labels.GoldPair(source, target, List.of(roots));
    }

    @Test
    void aPatternExampleLabelsOnlyTheClauseItsPatternCodes() {
        Labels l = new Labels.PatternExample("17", "crack_down");
        assertEquals("17", l.label(clause("175"), "RUS", "UKR"));
        assertNull(l.label(clause("190"), "RUS", "UKR"), "another root: some other pattern's clause");
        assertNull(l.label(clause(null), "RUS", "UKR"));
    }

    @Test
    void goldEventsLabelByTheirSidesInEitherOrder() {
        Labels l = new Labels.GoldEvents(List.of(gold("RUS", "UKR", "19", "17")), true);
        assertEquals("19", l.label(clause(null), "UKR", "RUS"));
        assertEquals("17", l.label(clause("175"), "RUS", "UKR"), "a coded root the gold allows stands");
        assertEquals("19", l.label(clause("040"), "RUS", "UKR"), "a coded root the gold does not allow gives way");
        assertEquals(
                RootScores.NONE, l.label(clause("190"), "RUS", "BLR"), "an exhaustive list without the pair: no event");
        assertNull(
                new Labels.GoldEvents(List.of(gold("RUS", "UKR", "19")), false).label(clause(null), "RUS", "BLR"),
                "a list that names one event says nothing of other pairs");
        assertNull(l.label(clause(null), "RUS", null));
    }

    @Test
    void ambiguousPairsAreLeftOut() {
        Labels two = new Labels.GoldEvents(List.of(gold("RUS", "UKR", "19"), gold("RUS", "UKR", "04")), true);
        assertNull(
                two.label(clause(null), "RUS", "UKR"), "two events between the same sides: which one is this clause?");
        assertEquals("04", two.label(clause("040"), "RUS", "UKR"));
        Labels half = new Labels.GoldEvents(List.of(gold("RUS", null, "19")), true);
        assertNull(half.label(clause(null), "RUS", "UKR"), "a gold event with one side unknown may be this one");
    }

    @Test
    void theHeldOutSplitIsFixed() {
        assertEquals(TrainingData.heldOut("bc-0002"), TrainingData.heldOut("bc-0002"));
        long held = java.util.stream.IntStream.range(0, 1000)
                .filter(i -> TrainingData.heldOut("id-" + i))
                .count();
        assertEquals(200, held, 40);
    }
}
