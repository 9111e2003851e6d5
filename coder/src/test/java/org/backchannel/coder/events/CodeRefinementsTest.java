package org.backchannel.coder.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.coder.testing.HandParse;
import org.junit.jupiter.api.Test;

/** Codes the target or the toll decides, on sentences parsed by hand. */
class CodeRefinementsTest {
    private static SentenceGraph graph(String tokens, String deps) {
        return new SentenceGraph(HandParse.sentence(tokens, deps), List.of());
    }

    @Test
    void hundredsOrAThreeDigitTollIsAMassKilling() {
        assertTrue(CodeRefinements.massToll(
                graph(
                        "Troops/NNS killed/VBD/O/kill hundreds/NNS of/IN civilians/NNS",
                        "nsubj(killed, Troops) obj(killed, hundreds) nmod:of(hundreds, civilians) case(civilians, of)"),
                1));
        assertTrue(CodeRefinements.massToll(
                graph(
                        "The/DT army/NN killed/VBD/O/kill 223/CD villagers/NNS",
                        "det(army, The) nsubj(killed, army) obj(killed, villagers) nummod(villagers, 223)"),
                2));
        assertFalse(
                CodeRefinements.massToll(
                        graph(
                                "Troops/NNS killed/VBD/O/kill 20/CD civilians/NNS",
                                "nsubj(killed, Troops) obj(killed, civilians) nummod(civilians, 20)"),
                        1),
                "twenty dead is an attack, not a mass killing");
    }

    @Test
    void shootingANamedPersonIsAnAssaultAndShootingThemDeadAnAssassination() {
        Knowledge k = Knowledge.defaults();
        DocumentActors actors = new DocumentActors(k.actors());
        var abe = actors.ref("shinzo-abe", "Abe", LocalDate.of(2022, 7, 8));
        var shot = graph("Abe/NNP was/VBD shot/VBN/O/shoot", "nsubj:pass(shot, Abe) aux:pass(shot, was)");
        var shotDead = graph(
                "Abe/NNP was/VBD shot/VBN/O/shoot dead/JJ",
                "nsubj:pass(shot, Abe) aux:pass(shot, was) xcomp(shot, dead)");
        var codebook = k.ontology().codebook();
        assertEquals(
                "180",
                CodeRefinements.refine(codebook.get("193"), shot, 2, abe, actors, codebook)
                        .cameo());
        assertEquals(
                "186",
                CodeRefinements.refine(codebook.get("193"), shotDead, 2, abe, actors, codebook)
                        .cameo());
        var army = actors.ref("jpn", "Japan", LocalDate.of(2022, 7, 8));
        assertEquals(
                "193",
                CodeRefinements.refine(codebook.get("193"), shot, 2, army, actors, codebook)
                        .cameo(),
                "shooting at a state's side is still a gunfight");
    }

    @Test
    void protestersWhoStormABuildingProtestViolently() {
        assertTrue(CodeRefinements.byProtesters(
                graph(
                        "Thousands/NNS of/IN protesters/NNS/O/protester stormed/VBD/O/storm the/DT residence/NN",
                        "nsubj(stormed, Thousands) case(protesters, of) nmod:of(Thousands, protesters)"
                                + " det(residence, the) obj(stormed, residence)"),
                3));
        assertFalse(CodeRefinements.byProtesters(
                graph(
                        "Troops/NNS/O/troop stormed/VBD/O/storm the/DT village/NN",
                        "nsubj(stormed, Troops) det(village, the) obj(stormed, village)"),
                1));
    }
}
