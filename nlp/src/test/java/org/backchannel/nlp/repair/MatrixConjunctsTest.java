package org.backchannel.nlp.repair;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.backchannel.model.ParsedSentence;
import org.junit.jupiter.api.Test;

/** The second main verb the parser hung inside a reported clause, on graphs written out by hand. */
class MatrixConjunctsTest {
    @Test
    void aPastConjunctOfAPresentReportedClauseBelongsToTheVerbOfSaying() {
        // Peskov denied that Russia targets civilians and accused Kyiv
        ParsedSentence s = MatrixConjuncts.repair(Graphs.sentence(
                "Peskov/NNP denied/VBD that/IN Russia/NNP targets/NNS civilians/NNS and/CC accused/VBN Kyiv/NNP",
                "nsubj 1 0",
                "ccomp 1 4",
                "ccomp 1 7",
                "mark 4 2",
                "nsubj 4 3",
                "obj 4 5",
                "conj:and 4 7",
                "cc 7 6",
                "nsubj 7 3",
                "obj 7 8"));
        assertTrue(Graphs.has(s, "conj:and", 1, 7));
        assertTrue(Graphs.has(s, "nsubj", 7, 0));
        assertFalse(Graphs.has(s, "nsubj", 7, 3) || Graphs.has(s, "ccomp", 1, 7) || Graphs.has(s, "conj:and", 4, 7));
    }

    @Test
    void conjunctsOfOneTenseStayInTheReportedClause() {
        // Kyiv said Russia shelled Kharkiv and killed civilians
        ParsedSentence s = Graphs.sentence(
                "Kyiv/NNP said/VBD Russia/NNP shelled/VBD Kharkiv/NNP and/CC killed/VBD civilians/NNS",
                "nsubj 1 0",
                "ccomp 1 3",
                "nsubj 3 2",
                "obj 3 4",
                "conj:and 3 6",
                "cc 6 5",
                "nsubj 6 2",
                "obj 6 7");
        assertSame(s, MatrixConjuncts.repair(s));
    }
}
