package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/**
 * The states of the places an act's own clause names further down than its prepositions: "struck
 * what it called terrorist camps at nine sites in Pakistan", "were investigating traces found at sites
 * in Iran", "launched attacks during a campaign in northeastern Nigeria". The walk follows objects,
 * obliques, noun modifiers and complements a few steps from the predicate, never into a clause of its
 * own with another agent or into a coordinated or adverbial clause (those are other acts), and keeps
 * the places nearest the predicate.
 */
public final class PlacesInClause {
    /** How many dependency steps from the predicate a place may lie. */
    static final int MAX_STEPS = 3;

    private static final Set<String> FOLLOWED = Set.of("obj", "iobj", "xcomp", "ccomp", "dep", "acl");
    private static final Set<String> FOLLOWED_PREFIXES = Set.of("obl", "nmod:", "acl:");

    private PlacesInClause() {}

    /**
     * The place states nearest to predicate {@code p} within {@link #MAX_STEPS} steps of its clause;
     * {@code agents} are the predicate's own sources, the only agents a nested clause may have for the
     * walk to enter it.
     */
    public static List<Mention> states(Predicate p, List<Mention> agents) {
        SentenceGraph g = p.graph();
        List<Integer> frontier = List.of(p.token());
        List<Integer> seen = new ArrayList<>(frontier);
        for (int step = 1; step <= MAX_STEPS && !frontier.isEmpty(); step++) {
            List<Integer> next = new ArrayList<>();
            List<Mention> found = new ArrayList<>();
            for (int h : frontier) {
                for (Dependency d : g.sentence().children(h)) {
                    int c = d.dependent();
                    if (seen.contains(c) || !followed(d.relation()) || otherAct(g, c, d.relation())) {
                        continue;
                    }
                    if (ownAgent(g, c, agents)) {
                        continue; // "after militants killed 26 people in Pahalgam": someone else's act
                    }
                    seen.add(c);
                    next.add(c);
                    for (Mention m : g.mentionsAt(c)) {
                        if (m.namesPlace()
                                && found.stream().noneMatch(x -> x.actorId().equals(m.actorId()))) {
                            found.add(m);
                        }
                    }
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            frontier = next;
        }
        return List.of();
    }

    private static boolean followed(String relation) {
        if (FOLLOWED.contains(relation)) {
            return true;
        }
        return FOLLOWED_PREFIXES.stream().anyMatch(relation::startsWith);
    }

    /**
     * Whether the step leads to another act: a relative clause ("the town where rebels attacked"), a
     * verb hung on a preposition ("imprisoned for acting against Moscow") or an owner ("Israel's
     * ally"), which names who, not where.
     */
    private static boolean otherAct(SentenceGraph g, int token, String relation) {
        if (relation.equals("acl:relcl") || relation.equals("nmod:poss")) {
            return true;
        }
        boolean prepositional = relation.startsWith("obl") || relation.startsWith("nmod");
        return prepositional && g.token(token).pos().startsWith("VB");
    }

    /** Whether {@code token} heads a clause whose subject names an actor other than {@code agents}. */
    private static boolean ownAgent(SentenceGraph g, int token, List<Mention> agents) {
        for (int s : g.children(token, "nsubj")) {
            for (Mention m : g.actorsOf(s, false)) {
                if (agents.stream().noneMatch(a -> a.actorId().equals(m.actorId()))) {
                    return true;
                }
            }
        }
        return false;
    }
}
