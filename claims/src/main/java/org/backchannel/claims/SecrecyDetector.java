package org.backchannel.claims;

import java.util.Locale;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/** Finds the cues of secrecy in a sentence ("secret", "backchannel", "behind closed doors"). */
final class SecrecyDetector {
    private final EpistemicCues cues;

    SecrecyDetector(EpistemicCues cues) {
        this.cues = cues;
    }

    /** The secrecy cue of the sentence, or null. "Trade secrets" and "Secretary" are not cues. */
    String cue(ParsedSentence s) {
        for (Token t : s.tokens()) {
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (!cues.is("secret", lemma) || t.isProperNoun()) {
                continue; // "Backchannel Wire" is a name, not a cue
            }
            boolean nounWithModifier = t.isNoun()
                    && s.children(t.index()).stream().anyMatch(d -> d.relation().equals("compound"));
            if (!nounWithModifier) {
                return t.word();
            }
        }
        return cues.phraseIn("secret_phrase", s.text());
    }
}
