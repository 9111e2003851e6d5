package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * "Hezbollah denied firing the rocket", "Israel refrained from supplying Ukraine", "NATO stopped
 * short of inviting Ukraine": a gerund that completes a verb with no object of its own is done by
 * that verb's subject. The parser hangs such gerunds as "dep" right after the verb, as an
 * "of"/"from" clause, or on an adverb of the verb ("short of"); a verb with an object or a passive
 * subject leaves the gerund to {@code accused-of} ("accused Russia of shelling").
 */
final class GerundComplements {
    private static final Set<String> CLAUSES = Set.of("advcl:from", "advcl:of", "acl:of", "advcl:on", "acl:from");
    private static final Set<String> SUBJECT_RULES =
            Set.of("subject", "controlled-subject", "conjoined-verb", "name-before-verb");

    private GerundComplements() {}

    static List<Mention> doers(Predicate p) {
        SentenceGraph g = p.graph();
        int gerund = p.token();
        if (!g.token(gerund).pos().equals("VBG") || hasSubject(g, gerund)) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int verb : governingVerbs(g, gerund)) {
            if (!g.children(verb, "nsubj:pass").isEmpty()
                    || g.children(verb, "obj").stream().anyMatch(o -> o < gerund)) {
                continue;
            }
            Side s = VerbSources.find(p.at(verb));
            if (!s.isEmpty() && SUBJECT_RULES.contains(s.rule())) {
                out.addAll(s.mentions());
            }
        }
        return out;
    }

    /**
     * The verbs a gerund completes: "denied [firing]" (dep right after a verb that takes gerunds),
     * "refrained from", "stopped short of".
     */
    private static List<Integer> governingVerbs(SentenceGraph g, int gerund) {
        List<Integer> out = new ArrayList<>();
        for (int u : g.parents(gerund, "dep")) {
            if (g.token(u).isVerb()
                    && u < gerund
                    && onlyAdverbsBetween(g, u, gerund)
                    && ArgumentCues.GERUND_VERBS.contains(g.token(u).lemma().toLowerCase(java.util.Locale.ROOT))) {
                out.add(u);
            }
        }
        for (String rel : CLAUSES) {
            for (int u : g.parents(gerund, rel)) {
                if (g.token(u).isVerb()) {
                    out.add(u);
                } else if (g.token(u).pos().startsWith("RB") || g.token(u).pos().startsWith("JJ")) {
                    for (int v : g.parents(u, "advmod")) { // "stopped short of inviting"
                        if (g.token(v).isVerb()) {
                            out.add(v);
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean onlyAdverbsBetween(SentenceGraph g, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (!g.token(k).pos().startsWith("RB")) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasSubject(SentenceGraph g, int v) {
        return !g.children(v, "nsubj").isEmpty()
                || !g.children(v, "nsubj:pass").isEmpty()
                || !g.children(v, "nsubj:xsubj").isEmpty();
    }
}
