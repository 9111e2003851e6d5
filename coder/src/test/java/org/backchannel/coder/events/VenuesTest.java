package org.backchannel.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.coder.testing.Coded;
import org.backchannel.coder.testing.HandParse;
import org.junit.jupiter.api.Test;

class VenuesTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final Venues VENUES = new Venues(K.actors(), K.ontology().codebook());

    private static SentenceGraph met(String place, String country) {
        return new SentenceGraph(
                HandParse.sentence(
                        "Kim/NNP met/VBD/O/meet Putin/NNP at/IN a/DT base/NN in/IN " + place + "/NNP/LOCATION",
                        "nsubj(met, Kim) obj(met, Putin) case(base, at) det(base, a) obl:at(met, base) case(" + place
                                + ", in) nmod:in(base, " + place + ")"),
                List.of(
                        new Mention(0, 0, 1, 0, "kim-jong-un", "Kim", Mention.How.NAME, null),
                        new Mention(0, 2, 3, 2, "vladimir-putin", "Putin", Mention.How.NAME, null),
                        new Mention(0, 7, 8, 7, country, place, Mention.How.PLACE, null)));
    }

    private static Match meeting(SentenceGraph g) {
        return Coded.match(K, g, 1, "040", "meet", false, List.of(g.mentionAt(0)), List.of(g.mentionAt(2)));
    }

    @Test
    void aMeetingOnTheTargetsGroundIsTheSourcesVisit() {
        Match m = VENUES.visits(List.of(meeting(met("Vladivostok", "rus")))).get(0);
        assertEquals("042", m.predicate().code().cameo());
        assertEquals("kim-jong-un", m.arguments().sources().get(0).actorId());
        assertEquals("vladimir-putin", m.arguments().targets().get(0).actorId());
    }

    @Test
    void aMeetingOnTheSourcesGroundIsTheTargetsVisit() {
        Match m = VENUES.visits(List.of(meeting(met("Pyongyang", "prk")))).get(0);
        assertEquals("042", m.predicate().code().cameo());
        assertEquals("vladimir-putin", m.arguments().sources().get(0).actorId());
        assertEquals("kim-jong-un", m.arguments().targets().get(0).actorId());
    }

    @Test
    void aMeetingInAThirdCountryStaysAMeeting() {
        Match meeting = meeting(met("Doha", "qat"));
        assertSame(meeting, VENUES.visits(List.of(meeting)).get(0));
    }
}
