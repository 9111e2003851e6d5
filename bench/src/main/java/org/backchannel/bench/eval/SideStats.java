package org.backchannel.bench.eval;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.model.ActorRef;
import org.backchannel.model.Event;

/**
 * Measures that need no gold: how many coded events lack a source or a target, how many of those
 * lack one the sentence could have named (the coder's trace says why a side is missing: a passive
 * with no agent, an event noun with only its undergoer, or a verb with nobody on the receiving end
 * name nobody by construction), and how many sides are written as a pronoun ("it", "his").
 */
public record SideStats(int events, int emptySide, int emptyNamedSide, int pronounTexts) {
    public static final SideStats ZERO = new SideStats(0, 0, 0, 0);
    /** Trace marks of a side the sentence names nobody for. */
    private static final List<String> NOT_NAMED = List.of("-(passive)", "-(nominal-passive)", "-(intransitive)");
    /** The words shared/eval/sides.py counts as pronouns. */
    static final Set<String> PRONOUNS = Set.of(
            "he",
            "she",
            "it",
            "they",
            "his",
            "her",
            "its",
            "their",
            "him",
            "them",
            "we",
            "our",
            "i",
            "you",
            "this",
            "that",
            "who",
            "which",
            "hers",
            "theirs",
            "itself",
            "themselves");

    public static SideStats of(List<Event> events) {
        int empty = 0;
        int named = 0;
        int pronouns = 0;
        for (Event e : events) {
            if (blank(e.source()) || blank(e.target())) {
                empty++;
                String trace = e.trace() == null ? "" : e.trace();
                boolean byConstruction = NOT_NAMED.stream().anyMatch(trace::contains) || e.id().endsWith("-denial");
                if (!byConstruction) {
                    named++;
                }
            }
            pronouns += pronoun(e.source()) + pronoun(e.target());
        }
        return new SideStats(events.size(), empty, named, pronouns);
    }

    private static boolean blank(ActorRef r) {
        return r.code() == null || r.code().isEmpty();
    }

    private static int pronoun(ActorRef r) {
        return r.text() != null && PRONOUNS.contains(r.text().strip().toLowerCase(Locale.ROOT)) ? 1 : 0;
    }

    public SideStats plus(SideStats o) {
        return new SideStats(
                events + o.events,
                emptySide + o.emptySide,
                emptyNamedSide + o.emptyNamedSide,
                pronounTexts + o.pronounTexts);
    }

    public double emptyNamedShare() {
        return events == 0 ? 0 : emptyNamedSide / (double) events;
    }

    public double emptySideShare() {
        return events == 0 ? 0 : emptySide / (double) events;
    }
}
