package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.ParsedSentence;

/**
 * The title phrase of a person's name ("British Defence Secretary" in "British Defence Secretary Tom
 * King"), and the sector it gives: how a person with no known office on the story's day is still
 * coded as a government, military or party actor when the text says so.
 */
public final class TitlePhrase {
    private static final int TITLE_WINDOW = 4;

    private TitlePhrase() {}

    /**
     * The words before a name that belong to its phrase ("British Defence Secretary" in "British
     * Defence Secretary Tom King"): modifiers of the name's head that precede it, and their own
     * modifiers, within {@value #TITLE_WINDOW} tokens.
     */
    static List<Integer> words(ParsedSentence s, int from, int to) {
        int head = Spans.head(s, from, to);
        List<Integer> out = new ArrayList<>();
        List<Integer> frontier = new ArrayList<>(List.of(head));
        for (int depth = 0; depth < 2; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int h : frontier) {
                for (var d : s.children(h)) {
                    String r = d.relation();
                    int k = d.dependent();
                    boolean modifier =
                            r.equals("compound") || r.equals("amod") || r.equals("nmod:poss") || r.startsWith("appos");
                    if (modifier && k < from && k >= from - TITLE_WINDOW && !out.contains(k)) {
                        out.add(k);
                        next.add(k);
                    }
                }
            }
            frontier = next;
        }
        for (var d : s.parents(head)) {
            // "Ahmad X, Syria's foreign minister": an apposition after the name
            if (d.relation().startsWith("appos") && d.governor() >= 0) {
                out.add(d.governor());
            }
        }
        for (var d : s.children(head)) {
            if (d.relation().startsWith("appos")) {
                out.add(d.dependent());
                for (var m : s.children(d.dependent())) {
                    if (m.relation().equals("compound")
                            || m.relation().equals("amod")
                            || m.relation().equals("nmod:poss")) {
                        out.add(m.dependent());
                    }
                }
            }
        }
        java.util.Collections.sort(out);
        return out;
    }

    /**
     * The sector (CAMEO agent) the title words of a person mention give ("President" → GOV,
     * "General" → MIL), or null.
     */
    public static String sector(ParsedSentence s, Mention person, KnowledgeBase kb) {
        String agent = null;
        List<Integer> words = words(s, person.start(), person.end());
        for (int n = 0; n < words.size(); n++) {
            int k = words.get(n);
            String g = kb.groupAgent(s.token(k).lemma());
            if (n + 1 < words.size()
                    && words.get(n + 1) == k + 1
                    && kb.groupAgent(s.token(k).lemma() + " " + s.token(k + 1).lemma()) != null) {
                g = kb.groupAgent(s.token(k).lemma() + " " + s.token(k + 1).lemma());
            }
            if (g != null) {
                agent = g;
            }
        }
        return agent;
    }
}
