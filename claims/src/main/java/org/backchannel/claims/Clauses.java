package org.backchannel.claims;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.TextSpan;
import org.backchannel.model.Token;

/**
 * Clause-level queries on a dependency parse: the step up from a node, whether a relation makes the
 * dependent an argument of its head (so that a cue on the head governs it), and the text span of the
 * clause a node heads.
 */
final class Clauses {
    private Clauses() {}

    /** The step up from a node: its head, preferring a non-conjunct head; conjuncts share their head's frame. */
    static Dependency up(SentenceGraph g, int node) {
        Dependency conj = null;
        for (Dependency d : g.sentence().parents(node)) {
            if (d.governor() < 0
                    || d.relation().equals("ref")
                    || d.relation().endsWith(":xsubj")
                    || below(g, d.governor(), node)) {
                continue; // the extra links of the enhanced graph ("the reports that he wrote": reports as object of
                // wrote) loop back
            }
            if (d.relation().startsWith("conj")) {
                conj = conj == null ? d : conj;
                continue;
            }
            return d;
        }
        return conj;
    }

    /** Whether {@code candidate} lies below {@code node} through a relative or clausal modifier: an enhanced link back up. */
    private static boolean below(SentenceGraph g, int candidate, int node) {
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        todo.push(new int[] {node, 0});
        while (!todo.isEmpty()) {
            int[] at = todo.pop();
            if (at[1] > 5) {
                continue;
            }
            for (Dependency d : g.sentence().children(at[0])) {
                if (d.dependent() == candidate
                        && at[1] + 1 > 0
                        && (at[0] != node || d.relation().startsWith("acl"))) {
                    return true;
                }
                if (d.relation().startsWith("acl")
                        || at[0] != node
                                && !d.relation().equals("ref")
                                && !d.relation().startsWith("conj")) {
                    todo.push(new int[] {d.dependent(), at[1] + 1});
                }
            }
        }
        return false;
    }

    /**
     * Whether the dependent of {@code relation} is something its head says, asks, denies or plans:
     * complements, subjects of predicative cues ("reports … were false", "whether … remains unclear"),
     * objects, prepositional arguments and relative or adverbial clauses. Parataxis, coordination and
     * punctuation are not: a cue in one clause does not reach the clause beside it.
     */
    static boolean governs(String relation) {
        return relation.equals("ccomp")
                || relation.equals("xcomp")
                || relation.startsWith("csubj")
                || relation.startsWith("nsubj")
                || relation.equals("obj")
                || relation.equals("iobj")
                || relation.startsWith("obl")
                || relation.startsWith("nmod")
                || relation.startsWith("acl")
                || relation.startsWith("advcl")
                || relation.equals("dep")
                || relation.equals("appos");
    }

    /** The lower-case lemma of a token. */
    static String lemma(SentenceGraph g, int i) {
        return g.token(i).lemma().toLowerCase(Locale.ROOT);
    }

    /** The lower-case word of a token, with typographic apostrophes made plain. */
    static String word(SentenceGraph g, int i) {
        return g.token(i).word().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }

    /** Whether {@code node} lies in the subtree of {@code head} (itself included). */
    static boolean within(SentenceGraph g, int node, int head) {
        int at = node;
        for (int depth = 0; at >= 0 && depth < 40; depth++) {
            if (at == head) {
                return true;
            }
            Dependency d = up(g, at);
            at = d == null ? -1 : d.governor();
        }
        return false;
    }

    /**
     * The text of the clause headed by {@code head}: its subtree without clauses set beside it
     * (parataxis) and without punctuation at its edges. The whole sentence when {@code head} is negative.
     */
    static TextSpan span(SentenceGraph g, int head) {
        ParsedSentence s = g.sentence();
        if (head < 0 || head >= s.tokens().size()) {
            return new TextSpan(s.text(), s.charStart(), s.charEnd());
        }
        int lo = head;
        int hi = head;
        Deque<Integer> todo = new ArrayDeque<>();
        boolean[] seen = new boolean[s.tokens().size()];
        todo.push(head);
        seen[head] = true;
        while (!todo.isEmpty()) {
            int n = todo.pop();
            lo = Math.min(lo, n);
            hi = Math.max(hi, n);
            for (Dependency d : s.children(n)) {
                int c = d.dependent();
                if (c >= 0
                        && c < seen.length
                        && !seen[c]
                        && !d.relation().equals("parataxis")
                        && !d.relation().equals("punct")) {
                    seen[c] = true;
                    todo.push(c);
                }
            }
        }
        Token first = s.token(lo);
        Token last = s.token(hi);
        int from = Math.max(0, first.begin() - s.charStart());
        int to = Math.min(s.text().length(), last.end() - s.charStart());
        if (from >= to) {
            return new TextSpan(s.text(), s.charStart(), s.charEnd());
        }
        return new TextSpan(s.text().substring(from, to), first.begin(), last.end());
    }
}
