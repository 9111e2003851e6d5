package org.backchannel.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.coder.testing.Coded;
import org.backchannel.coder.testing.HandParse;
import org.backchannel.model.ParsedSentence;
import org.junit.jupiter.api.Test;

class ReferredEventsTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final ParsedSentence CONDEMNED = HandParse.sentence(
            "India/NNP condemned/VBD/O/condemn Russia/NNP 's/POS invasion/NN of/IN Ukraine/NNP",
            "nsubj(condemned, India) obj(condemned, invasion) nmod:poss(invasion, Russia) case(Russia, 's)"
                    + " case(Ukraine, of) nmod:of(invasion, Ukraine)");
    private static final Mention IND = new Mention(0, 0, 1, 0, "ind", "India", Mention.How.STATE, null);
    private static final Mention RUS = new Mention(0, 2, 3, 2, "rus", "Russia", Mention.How.STATE, null);
    private static final Mention UKR = new Mention(0, 6, 7, 6, "ukr", "Ukraine", Mention.How.STATE, null);

    private static Match match(
            SentenceGraph g, int token, String code, String head, boolean noun, Mention source, Mention target) {
        return Coded.match(K, g, token, code, head, noun, List.of(source), List.of(target));
    }

    @Test
    void anActACondemnationReactsToIsNotNewsOfItsOwn() {
        SentenceGraph g = new SentenceGraph(CONDEMNED, List.of(IND, RUS, UKR));
        Match condemn = match(g, 1, "111", "condemn", false, IND, RUS);
        Match invasion = match(g, 4, "192", "invasion", true, RUS, UKR);
        assertEquals(List.of(condemn), ReferredEvents.drop(List.of(condemn, invasion)));
    }

    @Test
    void anActAnnouncedOrCarriedOutStays() {
        SentenceGraph g = new SentenceGraph(CONDEMNED, List.of(IND, RUS, UKR));
        Match announce = match(g, 1, "010", "announce", false, IND, RUS);
        Match invasion = match(g, 4, "192", "invasion", true, RUS, UKR);
        assertEquals(List.of(announce, invasion), ReferredEvents.drop(List.of(announce, invasion)));
    }

    @Test
    void whatARetaliationAnswersIsNotNewsOfItsOwn() {
        ParsedSentence s = HandParse.sentence(
                "Belarus/NNP expelled/VBD/O/expel diplomats/NNS/O/diplomat in/IN retaliation/NN for/IN EU/NNP sanctions/NNS/O/sanction",
                "nsubj(expelled, Belarus) obj(expelled, diplomats) case(retaliation, in) obl:in(expelled, retaliation)"
                        + " case(sanctions, for) compound(sanctions, EU) nmod:for(retaliation, sanctions)");
        Mention blr = new Mention(0, 0, 1, 0, "blr", "Belarus", Mention.How.STATE, null);
        Mention eu = new Mention(0, 6, 7, 6, "eu", "EU", Mention.How.NAME, null);
        SentenceGraph g = new SentenceGraph(s, List.of(blr, eu));
        Match expel = match(g, 1, "174", "expel", false, blr, eu);
        Match sanctions = match(g, 7, "163", "sanction", true, eu, blr);
        assertEquals(List.of(expel), ReferredEvents.drop(List.of(expel, sanctions)));
    }
}
