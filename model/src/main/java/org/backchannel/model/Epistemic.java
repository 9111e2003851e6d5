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
 */
public record Epistemic(Status status, boolean secret, String attributedTo, String mediator,
                        List<String> disputedBy, String cue) {
    public Epistemic {
        disputedBy = List.copyOf(disputedBy);
    }

    public static Epistemic asserted() {
        return new Epistemic(Status.ASSERTED, false, null, null, List.of(), null);
    }

    public Epistemic withStatus(Status s, String why) {
        return new Epistemic(s, secret, attributedTo, mediator, disputedBy, why);
    }

    public Epistemic withSecret(boolean s) {
        return new Epistemic(status, s, attributedTo, mediator, disputedBy, cue);
    }

    public Epistemic withAttribution(String actorId) {
        return new Epistemic(status, secret, actorId, mediator, disputedBy, cue);
    }

    public Epistemic withMediator(String actorId) {
        return new Epistemic(status, secret, attributedTo, actorId, disputedBy, cue);
    }

    public Epistemic withDisputedBy(List<String> ids) {
        return new Epistemic(status, secret, attributedTo, mediator, ids, cue);
    }
}
