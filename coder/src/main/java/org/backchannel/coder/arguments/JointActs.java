package org.backchannel.coder.arguments;

import java.util.Locale;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * "Chinese and Russian bombers flew a joint patrol near Alaska", "Philippine and US troops began joint
 * exercises": conjoined subjects of a joint act are each other's partners, whatever place the act
 * passes; a partner named with "with" ("held joint drills with Belarus") is left to the pattern.
 */
public final class JointActs {
    private JointActs() {}

    /** Whether predicate {@code p}'s object is a joint act ("joint exercises") and names no "with" partner. */
    public static boolean joint(Predicate p) {
        SentenceGraph g = p.graph();
        if (!g.children(p.token(), "obl:with").isEmpty()) {
            return false;
        }
        boolean joint = false;
        for (int o : PredicateMatcher.objects(g, p.token())) {
            if (!g.children(o, "nmod:with").isEmpty()) {
                return false;
            }
            for (int m : g.children(o, "amod")) {
                joint |= g.token(m).lemma().toLowerCase(Locale.ROOT).equals("joint");
            }
        }
        return joint;
    }
}
