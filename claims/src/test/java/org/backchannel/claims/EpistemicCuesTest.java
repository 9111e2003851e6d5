package org.backchannel.claims;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The cue file loads whole: every kind the readers use has cues, every kind in it is documented in its header, no cue twice. */
class EpistemicCuesTest {
    /** The kinds the claims stage reads. */
    static final List<String> USED = List.of(
            "report_verb",
            "report_noun",
            "report_adverb",
            "report_adjective",
            "claim_verb",
            "claim_noun",
            "claim_adverb",
            "deny_verb",
            "deny_noun",
            "deny_phrasal",
            "label_verb",
            "denial_word",
            "negator",
            "negating_governor",
            "modal",
            "hypothetical_governor",
            "hypothetical_modifier",
            "conditional",
            "inversion",
            "uncertain",
            "uncertain_when_negated",
            "uncertain_governor",
            "uncertain_modifier",
            "uncertain_phrase",
            "correct_phrase",
            "knowledge_verb",
            "knowledge_barrier",
            "question_governor",
            "correct_verb",
            "correct_noun",
            "correct_adverb",
            "correct_phrasal",
            "earlier_account",
            "later_account",
            "correct_notice",
            "forecast_start",
            "forecast",
            "secret",
            "secret_phrase",
            "mediator_prep",
            "mediator_verb",
            "mediator_noun",
            "mediator_suffix",
            "mediator_role_verb",
            "mediator_message",
            "mediator_behalf",
            "mediator_carry",
            "mediator_broker",
            "mediator_act",
            "mediator_sending",
            "mediator_meeting",
            "mediator_proposal_verb",
            "mediator_settlement",
            "doubted_referent",
            "multilateral_venue");

    @Test
    void everyUsedKindHasCuesAndEveryKindIsDocumented() throws IOException {
        EpistemicCues cues = EpistemicCues.defaults();
        for (String kind : USED) {
            assertFalse(cues.all(kind).isEmpty(), "no cues of kind " + kind);
        }
        String file;
        try (InputStream in = EpistemicCues.class.getResourceAsStream("/backchannel/claims/epistemic-cues.tsv")) {
            file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Set<String> documented = new HashSet<>();
        Set<String> rows = new HashSet<>();
        for (String line : file.split("\n")) {
            if (line.startsWith("#   ")) {
                documented.add(line.substring(4).strip().split("\\s+")[0]);
            } else if (!line.startsWith("#") && !line.isBlank()) {
                String[] cols = line.split("\t");
                assertTrue(cols.length == 2, "two columns: " + line);
                assertTrue(rows.add(line), "listed twice: " + line);
                assertTrue(documented.contains(cols[0]), "kind not documented in the header: " + cols[0]);
                assertTrue(USED.contains(cols[0]), "kind no reader uses: " + cols[0]);
            }
        }
    }

    @Test
    void aCueIsMatchedAsAWholeWordAndByLemma() {
        EpistemicCues cues = EpistemicCues.defaults();
        assertTrue(cues.is("deny_verb", "Deny"));
        assertFalse(cues.is("deny_verb", "say"));
        assertTrue(cues.phraseIn("secret_phrase", "They met behind closed doors in Ankara.") != null);
        assertTrue(cues.phraseIn("secret_phrase", "The doors were closed behind them.") == null);
    }
}
