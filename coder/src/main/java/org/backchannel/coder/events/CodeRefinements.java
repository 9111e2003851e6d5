package org.backchannel.coder.events;

import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.ActorType;
import org.backchannel.model.EventCode;

/** Codes that the target decides once the sides are known. */
final class CodeRefinements {
    private static final Set<String> KILLING =
            Set.of("kill", "murder", "slay", "assassinate", "execute", "killing", "assassination");

    private CodeRefinements() {}

    /**
     * Killing a named person is CAMEO's 186 (assassinate), not the generic 190 of a military attack:
     * the verb is the same, the target decides.
     */
    static EventCode refine(
            EventCode code, String predicateLemma, ActorRef target, DocumentActors actors, Codebook codebook) {
        if (!(code.root().equals("19") || code.root().equals("18")) || target.isEmpty()) {
            return code;
        }
        Actor a = actors.get(target.actorId());
        if (a != null && a.type() == ActorType.PERSON && KILLING.contains(predicateLemma.toLowerCase(Locale.ROOT))) {
            return codebook.get("186");
        }
        return code;
    }
}
