package org.backchannel.model;

import java.util.List;

/**
 * A coded event: who did what to whom, when and where, with the evidence and the epistemic layer.
 *
 * @param predicate  the word that carries the event ("met", "sanctions", "capture")
 * @param predicateToken index of that word in its sentence (the first evidence span's sentence)
 * @param contexts   PLOVER context tags (economic, resource, military, …)
 * @param location   where it happened, as the sentence names it; null when it names no place
 * @param confidence 0..1, how sure the coder is of the reading
 * @param trace      how the coder read it: the pattern and the argument rules that found each side
 *                   ("verbs.tsv:212 source=subject target=object"), or null
 */
public record Event(
        String id,
        EventDate date,
        ActorRef source,
        ActorRef target,
        EventCode code,
        String predicate,
        int predicateToken,
        Epistemic epistemic,
        List<String> contexts,
        Location location,
        List<Evidence> evidence,
        double confidence,
        String trace) {
    public Event {
        contexts = List.copyOf(contexts);
        evidence = List.copyOf(evidence);
    }

    /** An event with no trace (read from a store or made by a later stage). */
    public Event(
            String id,
            EventDate date,
            ActorRef source,
            ActorRef target,
            EventCode code,
            String predicate,
            int predicateToken,
            Epistemic epistemic,
            List<String> contexts,
            Location location,
            List<Evidence> evidence,
            double confidence) {
        this(
                id,
                date,
                source,
                target,
                code,
                predicate,
                predicateToken,
                epistemic,
                contexts,
                location,
                evidence,
                confidence,
                null);
    }

    public Event withId(String newId) {
        return new Event(
                newId,
                date,
                source,
                target,
                code,
                predicate,
                predicateToken,
                epistemic,
                contexts,
                location,
                evidence,
                confidence,
                trace);
    }

    public Event withEpistemic(Epistemic e) {
        return new Event(
                id,
                date,
                source,
                target,
                code,
                predicate,
                predicateToken,
                e,
                contexts,
                location,
                evidence,
                confidence,
                trace);
    }

    public Event withEvidence(List<Evidence> ev) {
        return new Event(
                id,
                date,
                source,
                target,
                code,
                predicate,
                predicateToken,
                epistemic,
                contexts,
                location,
                ev,
                confidence,
                trace);
    }

    public Event withCode(EventCode c) {
        return new Event(
                id,
                date,
                source,
                target,
                c,
                predicate,
                predicateToken,
                epistemic,
                contexts,
                location,
                evidence,
                confidence,
                trace);
    }

    public Event withSides(ActorRef s, ActorRef t) {
        return new Event(
                id,
                date,
                s,
                t,
                code,
                predicate,
                predicateToken,
                epistemic,
                contexts,
                location,
                evidence,
                confidence,
                trace);
    }

    /** The first evidence span: the sentence the event was read from. */
    public Evidence primaryEvidence() {
        return evidence.get(0);
    }
}
