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

/** What the assembler decides once the sides are known, through the whole coder on hand-parsed sentences. */
class AssemblyRulesTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final LocalDate DAY = LocalDate.of(2024, 12, 3);

    private static List<Event> code(ParsedSentence... sentences) {
        return Coded.events(K, DAY, sentences);
    }

    @Test
    void martialLawAndCurfewsFallOnTheSourcesOwnCountry() {
        List<Event> events = code(HandParse.sentence(
                "Seoul/NNP/LOCATION declared/VBD/O/declare martial/JJ law/NN",
                "nsubj(declared, Seoul) obj(declared, law) amod(law, martial)"));
        Event e = events.stream()
                .filter(x -> x.code().cameo().equals("1724"))
                .findFirst()
                .orElseThrow();
        assertEquals("KOR", e.target().code());
        assertEquals("own-country", e.trace().replaceAll(".*target=", ""));
    }

    @Test
    void oneAssaultToldWithTwoConjoinedVerbsIsOneEvent() {
        List<Event> events = code(HandParse.sentence(
                "Russia/NNP/LOCATION shot/VBD/O/shoot and/CC wounded/VBD/O/wound Robert/NNP/PERSON Fico/NNP/PERSON",
                "nsubj(shot, Russia) cc(wounded, and) conj:and(shot, wounded) obj(shot, Fico) obj(wounded, Fico)"
                        + " nsubj(wounded, Russia) compound(Fico, Robert)"));
        assertEquals(
                1, events.stream().filter(x -> x.code().root().equals("18")).count(), () -> events.toString());
    }

    @Test
    void talkBetweenTwoHoldersOfOneCodeIsAMisreading() {
        List<Event> events = code(HandParse.sentence(
                "Keir/NNP/PERSON Starmer/NNP/PERSON met/VBD/O/meet British/JJ diplomats/NNS/O/diplomat",
                "compound(Starmer, Keir) nsubj(met, Starmer) amod(diplomats, British) obj(met, diplomats)"));
        assertEquals(
                0, events.stream().filter(x -> x.code().root().equals("04")).count(), () -> events.toString());
    }
}
