package org.backchannel.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.coder.testing.Coded;
import org.backchannel.coder.testing.HandParse;
import org.backchannel.model.ParsedSentence;
import org.junit.jupiter.api.Test;

class ParallelClausesTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final ParsedSentence SENT = HandParse.sentence(
            "Germany/NNP sent/VBD/O/send tanks/NNS/O/tank to/IN Ukraine/NNP and/CC France/NNP said/VBD/O/say it/PRP"
                    + " would/MD supply/VB/O/supply jets/NNS/O/jet",
            "nsubj(sent, Germany) obj(sent, tanks) case(Ukraine, to) obl:to(sent, Ukraine) cc(said, and)"
                    + " conj:and(sent, said) nsubj(said, France) ccomp(said, supply) nsubj(supply, it)"
                    + " aux(supply, would) obj(supply, jets)");
    private static final Mention DEU = new Mention(0, 0, 1, 0, "deu", "Germany", Mention.How.STATE, null);
    private static final Mention UKR = new Mention(0, 4, 5, 4, "ukr", "Ukraine", Mention.How.STATE, null);
    private static final Mention FRA = new Mention(0, 6, 7, 6, "fra", "France", Mention.How.STATE, null);

    private static Match match(SentenceGraph g, int token, String code, String head, List<Mention> s, List<Mention> t) {
        return Coded.match(K, g, token, code, head, false, s, t);
    }

    @Test
    void aConjoinedClauseOfTheSameKindTakesTheFirstOnesCounterpart() {
        SentenceGraph g = new SentenceGraph(SENT, List.of(DEU, UKR, FRA));
        Match sent = match(g, 1, "072", "send", List.of(DEU), List.of(UKR));
        Match supply = match(g, 10, "072", "supply", List.of(FRA), List.of());
        List<Match> out = ParallelClauses.complete(List.of(sent, supply));
        assertSame(sent, out.get(0));
        assertEquals(
                List.of("ukr"),
                out.get(1).arguments().targets().stream().map(Mention::actorId).toList());
        assertEquals("parallel-clause", out.get(1).arguments().targetRule());
    }

    @Test
    void anActOfAnotherKindKeepsItsOneSide() {
        SentenceGraph g = new SentenceGraph(SENT, List.of(DEU, UKR, FRA));
        Match sent = match(g, 1, "072", "send", List.of(DEU), List.of(UKR));
        Match supply = match(g, 10, "190", "supply", List.of(FRA), List.of());
        assertSame(supply, ParallelClauses.complete(List.of(sent, supply)).get(1));
    }
}
