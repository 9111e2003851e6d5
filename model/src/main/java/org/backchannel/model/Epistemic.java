package org.backchannel.model;

import java.util.List;

/**
 * What the text says about an event's truth: its status, who vouches for it, whether it was secret,
 * who carried it, and what contradicts it.
 *
 * @param attributedTo actor id of the speaker or source, or null
 * @param mediator     actor id of a third party that carried or brokered it, or null
 * @param disputedBy   ids of events that contradict it
 * @param cue          the words that decided the status, for the reader
 * @param sources      independent sources that tell it (syndicated copies count once); 1 for one article
 * @param statusMix    how many reports give each status, after merging across articles
 * @param scope        the clause the status cue governs (the event's own clause for an asserted event), or null
 * @param mediatorCue  the words that made the mediator one ("brokered by", "relaying messages"), or null
 */
public record Epistemic(
        Status status,
        boolean secret,
        String attributedTo,
        String mediator,
        List<String> disputedBy,
        String cue,
        int sources,
        java.util.Map<String, Integer> statusMix,
        TextSpan scope,
        String mediatorCue) {
    public Epistemic {
        disputedBy = List.copyOf(disputedBy);
        statusMix = java.util.Map.copyOf(statusMix);
    }

    public Epistemic(
            Status status,
            boolean secret,
            String attributedTo,
            String mediator,
            List<String> disputedBy,
            String cue,
            int sources,
            java.util.Map<String, Integer> statusMix) {
        this(status, secret, attributedTo, mediator, disputedBy, cue, sources, statusMix, null, null);
    }

    public Epistemic(
            Status status, boolean secret, String attributedTo, String mediator, List<String> disputedBy, String cue) {
        this(status, secret, attributedTo, mediator, disputedBy, cue, 1, java.util.Map.of(status.label(), 1));
    }

    public static Epistemic asserted() {
        return new Epistemic(Status.ASSERTED, false, null, null, List.of(), null);
    }

    /** The same, told by {@code n} independent sources with the given mix of statuses. */
    public Epistemic withCorroboration(int n, java.util.Map<String, Integer> mix) {
        return new Epistemic(status, secret, attributedTo, mediator, disputedBy, cue, n, mix, scope, mediatorCue);
    }

    /** Another status and its cue; the scope is dropped, as it belonged to the old cue. */
    public Epistemic withStatus(Status s, String why) {
        return withStatus(s, why, null);
    }

    /** Another status, its cue and the clause the cue governs. */
    public Epistemic withStatus(Status s, String why, TextSpan clause) {
        return new Epistemic(
                s,
                secret,
                attributedTo,
                mediator,
                disputedBy,
                why,
                sources,
                java.util.Map.of(s.label(), 1),
                clause,
                mediatorCue);
    }

    public Epistemic withSecret(boolean s) {
        return new Epistemic(
                status, s, attributedTo, mediator, disputedBy, cue, sources, statusMix, scope, mediatorCue);
    }

    public Epistemic withAttribution(String actorId) {
        return new Epistemic(
                status, secret, actorId, mediator, disputedBy, cue, sources, statusMix, scope, mediatorCue);
    }

    public Epistemic withMediator(String actorId) {
        return withMediator(actorId, null);
    }

    /** A mediator and the words that make it one. */
    public Epistemic withMediator(String actorId, String why) {
        return new Epistemic(
                status,
                secret,
                attributedTo,
                actorId,
                disputedBy,
                cue,
                sources,
                statusMix,
                scope,
                actorId == null ? null : why);
    }

    public Epistemic withDisputedBy(List<String> ids) {
        return new Epistemic(status, secret, attributedTo, mediator, ids, cue, sources, statusMix, scope, mediatorCue);
    }

    /** The same with one more disputing event id. */
    public Epistemic disputedAlsoBy(String id) {
        List<String> ids = new java.util.ArrayList<>(disputedBy);
        if (!ids.contains(id)) {
            ids.add(id);
        }
        return withDisputedBy(ids);
    }
}
