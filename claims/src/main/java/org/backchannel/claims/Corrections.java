package org.backchannel.claims;

import java.util.Locale;

/**
 * Correction notices: "Correction: …", "(Corrects paragraph one to say …)", "Clarification: …",
 * "Editor's note: …", "Updated at 18:40 to reflect …", "This story has been amended", "An earlier
 * version of this article said …". A notice covers its own sentence and the one after it.
 */
final class Corrections {
    private final EpistemicCues cues;

    Corrections(EpistemicCues cues) {
        this.cues = cues;
    }

    /** Whether a sentence opens with a correction notice. */
    boolean opensNotice(String sentence) {
        String t = sentence.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        while (!t.isEmpty() && !Character.isLetter(t.charAt(0))) {
            t = t.substring(1);
        }
        for (String n : cues.all("correct_notice")) {
            if (t.startsWith(n) && (t.length() == n.length() || !Character.isLetter(t.charAt(n.length())))) {
                return true;
            }
        }
        // "Updated at 18:40 to reflect that …", "Updates to say …"
        return (t.startsWith("updated ") || t.startsWith("updates ")) && t.contains(" to ");
    }
}
