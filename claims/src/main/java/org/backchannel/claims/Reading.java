package org.backchannel.claims;

import org.backchannel.model.Status;

/**
 * What the words around one event say about it: a status, the cue that decided it, and the speaker
 * the event rests on (a mention's actor id), if any.
 */
record Reading(Status status, String cue, String speakerId, int governor) {
    static final Reading ASSERTED = new Reading(Status.ASSERTED, null, null, -1);
}
