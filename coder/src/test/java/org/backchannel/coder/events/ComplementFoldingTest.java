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

class ComplementFoldingTest {
    private static final Knowledge K = Knowledge.defaults();

    private static Match match(
            SentenceGraph g, int token, String code, String head, List<Mention> sources, List<Mention> targets) {
        return Coded.match(K, g, token, code, head, false, sources, targets);
    }

    @Test
    void whatADemandAsksForIsNoEventOfItsOwn() {
        ParsedSentence s = HandParse.sentence(
                "China/NNP demanded/VBD/O/demand that/IN the/DT US/NNP cancel/VB the/DT sale/NN",
                "nsubj(demanded, China) ccomp(demanded, cancel) mark(cancel, that) det(US, the) nsubj(cancel, US) det(sale, the-7) obj(cancel, sale)");
        Mention china = new Mention(0, 0, 1, 0, "chn", "China", Mention.How.STATE, null);
        Mention us = new Mention(0, 4, 5, 4, "usa", "US", Mention.How.STATE, null);
        SentenceGraph g = new SentenceGraph(s, List.of(china, us));
        Match demand = match(g, 1, "100", "demand", List.of(china), List.of(us));
        Match cancel = match(g, 5, "080", "cancel", List.of(us), List.of());
        assertEquals(List.of(demand), ComplementFolding.fold(List.of(demand, cancel)));
    }

    @Test
    void anOfferTakesTheTargetOfWhatItOffers() {
        ParsedSentence s = HandParse.sentence(
                "Obama/NNP agreed/VBD/O/agree to/TO lift/VB sanctions/NNS/O/sanction on/IN Iran/NNP",
                "nsubj(agreed, Obama) xcomp(agreed, lift) mark(lift, to) obj(lift, sanctions) case(Iran, on) nmod:on(sanctions, Iran)");
        Mention obama = new Mention(0, 0, 1, 0, "barack-obama", "Obama", Mention.How.NAME, null);
        Mention iran = new Mention(0, 6, 7, 6, "irn", "Iran", Mention.How.STATE, null);
        SentenceGraph g = new SentenceGraph(s, List.of(obama, iran));
        Match agree = match(g, 1, "030", "agree", List.of(obama), List.of());
        Match lift = match(g, 3, "085", "lift", List.of(obama), List.of(iran));
        List<Match> folded = ComplementFolding.fold(List.of(agree, lift));
        assertEquals(1, folded.size());
        assertEquals(
                List.of("irn"),
                folded.get(0).arguments().targets().stream()
                        .map(Mention::actorId)
                        .toList());
        assertEquals("folded-complement", folded.get(0).arguments().targetRule());
    }

    @Test
    void aProtestWhosePurposeIsAProtestIsOneActWithItsTarget() {
        ParsedSentence s = HandParse.sentence(
                "Tibetans/NNPS began/VBD/O/begin a/DT hunger/NN strike/NN to/TO protest/VB/O/protest"
                        + " against/IN China/NNP",
                "nsubj(began, Tibetans) det(strike, a) compound(strike, hunger) obj(began, strike)"
                        + " advcl(began, protest) mark(protest, to) case(China, against) obl:against(protest, China)");
        Mention tibetans = new Mention(0, 0, 1, 0, "chn-cvl", "Tibetans", Mention.How.GROUP, null);
        Mention china = new Mention(0, 8, 9, 8, "chn", "China", Mention.How.STATE, null);
        SentenceGraph g = new SentenceGraph(s, List.of(tibetans, china));
        Match strike = match(g, 1, "142", "begin obj=hunger_strike", List.of(tibetans), List.of());
        Match protest = match(g, 6, "140", "protest", List.of(tibetans), List.of(china));
        List<Match> folded = ComplementFolding.fold(List.of(strike, protest));
        assertEquals(1, folded.size());
        assertEquals("142", folded.get(0).predicate().code().cameo());
        assertEquals(
                List.of("chn"),
                folded.get(0).arguments().targets().stream()
                        .map(Mention::actorId)
                        .toList());
    }

    @Test
    void aSaidClauseIsNotFolded() {
        ParsedSentence s = HandParse.sentence(
                "Israel/NNP said/VBD/O/say it/PRP attacked/VBD/O/attack Gaza/NNP",
                "nsubj(said, Israel) ccomp(said, attacked) nsubj(attacked, it) obj(attacked, Gaza)");
        Mention isr = new Mention(0, 0, 1, 0, "isr", "Israel", Mention.How.STATE, null);
        SentenceGraph g = new SentenceGraph(s, List.of(isr));
        Match attack = match(g, 3, "190", "attack", List.of(isr), List.of());
        assertEquals(List.of(attack), ComplementFolding.fold(List.of(attack)));
    }
}
