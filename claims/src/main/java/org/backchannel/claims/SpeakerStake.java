package org.backchannel.claims;

import java.util.Set;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Event;
import org.backchannel.model.Role;
import org.backchannel.model.Status;

/**
 * Reported or claimed: who speaks, what stake they have in the event, and the verb they use.
 *
 * <ol>
 * <li><b>A party speaks: claimed</b>, whatever the verb. A party is the event's source or target, or
 * a government, armed force, ruling party or armed group of the source's or target's country ("Israel's
 * military said its jets struck …", "Taiwan's defence ministry said it detected …", "according to
 * the Kremlin"). A side vouching for what it did or suffered is one side's account.</li>
 * <li><b>A neutral speaks with a neutral verb: reported.</b> The press, monitors and rights groups,
 * courts, international bodies, companies, officials of a third state, the mediator, and unnamed
 * sources ("people familiar with the matter") relay with "said", "reported", "told", "announced",
 * "found", "concluded", "according to", "as … reported".</li>
 * <li><b>Anyone with a verb of contention: claimed.</b> "claimed", "alleged", "insisted", "accused",
 * "charged", "blamed", "maintained" mark the speaker as taking a side, whoever it is ("Human Rights
 * Watch accused …", "Ethiopia accused Egypt of …").</li>
 * <li>A government or armed side speaking of a hostile act whose other party the sentence does not
 * name counts as a party: "Iran says Israel carried out the strike" when the target is unnamed.</li>
 * <li>No speaker: "reportedly", "is said to", "is understood to" are reported; "allegedly" is claimed.</li>
 * </ol>
 */
final class SpeakerStake {
    /** Agents that relay rather than take a side, even when they belong to a party's country. */
    private static final Set<String> NEUTRAL_AGENTS =
            Set.of("MED", "NGO", "IGO", "HRI", "EDU", "JUD", "BUS", "CVL", "HLH");

    private static final Set<String> SIDE_AGENTS =
            Set.of("GOV", "MIL", "SPY", "COP", "LEG", "REB", "OPP", "PTY", "INS");

    private SpeakerStake() {}

    /** A speech reading made reported or claimed by the speaker's stake. */
    static Reading judge(Reading speech, java.util.function.Predicate<String> party) {
        if (speech.status() == Status.REPORTED && speech.speakerId() != null && party.test(speech.speakerId())) {
            return speech.as(Status.CLAIMED, speech.cue());
        }
        return speech;
    }

    /** Whether the speaker is a party to the event (rules 1 and 4). */
    static boolean isParty(String speakerId, Event e, DocumentActors actors) {
        if (speakerId.equals(e.source().actorId())
                || speakerId.equals(e.target().actorId())) {
            return true;
        }
        Actor a = actors.get(speakerId);
        if (a == null) {
            return false;
        }
        String agent = agent(a);
        if (agent != null && NEUTRAL_AGENTS.contains(agent)) {
            return false; // the press, monitors, courts and companies relay; they are not sides
        }
        boolean side = a.type() == ActorType.STATE
                || a.type() == ActorType.PERSON && agent != null
                || agent != null && SIDE_AGENTS.contains(agent);
        if (!side) {
            return false;
        }
        if (a.country() != null
                && (a.country().equals(e.source().country())
                        || a.country().equals(e.target().country()))) {
            return true;
        }
        return e.code().quadClass() >= 3 && (e.source().isEmpty() || e.target().isEmpty());
    }

    private static String agent(Actor a) {
        return a.agent() != null ? a.agent() : a.latestRole().map(Role::agent).orElse(null);
    }
}
