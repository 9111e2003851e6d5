package org.backchannel.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.testing.Coded;
import org.backchannel.coder.testing.HandParse;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedSentence;
import org.junit.jupiter.api.Test;

/** A reaction to "the arrest" aims at whoever made the arrest told before, on sentences parsed by hand. */
class EventReferentsTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private static List<Event> code(ParsedSentence... sentences) {
        return Coded.events(K, DAY, sentences);
    }

    private static ParsedSentence condemned(int index) {
        return HandParse.sentence(
                index,
                "Germany/NNP/LOCATION condemned/VBD/O/condemn the/DT arrest/NN",
                "nsubj(condemned, Germany) obj(condemned, arrest) det(arrest, the)");
    }

    @Test
    void aDefiniteEventNounRefersToTheLatestEventOfItsKind() {
        List<Event> events = code(
                HandParse.sentence(
                        0,
                        "Russia/NNP/LOCATION arrested/VBD/O/arrest Ukrainian/JJ activists/NNS/O/activist",
                        "nsubj(arrested, Russia) obj(arrested, activists) amod(activists, Ukrainian)"),
                condemned(1));
        Event condemned = events.stream()
                .filter(e -> e.code().root().equals("11"))
                .findFirst()
                .orElseThrow();
        assertEquals("DEU", condemned.source().code());
        assertEquals("RUS", condemned.target().code());
    }

    @Test
    void withNoEarlierEventNobodyIsGuessed() {
        // the condemnation keeps its source alone, marked for the claims stage to leave out as told
        List<Event> condemnations = code(condemned(0)).stream()
                .filter(e -> e.code().root().equals("11"))
                .toList();
        assertTrue(condemnations.stream().allMatch(OneSidedEvents::needsTarget), condemnations.toString());
    }
}
