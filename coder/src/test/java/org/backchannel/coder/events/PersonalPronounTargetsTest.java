package org.backchannel.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.testing.Coded;
import org.backchannel.coder.testing.HandParse;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedSentence;
import org.junit.jupiter.api.Test;

/**
 * A pronoun for one person is a counterpart even of the source's own country ("Bolivian troops arrested
 * him", him being Morales), on sentences parsed by hand.
 */
class PersonalPronounTargetsTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final LocalDate DAY = LocalDate.of(2019, 11, 12);

    private static List<Event> code(ParsedSentence... sentences) {
        return Coded.events(K, DAY, sentences);
    }

    @Test
    void aPersonalPronounOfTheSameCountryIsStillTheTarget() {
        List<Event> events = code(
                HandParse.sentence(
                        0,
                        "Evo/NNP/PERSON Morales/NNP/PERSON spoke/VBD/O/speak",
                        "compound(Morales, Evo) nsubj(spoke, Morales)"),
                HandParse.sentence(
                        1,
                        "Bolivian/JJ troops/NNS/O/troops arrested/VBD/O/arrest him/PRP/O/he",
                        "amod(troops, Bolivian) nsubj(arrested, troops) obj(arrested, him)"));
        List<Event> arrests =
                events.stream().filter(e -> e.code().root().equals("17")).toList();
        assertEquals(1, arrests.size(), events.toString());
        assertEquals("BOL", arrests.get(0).source().code().substring(0, 3));
        assertEquals("evo-morales", arrests.get(0).target().actorId());
    }
}
