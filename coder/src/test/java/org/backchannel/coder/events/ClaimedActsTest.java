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

class ClaimedActsTest {
    private static final Knowledge K = Knowledge.defaults();

    private static final ParsedSentence BOMBING = HandParse.sentence(
            "A/DT bomb/NN exploded/VBD/O/explode in/IN Kabul/NNP and/CC ISIS/NNP claimed/VBD/O/claim responsibility/NN",
            "det(bomb, A) nsubj(exploded, bomb) case(Kabul, in) obl:in(exploded, Kabul) cc(claimed, and)"
                    + " nsubj(claimed, ISIS) conj:and(exploded, claimed) obj(claimed, responsibility)");
    private static final Mention KABUL = new Mention(0, 4, 5, 4, "afg", "Kabul", Mention.How.METONYM, null);
    private static final Mention ISIS = new Mention(0, 6, 7, 6, "isis", "ISIS", Mention.How.NAME, null);

    private static Match match(
            SentenceGraph g, int token, String code, String head, List<Mention> sources, List<Mention> targets) {
        return Coded.match(K, g, token, code, head, false, sources, targets);
    }

    @Test
    void aClaimOfResponsibilityIsAimedAtWhomTheClaimedActStruck() {
        SentenceGraph g = new SentenceGraph(BOMBING, List.of(KABUL, ISIS));
        Match blast = match(g, 2, "183", "explode", List.of(ISIS), List.of(KABUL));
        Match claim = match(g, 7, "015", "claim", List.of(ISIS), List.of());
        List<Match> aimed = ClaimedActs.aim(List.of(blast, claim));
        assertSame(blast, aimed.get(0));
        assertEquals(
                List.of("afg"),
                aimed.get(1).arguments().targets().stream()
                        .map(Mention::actorId)
                        .toList());
        assertEquals("claimed-act", aimed.get(1).arguments().targetRule());
    }

    @Test
    void somebodyElsesActIsNotClaimed() {
        Mention nato = new Mention(0, 0, 1, 0, "nato", "NATO", Mention.How.NAME, null);
        SentenceGraph g = new SentenceGraph(BOMBING, List.of(KABUL, ISIS));
        Match blast = match(g, 2, "183", "explode", List.of(nato), List.of(KABUL));
        Match claim = match(g, 7, "015", "claim", List.of(ISIS), List.of());
        assertSame(claim, ClaimedActs.aim(List.of(blast, claim)).get(1));
    }

    @Test
    void onlyActsOfForceAreClaimedThisWay() {
        SentenceGraph g = new SentenceGraph(BOMBING, List.of(KABUL, ISIS));
        Match visit = match(g, 2, "042", "visit", List.of(ISIS), List.of(KABUL));
        Match claim = match(g, 7, "015", "claim", List.of(ISIS), List.of());
        assertSame(claim, ClaimedActs.aim(List.of(visit, claim)).get(1));
    }
}
