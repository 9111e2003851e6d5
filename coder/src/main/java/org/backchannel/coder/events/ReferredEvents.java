package org.backchannel.coder.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;
import org.backchannel.model.EventCode;

/**
 * An event noun the sentence only refers to is not news of its own: "India has not condemned
 * Russia's invasion of Ukraine", "a resolution that would have deplored its invasion", "an inquiry into
 * Iran's crackdown", "in retaliation for EU sanctions", "amid fears of a Russian invasion". What the
 * sentence reports is the reaction; the act it reacts to happened earlier and is told elsewhere (coding it
 * again, dated by this story, would count an old event as new). Denials are not reactions of this kind:
 * the denied act keeps its event with the status "denied".
 */
public final class ReferredEvents {
    /** Reason nouns whose complement is what provoked something: "retaliation for", "fears of". */
    private static final Set<String> REASON_NOUNS =
            Set.of("retaliation", "response", "reprisal", "revenge", "fear", "anger", "outrage");

    private static final int MAX_HOPS = 2;

    private ReferredEvents() {}

    /** The matches less the event nouns that only name what another match or a reason noun reacts to. */
    public static List<Match> drop(List<Match> matches) {
        List<Match> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            if (!m.predicate().pattern().noun() || !referredTo(m, matches)) {
                out.add(m);
            }
        }
        return out;
    }

    private static boolean referredTo(Match noun, List<Match> matches) {
        SentenceGraph g = noun.predicate().graph();
        int node = noun.predicate().token();
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Dependency up = argumentOf(g, node);
            if (up == null) {
                return false;
            }
            int head = up.governor();
            if (REASON_NOUNS.contains(g.token(head).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            for (Match m : matches) {
                if (m != noun
                        && m.predicate().token() == head
                        && reacts(m.predicate().code())) {
                    return true;
                }
            }
            node = head;
        }
        return false;
    }

    /** The dependency that makes a noun an object or oblique of its head, or null. */
    private static Dependency argumentOf(SentenceGraph g, int node) {
        for (Dependency d : g.sentence().parents(node)) {
            String r = d.relation();
            if (d.governor() >= 0 && (r.equals("obj") || r.startsWith("obl") || r.startsWith("nmod"))) {
                return d;
            }
        }
        return null;
    }

    /** Investigating (09), criticizing (111) and rejecting (12) react to something already done. */
    private static boolean reacts(EventCode code) {
        return code.root().equals("09")
                || code.cameo().startsWith("111")
                || code.root().equals("12");
    }
}
