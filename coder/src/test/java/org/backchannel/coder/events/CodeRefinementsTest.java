package org.backchannel.coder.events;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.coder.testing.HandParse;
import org.junit.jupiter.api.Test;

/** The toll that makes a killing CAMEO's mass killing (202), on sentences parsed by hand. */
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
}
