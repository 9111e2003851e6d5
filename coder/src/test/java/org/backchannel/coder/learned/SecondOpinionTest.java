package org.backchannel.coder.learned;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.DependencyEventCoder;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.testing.HandParse;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/** The coder's hook for a learned classifier, with a fake classifier standing in for the model. */
class SecondOpinionTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);
    private static final List<String> CLASSES = List.of("19", "04", RootScores.NONE);

    /** Answers the same scores for every clause and keeps what it was asked. */
    private static final class Fake implements ClauseClassifier {
        final List<Clause> asked = new ArrayList<>();
        final double[] scores;

        Fake(double... scores) {
            this.scores = scores;
        }

        @Override
        public List<RootScores> classify(List<Clause> clauses) {
            asked.addAll(clauses);
            return clauses.stream().map(c -> new RootScores(CLASSES, scores)).toList();
        }
    }

    /** "Russia courted Ukraine": "court" has no pattern, and both sides are states. */
    private static ParsedDocument uncoded() {
        return HandParse.document(
                DAY,
                HandParse.sentence(
                        "Russia/NNP/LOCATION courted/VBD/O/court Ukraine/NNP/LOCATION",
                        "nsubj(courted, Russia) obj(courted, Ukraine)"));
    }

    /** "Russia attacked Ukraine": coded 190 by the patterns. */
    private static ParsedDocument coded() {
        return HandParse.document(
                DAY,
                HandParse.sentence(
                        "Russia/NNP/LOCATION attacked/VBD/O/attack Ukraine/NNP/LOCATION",
                        "nsubj(attacked, Russia) obj(attacked, Ukraine)"));
    }

    private static List<Event> code(ParsedDocument doc, ClauseClassifier c, SecondOpinion.Uses uses) {
        return new DependencyEventCoder(K, new SecondOpinion(K, c, uses))
                .code(doc, new DocumentActors(K.actors()))
                .events();
    }

    @Test
    void withoutAClassifierAnUncodedVerbGivesNoEvent() {
        assertEquals(
                List.of(),
                new DependencyEventCoder(K)
                        .code(uncoded(), new DocumentActors(K.actors()))
                        .events());
    }

    @Test
    void aConfidentRootIsProposedWithTheRootsCodeAndTheProbabilityInTheTrace() {
        Fake fake = new Fake(0.9, 0.05, 0.05);
        List<Event> events = code(uncoded(), fake, new SecondOpinion.Uses(true, 0.5, SecondOpinion.Flag.OFF, 1, 0));
        assertEquals(1, events.size());
        Event e = events.get(0);
        assertEquals("190", e.code().cameo());
        assertEquals("RUS", e.source().code());
        assertEquals("UKR", e.target().code());
        assertTrue(e.trace().startsWith("classifier p=0.90"), e.trace());
        assertEquals("X courted Y", fake.asked.get(0).text());
        assertEquals(null, fake.asked.get(0).coded());
    }

    @Test
    void noProposalBelowTheThresholdNorForNone() {
        SecondOpinion.Uses uses = new SecondOpinion.Uses(true, 0.5, SecondOpinion.Flag.OFF, 1, 0);
        assertEquals(List.of(), code(uncoded(), new Fake(0.4, 0.3, 0.3), uses));
        assertEquals(List.of(), code(uncoded(), new Fake(0.1, 0.1, 0.8), uses));
    }

    @Test
    void aReportingVerbIsNeverProposed() {
        ParsedDocument told = HandParse.document(
                DAY,
                HandParse.sentence(
                        "Russia/NNP/LOCATION told/VBD/O/tell Ukraine/NNP/LOCATION",
                        "nsubj(told, Russia) obj(told, Ukraine)"));
        Fake fake = new Fake(0.9, 0.05, 0.05);
        assertEquals(List.of(), code(told, fake, new SecondOpinion.Uses(true, 0.5, SecondOpinion.Flag.OFF, 1, 0)));
        assertEquals(List.of(), fake.asked);
    }

    @Test
    void aDoubtedEventIsDroppedOrMarkedAndAnAgreedOneKept() {
        Fake doubting = new Fake(0.01, 0.01, 0.98);
        assertEquals(
                List.of(),
                code(coded(), doubting, new SecondOpinion.Uses(false, 1, SecondOpinion.Flag.DROP, 0.9, 0.05)));
        assertEquals(
                "190",
                code(coded(), doubting, new SecondOpinion.Uses(false, 1, SecondOpinion.Flag.OFF, 0.9, 0.05))
                        .get(0)
                        .code()
                        .cameo());
        List<Event> marked =
                code(coded(), doubting, new SecondOpinion.Uses(false, 1, SecondOpinion.Flag.MARK, 0.9, 0.05));
        assertEquals(1, marked.size());
        assertTrue(
                marked.get(0).trace().contains("classifier doubts: none p=0.98"),
                marked.get(0).trace());
        Fake agreeing = new Fake(0.95, 0.03, 0.02);
        assertEquals(
                1,
                code(coded(), agreeing, new SecondOpinion.Uses(false, 1, SecondOpinion.Flag.DROP, 0.9, 0.05))
                        .size());
        assertEquals("190", agreeing.asked.get(0).coded().cameo());
    }
}
