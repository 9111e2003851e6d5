package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * "The North" and "the South" in a story about a divided country: "Seoul urged the North to return to
 * talks" names North Korea once either Korea is named in the document. Nothing is read without one.
 */
final class DividedStates implements MentionRule {
    /** A half, the country code of each half, and the country codes that make the story about them. */
    private record Half(String word, String country, List<String> story) {}

    private static final List<Half> HALVES =
            List.of(new Half("north", "PRK", List.of("PRK", "KOR")), new Half("south", "KOR", List.of("PRK", "KOR")));

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        List<Mention> out = new ArrayList<>();
        for (Token tk : s.tokens()) {
            if (ctx.covered(tk.index())
                    || !tk.isProperNoun()
                    || tk.index() == 0
                    || !s.token(tk.index() - 1).word().equalsIgnoreCase("the")) {
                continue;
            }
            for (Half h : HALVES) {
                boolean about = h.story().stream().anyMatch(c -> ctx.document().count(c) > 0);
                boolean alone = tk.index() + 1 >= s.tokens().size()
                        || !s.token(tk.index() + 1).isProperNoun();
                if (tk.word().equalsIgnoreCase(h.word()) && about && alone) {
                    String id = h.country().toLowerCase(java.util.Locale.ROOT); // a state's id, as Places reads it
                    String text = s.span(tk.index() - 1, tk.index() + 1);
                    ctx.document().actors().named(id, text);
                    out.add(new Mention(
                            s.index(),
                            tk.index() - 1,
                            tk.index() + 1,
                            tk.index(),
                            id,
                            text,
                            Mention.How.DESCRIPTION,
                            null));
                }
            }
        }
        return out;
    }
}
