package org.backchannel.coder.events;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.arguments.Arguments;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/**
 * What an appeal, a promise, a demand, a refusal or a threat asks for is not an event of its own:
 * "China demanded that the US cancel the sale" codes the demand, not a cancellation; "Libya offered
 * to hand over the suspects" codes the offer. A match whose word lies in the complement clause of
 * another match of those kinds, in the same sentence, is folded into it (CAMEO codes the intent,
 * not its content). A protest whose purpose is a protest is folded the same way.
 */
public final class ComplementFolding {
    /** Roots whose complement clause is the content asked, offered, demanded, refused or threatened. */
    private static final Set<String> INTENT_ROOTS = Set.of("02", "03", "10", "12", "13");

    private static final Set<String> COMPLEMENTS =
            Set.of("xcomp", "ccomp", "acl", "advcl", "acl:relcl", "obj", "obl", "nmod");
    private static final int MAX_HOPS = 3;

    private ComplementFolding() {}

    /**
     * "Began a hunger strike to protest the ban", "went on strike to demonstrate against the reform":
     * a protest whose purpose clause is a protest is one act, told by the governing one.
     */
    private static boolean sameProtest(Match governor, Match m) {
        return governor.predicate().code().isProtest() && m.predicate().code().isProtest();
    }

    /**
     * The matches less those folded into a governing intent; a governor with no target takes the
     * folded one's ("agreed to lift the sanctions on Iran" is aimed at Iran).
     */
    public static List<Match> fold(List<Match> matches) {
        Map<Match, Match> governed = new IdentityHashMap<>();
        for (Match m : matches) {
            for (Match governor : matches) {
                if (governor != m
                        && (INTENT_ROOTS.contains(governor.predicate().code().root()) || sameProtest(governor, m))
                        && inComplement(
                                m.predicate().graph(),
                                governor.predicate().token(),
                                m.predicate().token())
                        && (!OneSidedEvents.NEEDS_TARGET.equals(
                                        governor.arguments().targetRule())
                                || infinitive(
                                        m.predicate().graph(),
                                        governor.predicate().token(),
                                        m.predicate().token()))) {
                    governed.put(m, governor);
                    break;
                }
            }
        }
        List<Match> out = new ArrayList<>();
        for (Match m : matches) {
            if (!governed.containsKey(m)) {
                out.add(m.arguments().targets().isEmpty() ? withFoldedTarget(m, matches, governed) : m);
            }
        }
        return out;
    }

    /** The first folded match's target, in sentence order (the identity map has no order of its own). */
    private static Match withFoldedTarget(Match m, List<Match> matches, Map<Match, Match> governed) {
        for (Match folded : matches) {
            Arguments inner = folded.arguments();
            if (governed.get(folded) != m || inner.targets().isEmpty() || inner.paired()) {
                continue;
            }
            Arguments a = m.arguments();
            List<Mention> targets = new ArrayList<>(inner.targets());
            targets.removeIf(t -> a.sources().stream().anyMatch(x -> x.actorId().equals(t.actorId())));
            if (!targets.isEmpty()) {
                return new Match(
                        m.predicate(), new Arguments(a.sources(), targets, false, a.sourceRule(), "folded-complement"));
            }
        }
        return m;
    }

    /**
     * Whether {@code word} hangs below {@code head} through clausal complements ("demanded that …",
     * "offered to …", "its demands that …"), passing at most one noun.
     */
    static boolean inComplement(SentenceGraph g, int head, int word) {
        int node = word;
        boolean clause = false;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Dependency up = complementOf(g, node);
            if (up == null) {
                return false;
            }
            String rel = base(up.relation());
            clause |= rel.equals("xcomp") || rel.equals("ccomp") || rel.equals("acl") || rel.equals("advcl");
            if (up.governor() == head) {
                return clause;
            }
            node = up.governor();
        }
        return false;
    }

    /**
     * Whether {@code word} hangs below {@code head} through clauses alone ("offered to act", "would
     * agree to take in"): a governor that found no target of its own folds only that, not the content
     * of a report it answers ("rejected reports that Russian agents sabotaged the cables").
     */
    private static boolean infinitive(SentenceGraph g, int head, int word) {
        int node = word;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Dependency up = complementOf(g, node);
            if (up == null) {
                return false;
            }
            if (up.governor() == head) {
                return true;
            }
            if (g.token(up.governor()).isNoun()) {
                return false; // through "reports that …": the content of a report, not an act offered
            }
            node = up.governor();
        }
        return false;
    }

    /** The dependency that makes a node a complement of its governor, or null. */
    private static Dependency complementOf(SentenceGraph g, int node) {
        for (Dependency d : g.sentence().parents(node)) {
            if (d.governor() >= 0 && COMPLEMENTS.contains(base(d.relation()))) {
                return d;
            }
        }
        return null;
    }

    private static String base(String relation) {
        if (relation.startsWith("acl:relcl")) {
            return "acl:relcl";
        }
        int colon = relation.indexOf(':');
        return colon < 0 ? relation : relation.substring(0, colon);
    }
}
