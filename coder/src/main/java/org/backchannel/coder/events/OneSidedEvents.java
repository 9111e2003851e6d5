package org.backchannel.coder.events;

import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Event;

/**
 * Which events may be told with one side only: those whose other side the sentence does not name
 * by construction — a passive with no agent, or one that names nobody we can code ("three civilians
 * were killed", "was shot by gunmen"), an event noun with its
 * undergoer named and no agent ("Maduro's capture", "the killing of the envoy"), a verb with nobody
 * on the receiving end ("the minister resigned") — and those the text says did not happen or that
 * dispute another (a denial). Any other event that lacks a side is half-read and is left out after
 * the claims stage has had its chance to complete it: measured on the development sets, such events
 * were almost never right (7 of 170), while events with both sides were right more than half the time.
 */
public final class OneSidedEvents {
    /**
     * The target rule the coder gives a verb that needs someone on the receiving end and has nobody
     * there ("offered a glimpse", "denied striking the hospital"): such an event stands only when the
     * claims stage reads it as not or not surely having happened.
     */
    public static final String NEEDS_TARGET = "needs-target";

    private static final String NEEDS_TARGET_WHY = "(" + NEEDS_TARGET + ")";

    private OneSidedEvents() {}

    /** Whether the coder marked the event as one whose verb needs a target and found none ({@link #NEEDS_TARGET}). */
    public static boolean needsTarget(Event e) {
        return e.target().isEmpty() && e.trace() != null && e.trace().endsWith("target=-" + NEEDS_TARGET_WHY);
    }

    /** Why an event has no target, for its trace: a verb that needs one, or {@link #why}. */
    public static String whyNoTarget(SentenceGraph g, int token, org.backchannel.coder.arguments.Arguments args) {
        return NEEDS_TARGET.equals(args.targetRule()) ? NEEDS_TARGET_WHY : why(g, token, false);
    }

    /**
     * Whether an event with a missing side should still be told; events with both sides always are.
     *
     * @param disputing ids of events that dispute another (a government's denial of reported talks)
     */
    public static boolean stands(Event e, SentenceGraph g, java.util.Set<String> disputing) {
        boolean noSource = e.source().isEmpty();
        boolean noTarget = e.target().isEmpty();
        if (!noSource && !noTarget) {
            return true;
        }
        if (needsTarget(e)) {
            // "Hezbollah denied firing", "did Belarus let troops fire": a verb that needs a target is told without
            // one only for what the text says did not or may not happen
            return !e.epistemic().status().isFactual();
        }
        if (!e.epistemic().disputedBy().isEmpty() || disputing.contains(e.id()) || e.id().endsWith("-denial")) {
            return true;
        }
        if (!e.epistemic().status().isFactual() || e.epistemic().status() == org.backchannel.model.Status.CORRECTED) {
            return true; // what the text says did not or may not happen is read for its status, sides or not
        }
        if (noSource && noTarget) {
            return false;
        }
        String why = why(g, e.predicateToken(), noSource);
        return noSource ? why.equals("(passive)") || why.equals("(nominal-passive)") : why.equals("(intransitive)");
    }

    /**
     * Why a side is missing, for traces and the rule above: a passive with no agent, an event noun
     * with only its undergoer named, another event noun, a verb with nobody on the receiving end, a
     * verb whose object names no party, or a source the sentence does not name.
     */
    public static String why(SentenceGraph g, int token, boolean source) {
        if (token < 0 || token >= g.sentence().tokens().size()) {
            return "(unknown)";
        }
        if (g.token(token).isNoun()) {
            boolean undergoer = !g.children(token, "nmod:of").isEmpty()
                    || !g.children(token, "nmod:poss").isEmpty();
            boolean agent = !g.children(token, "nmod:by").isEmpty()
                    || !g.children(token, "nmod:agent").isEmpty();
            return source && undergoer && !agent ? "(nominal-passive)" : "(noun)";
        }
        if (source) {
            // "was assassinated by a group of gunmen": an agent that names no actor leaves the passive one-sided
            boolean passive = !g.children(token, "nsubj:pass").isEmpty()
                    && g.children(token, "obl:agent").stream()
                            .allMatch(a -> g.actorsOf(a, true).isEmpty());
            return passive ? "(passive)" : "(unnamed)";
        }
        return g.children(token, "obj").isEmpty() && g.children(token, "ccomp").isEmpty()
                ? "(intransitive)"
                : "(object-not-a-party)";
    }
}
