package org.backchannel.coder.mentions;

import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/** Token-span helpers shared by the mention rules. */
final class Spans {
    private Spans() {}

    static Mention at(List<Mention> ms, int token) {
        for (Mention m : ms) {
            if (m.covers(token)) {
                return m;
            }
        }
        return null;
    }

    /** The token of a span whose head lies outside it. */
    static int head(ParsedSentence s, int from, int to) {
        for (int k = to - 1; k >= from; k--) {
            boolean inside = false;
            for (Dependency d : s.parents(k)) {
                if (d.governor() >= from && d.governor() < to && !d.relation().equals("root")) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                return k;
            }
        }
        return to - 1;
    }

    /** A state mention that a group mention took in ("US" in "US officials") is no mention of its own. */
    static boolean absorbed(Mention m, List<Mention> all) {
        for (Mention o : all) {
            if (o != m
                    && o.start() <= m.start()
                    && o.end() >= m.end()
                    && (o.end() - o.start()) > (m.end() - m.start())) {
                return true;
            }
            if (o != m
                    && o.start() == m.start()
                    && o.end() == m.end()
                    && o.how() == Mention.How.GROUP
                    && m.how() == Mention.How.STATE) {
                return true; // "Sierra Leonean [refugees]", "ethnic Albanians": the people, not the state
            }
        }
        return false;
    }

    static boolean startsName(Token t) {
        char c = t.word().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c);
    }

    /**
     * A headline-style sentence: most words capitalized, verbs included, so capitals say nothing
     * about names ("Putin Invites Trump To Moscow"; not "Putin invited Trump to Moscow").
     */
    static boolean isHeadline(ParsedSentence s) {
        int words = 0;
        int caps = 0;
        for (Token t : s.tokens()) {
            if (Character.isLetter(t.word().charAt(0)) && t.word().length() > 3) {
                words++;
                if (Character.isUpperCase(t.word().charAt(0))) {
                    caps++;
                } else if (t.isVerb()) {
                    return false;
                }
            }
        }
        return words >= 3 && caps * 10 >= words * 7;
    }

    static boolean hasDefiniteDeterminer(ParsedSentence s, int token) {
        return s.children(token).stream()
                .anyMatch(d -> d.relation().equals("det")
                        && s.token(d.dependent()).lemma().equalsIgnoreCase("the"));
    }

    /** Subjects of the clauses above a token, climbing through conjuncts and arguments. */
    static List<Integer> subjectsAbove(ParsedSentence s, int token) {
        List<Integer> out = new java.util.ArrayList<>();
        int node = token;
        for (int depth = 0; depth < 8; depth++) {
            Dependency up = null;
            for (Dependency d : s.parents(node)) {
                if (!d.relation().equals("root")) {
                    up = d;
                    break;
                }
            }
            if (up == null) {
                break;
            }
            for (Dependency c : s.children(up.governor())) {
                if (c.relation().startsWith("nsubj") && c.dependent() != node) {
                    out.add(c.dependent());
                }
            }
            node = up.governor();
        }
        return out;
    }
}
