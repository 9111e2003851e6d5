package org.backchannel.nlp.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.junit.jupiter.api.Test;

/** The gerund repair on the graphs the parser gives, written out by hand. */
class GerundObjectsTest {
    /** Tokens as word/POS; dependencies as "rel governor dependent" with 0-based token indexes. */
    private static ParsedSentence sentence(String tokens, String... deps) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String t : tokens.split(" ")) {
            String[] f = t.split("/");
            out.add(new Token(
                    out.size(), f[0], f[0].toLowerCase(java.util.Locale.ROOT), f[1], "O", at, at + f[0].length()));
            at += f[0].length() + 1;
        }
        List<Dependency> ds = new ArrayList<>();
        for (String d : deps) {
            String[] f = d.split(" ");
            ds.add(new Dependency(Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[0]));
        }
        return new ParsedSentence(0, tokens, 0, at, out, ds);
    }

    private static boolean has(ParsedSentence s, String rel, int governor, int dependent) {
        return s.dependencies().contains(new Dependency(governor, dependent, rel));
    }

    @Test
    void aGerundBeforeAPossessorIsAVerbWithThatObject() {
        // Russia denied striking Kyiv 's hospital
        ParsedSentence s = GerundObjects.repair(sentence(
                "Russia/NNP denied/VBD striking/JJ Kyiv/NNP 's/POS hospital/NN",
                "nsubj 1 0",
                "obj 1 5",
                "amod 5 2",
                "nmod:poss 5 3",
                "case 3 4"));
        assertTrue(has(s, "xcomp", 1, 2));
        assertTrue(has(s, "obj", 2, 5));
        assertTrue(has(s, "nsubj:xsubj", 2, 0));
        assertEquals("VBG", s.token(2).pos());
        assertEquals("strike", s.token(2).lemma());
    }

    @Test
    void aGerundAfterOfTakesTheNounAndItsConjunctsAsObjects() {
        // Israel accused Hamas of using hospitals and civilians
        ParsedSentence s = GerundObjects.repair(sentence(
                "Israel/NNP accused/VBD Hamas/NNP of/IN using/VBG hospitals/NNS and/CC civilians/NNS",
                "nsubj 1 0",
                "obj 1 2",
                "obl:of 1 5",
                "obl:of 1 7",
                "case 5 3",
                "amod 5 4",
                "conj:and 5 7",
                "cc 7 6"));
        assertTrue(has(s, "advcl:of", 1, 4));
        assertTrue(has(s, "mark", 4, 3));
        assertTrue(has(s, "obj", 4, 5));
        assertTrue(has(s, "obj", 4, 7));
        assertTrue(!has(s, "obl:of", 1, 5) && !has(s, "obl:of", 1, 7) && !has(s, "amod", 5, 4));
    }

    @Test
    void participlesThatNewsUsesAsAdjectivesStay() {
        // amid rising tensions; told visiting minister Abe
        ParsedSentence rising = sentence(
                "Talks/NNS stalled/VBD amid/IN rising/VBG tensions/NNS",
                "nsubj 1 0",
                "obl:amid 1 4",
                "case 4 2",
                "amod 4 3");
        assertSame(rising, GerundObjects.repair(rising));
        ParsedSentence visiting = sentence(
                "Khamenei/NNP told/VBD visiting/VBG minister/NN Abe/NNP",
                "nsubj 1 0",
                "obj 1 4",
                "amod 4 2",
                "compound 4 3");
        assertSame(visiting, GerundObjects.repair(visiting));
        // "attacked fleeing civilians": a verb that takes no gerund keeps its object
        ParsedSentence fleeing =
                sentence("Troops/NNS attacked/VBD marching/VBG civilians/NNS", "nsubj 1 0", "obj 1 3", "amod 3 2");
        assertSame(fleeing, GerundObjects.repair(fleeing));
    }
}
