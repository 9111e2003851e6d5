package org.backchannel.claims;

import org.backchannel.model.Status;

/**
 * What the words around one event say about it: a status, the cue that decided it, the speaker the
 * event rests on (a mention's actor id), if any, the token of the governing cue word (or -1), and the
 * head of the clause the cue scopes over (-1: the whole sentence).
 */
record Reading(Status status, String cue, String speakerId, int governor, int scope) {
    static final Reading ASSERTED = new Reading(Status.ASSERTED, null, null, -1, -1);

    Reading withSpeaker(String id) {
        return new Reading(status, cue, id, governor, scope);
    }

    Reading as(Status s, String why) {
        return new Reading(s, why, speakerId, governor, scope);
    }

    boolean isAsserted() {
        return status == Status.ASSERTED;
    }

    /** Reported or claimed: the event rests on someone's word. */
    boolean isSpeech() {
        return status == Status.REPORTED || status == Status.CLAIMED;
    }

    /** Negated or hypothetical: said of the clause itself, and said again by whoever reports it. */
    boolean isInner() {
        return status == Status.NEGATED || status == Status.HYPOTHETICAL;
    }
}
