package org.backchannel.coder.learned;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/**
 * The text a classifier reads for a clause: the predicate with the phrases that depend on it, less
 * the other clauses the sentence joins to it, and with the two sides replaced by placeholders ("X
 * imposed sanctions on Y"), so that what is learned is the relation and not the names.
 */
public final class ClauseText {
    /** What the source's words become. */
    public static final String SOURCE = "X";
    /** What the target's words become. */
    public static final String TARGET = "Y";
    /**
     * Relations that join another clause or aside to the predicate ("…, as missiles struck Kyiv";
     * "…, which it denied"): their words tell another event or none.
     */
    private static final Set<String> OTHER_CLAUSES = Set.of(
            "advcl",
            "parataxis",
            "conj",
            "cc",
            "ccomp",
            "csubj",
            "punct",
            "appos",
            "discourse",
            "vocative",
            "dep",
            "list",
            "reparandum",
            "orphan");
    /** Words kept on either side of the predicate, so that a long phrase cannot drown it. */
    private static final int REACH = 20;

    private ClauseText() {}

    /** The masked clause around {@code predicate}; either side may be null. */
    public static String of(SentenceGraph g, int predicate, Mention source, Mention target) {
        TreeSet<Integer> words = new TreeSet<>();
        Deque<Integer> todo = new ArrayDeque<>();
        todo.push(predicate);
        while (!todo.isEmpty()) {
            int t = todo.pop();
            if (!words.add(t)) {
                continue; // enhanced graphs have cycles
            }
            for (Dependency d : g.sentence().children(t)) {
                if (!OTHER_CLAUSES.contains(d.baseRelation())
                        && !d.relation().equals("acl:relcl")
                        && Math.abs(d.dependent() - predicate) <= REACH) {
                    todo.push(d.dependent());
                }
            }
        }
        addSpan(words, source);
        addSpan(words, target);
        StringBuilder b = new StringBuilder();
        Mention previous = null;
        for (int t : words) {
            Mention side = covering(t, source, target);
            if (side != null) {
                if (side != previous) {
                    append(b, side == source ? SOURCE : TARGET);
                }
                previous = side;
                continue;
            }
            previous = null;
            append(b, g.token(t).word());
        }
        return b.toString();
    }

    private static Mention covering(int t, Mention source, Mention target) {
        // a mention of both sides cannot be; the source wins over an overlapping target
        if (source != null && source.covers(t)) {
            return source;
        }
        return target != null && target.covers(t) ? target : null;
    }

    private static void addSpan(TreeSet<Integer> words, Mention m) {
        if (m != null) {
            for (int t = m.start(); t < m.end(); t++) {
                words.add(t);
            }
        }
    }

    private static void append(StringBuilder b, String word) {
        if (b.length() > 0) {
            b.append(' ');
        }
        b.append(word);
    }
}
