package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/**
 * "The US approach to Venezuela has been characterized by sanctions and support for opposition
 * figures": events listed in a clause whose subject is a policy noun belong to the policy's owner
 * and, lacking their own target, aim at its "to/toward" complement.
 */
final class PolicyFrame {
    private PolicyFrame() {}

    static List<Mention> owners(Predicate p) {
        List<Mention> out = new ArrayList<>();
        SentenceGraph g = p.graph();
        for (int policy : policyNouns(p)) {
            out.addAll(Phrases.actors(g, policy, "compound", false));
            out.addAll(Phrases.actors(g, policy, "nmod:poss", false));
            for (int m : g.children(policy, "amod")) {
                out.addAll(g.mentionsAt(m));
            }
        }
        return out;
    }

    static List<Mention> targets(Predicate p) {
        List<Mention> out = new ArrayList<>();
        for (int policy : policyNouns(p)) {
            for (String prep : List.of("to", "toward", "towards", "on", "against")) {
                out.addAll(Phrases.actors(p.graph(), policy, "nmod:" + prep, true));
            }
        }
        return out;
    }

    private static List<Integer> policyNouns(Predicate p) {
        SentenceGraph g = p.graph();
        List<Integer> out = new ArrayList<>();
        int head = Phrases.headThroughConjuncts(g, p.token());
        for (Dependency d : g.sentence().parents(head)) {
            if (d.governor() < 0
                    || !(d.relation().startsWith("obl") || d.relation().equals("obj"))) {
                continue;
            }
            for (String subj : List.of("nsubj", "nsubj:pass")) {
                for (int s : g.children(d.governor(), subj)) {
                    if (ArgumentCues.POLICY_NOUNS.contains(g.token(s).lemma().toLowerCase(Locale.ROOT))) {
                        out.add(s);
                    }
                }
            }
        }
        return out;
    }
}
