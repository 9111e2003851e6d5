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
 */
public record Epistemic(Status status, boolean secret, String attributedTo, String mediator,
                        List<String> disputedBy, String cue, int sources, java.util.Map<String, Integer> statusMix) {
    public Epistemic {
        disputedBy = List.copyOf(disputedBy);
        statusMix = java.util.Map.copyOf(statusMix);
    }

    public Epistemic(Status status, boolean secret, String attributedTo, String mediator, List<String> disputedBy, String cue) {
        this(status, secret, attributedTo, mediator, disputedBy, cue, 1, java.util.Map.of(status.label(), 1));
    }

    public static Epistemic asserted() {
        return new Epistemic(Status.ASSERTED, false, null, null, List.of(), null);
    }

    /** The same, told by {@code n} independent sources with the given mix of statuses. */
    public Epistemic withCorroboration(int n, java.util.Map<String, Integer> mix) {
        return new Epistemic(status, secret, attributedTo, mediator, disputedBy, cue, n, mix);
    }

    public Epistemic withStatus(Status s, String why) {
        return new Epistemic(s, secret, attributedTo, mediator, disputedBy, why, sources, java.util.Map.of(s.label(), 1));
    }

    public Epistemic withSecret(boolean s) {
        return new Epistemic(status, s, attributedTo, mediator, disputedBy, cue, sources, statusMix);
    }

    public Epistemic withAttribution(String actorId) {
        return new Epistemic(status, secret, actorId, mediator, disputedBy, cue, sources, statusMix);
    }

    public Epistemic withMediator(String actorId) {
        return new Epistemic(status, secret, attributedTo, actorId, disputedBy, cue, sources, statusMix);
    }

    public Epistemic withDisputedBy(List<String> ids) {
        return new Epistemic(status, secret, attributedTo, mediator, ids, cue, sources, statusMix);
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
