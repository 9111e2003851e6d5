package org.backchannel.analysis.backchannels;

import java.util.List;
import org.backchannel.model.Event;

/**
 * Secret, mediated or indirect contact between two parties whose public relation is hostile.
 *
 * @param hostility    Goldstein total of their other events (negative: hostile)
 * @param conflicts    their events in the conflict quad classes (3 and 4)
 * @param contacts     the secret or mediated contact events, with their evidence
 */
public record Backchannel(
        String a, String b, List<String> mediators, double hostility, int conflicts, List<Event> contacts) {}
