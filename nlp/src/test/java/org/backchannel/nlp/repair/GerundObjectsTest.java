package org.backchannel.nlp.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backchannel.model.ParsedSentence;
import org.junit.jupiter.api.Test;

/** The gerund repair on the graphs the parser gives, written out by hand. */
class GerundObjectsTest {
    @Test
    void aGerundBeforeAPossessorIsAVerbWithThatObject() {
        // Russia denied striking Kyiv 's hospital
        ParsedSentence s = GerundObjects.repair(Graphs.sentence(
                "Russia/NNP denied/VBD striking/JJ Kyiv/NNP 's/POS hospital/NN",
                "nsubj 1 0",
                "obj 1 5",
                "amod 5 2",
                "nmod:poss 5 3",
                "case 3 4"));
        assertTrue(Graphs.has(s, "xcomp", 1, 2));
        assertTrue(Graphs.has(s, "obj", 2, 5));
        assertTrue(Graphs.has(s, "nsubj:xsubj", 2, 0));
        assertEquals("VBG", s.token(2).pos());
        assertEquals("strike", s.token(2).lemma());
    }

    @Test
    void aGerundAfterOfTakesTheNounAndItsConjunctsAsObjects() {
        // Israel accused Hamas of using hospitals and civilians
        ParsedSentence s = GerundObjects.repair(Graphs.sentence(
                "Israel/NNP accused/VBD Hamas/NNP of/IN using/VBG hospitals/NNS and/CC civilians/NNS",
                "nsubj 1 0",
                "obj 1 2",
                "obl:of 1 5",
                "obl:of 1 7",
                "case 5 3",
                "amod 5 4",
                "conj:and 5 7",
                "cc 7 6"));
        assertTrue(Graphs.has(s, "advcl:of", 1, 4));
        assertTrue(Graphs.has(s, "mark", 4, 3));
        assertTrue(Graphs.has(s, "obj", 4, 5));
        assertTrue(Graphs.has(s, "obj", 4, 7));
        assertTrue(!Graphs.has(s, "obl:of", 1, 5) && !Graphs.has(s, "obl:of", 1, 7) && !Graphs.has(s, "amod", 5, 4));
    }

    @Test
    void participlesThatNewsUsesAsAdjectivesStay() {
        // amid rising tensions; told visiting minister Abe
        ParsedSentence rising = Graphs.sentence(
                "Talks/NNS stalled/VBD amid/IN rising/VBG tensions/NNS",
                "nsubj 1 0",
                "obl:amid 1 4",
                "case 4 2",
                "amod 4 3");
        assertSame(rising, GerundObjects.repair(rising));
        ParsedSentence visiting = Graphs.sentence(
                "Khamenei/NNP told/VBD visiting/VBG minister/NN Abe/NNP",
                "nsubj 1 0",
                "obj 1 4",
                "amod 4 2",
                "compound 4 3");
        assertSame(visiting, GerundObjects.repair(visiting));
        // "attacked fleeing civilians": a verb that takes no gerund keeps its object
        ParsedSentence fleeing = Graphs.sentence(
                "Troops/NNS attacked/VBD marching/VBG civilians/NNS", "nsubj 1 0", "obj 1 3", "amod 3 2");
        assertSame(fleeing, GerundObjects.repair(fleeing));
    }
}
