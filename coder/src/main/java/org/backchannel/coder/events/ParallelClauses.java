package org.backchannel.coder.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/**
 * "Germany agreed to send Leopard tanks to Ukraine, and the United States said it would supply 31
 * Abrams tanks": a clause conjoined to another that tells the same kind of act (the same CAMEO root)
 * and names nobody on the receiving end leaves its counterpart to be understood from the first one. The
 * act without a target takes the other's target, less its own sources.
 */
public final class ParallelClauses {
    private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp", "parataxis");
    private static final int MAX_HOPS = 3;

    private ParallelClauses() {}

    /** The matches, with each target-less one completed from a parallel conjoined clause. */
    public static List<Match> complete(List<Match> matches) {
        List<Match> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            out.add(lacksTarget(m) ? completed(m, matches) : m);
        }
        return out;
    }

    private static boolean lacksTarget(Match m) {
        return !m.predicate().pattern().noun()
                && m.arguments().targets().isEmpty()
                && !m.arguments().sources().isEmpty();
    }

    private static Match completed(Match m, List<Match> matches) {
        SentenceGraph g = m.predicate().graph();
        int clause = conjunctHead(g, m.predicate().token());
        if (clause < 0) {
            return m;
        }
        for (Match other : matches) {
            if (other == m
                    || other.arguments().targets().isEmpty()
                    || !other.predicate()
                            .code()
                            .root()
                            .equals(m.predicate().code().root())) {
                continue;
            }
            int otherClause = top(g, other.predicate().token());
            if (!g.parents(clause, "conj*").contains(otherClause)
                    && !g.children(clause, "conj*").contains(otherClause)) {
                continue;
            }
            List<Mention> targets = new ArrayList<>(other.arguments().targets());
            targets.removeIf(t ->
                    m.arguments().sources().stream().anyMatch(s -> s.actorId().equals(t.actorId())));
            if (!targets.isEmpty()) {
                return new Match(m.predicate(), m.arguments().withTargets(targets, "parallel-clause"));
            }
        }
        return m;
    }

    /** The head of the conjoined clause a predicate lies in (itself or a verb of saying above it), or -1. */
    private static int conjunctHead(SentenceGraph g, int token) {
        int node = token;
        for (int hop = 0; hop <= MAX_HOPS; hop++) {
            if (!g.parents(node, "conj*").isEmpty()) {
                return node;
            }
            Dependency up = clauseParent(g, node);
            if (up == null) {
                return -1;
            }
            node = up.governor();
        }
        return -1;
    }

    /** The top of the clause chain a predicate lies in: itself, or the verbs whose complement it is. */
    private static int top(SentenceGraph g, int token) {
        int node = token;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Dependency up = clauseParent(g, node);
            if (up == null || !g.parents(node, "conj*").isEmpty()) {
                return node;
            }
            node = up.governor();
        }
        return node;
    }

    private static Dependency clauseParent(SentenceGraph g, int node) {
        for (Dependency d : g.sentence().parents(node)) {
            if (d.governor() >= 0 && CLAUSES.contains(d.relation())) {
                return d;
            }
        }
        return null;
    }
}
