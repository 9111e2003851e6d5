package org.backchannel.coder.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.ActorType;
import org.backchannel.model.EventCode;

/** Codes that the target, or the toll, decides once the sides are known. */
final class CodeRefinements {
    private static final Set<String> KILLING =
            Set.of("kill", "murder", "slay", "assassinate", "execute", "killing", "assassination");

    private CodeRefinements() {}

    /**
     * Killing a named person is CAMEO's 186 (assassinate), not the generic 190 of a military attack;
     * shooting one is an assault (18), not a gunfight (193): the verb is the same, the target decides.
     */
    static EventCode refine(
            EventCode code,
            org.backchannel.coder.patterns.SentenceGraph g,
            int predicate,
            ActorRef target,
            DocumentActors actors,
            Codebook codebook) {
        String lemma = g.token(predicate).lemma().toLowerCase(Locale.ROOT);
        if ((code.root().equals("18") || code.root().equals("19")) && byProtesters(g, predicate)) {
            return codebook.get("145"); // "protesters stormed the residence": a violent protest, not an assault
        }
        Actor a = target.isEmpty() ? null : actors.get(target.actorId());
        if (code.root().equals("19") && SHOOTING.contains(lemma) && a != null && a.type() == ActorType.PERSON) {
            // "Shinzo Abe was shot dead", "Fico was shot": an attack on a person, not a gunfight (193)
            return codebook.get(shotDead(g, predicate) ? "186" : "180");
        }
        if (!(code.root().equals("19") || code.root().equals("18")) || !KILLING.contains(lemma)) {
            return code;
        }
        if (a != null && a.type() == ActorType.PERSON) {
            return codebook.get("186");
        }
        if (massToll(g, predicate)) {
            return codebook.get("202"); // "killed hundreds of civilians": CAMEO's mass killing
        }
        return code;
    }

    private static final Set<String> PROTESTERS = Set.of("protester", "demonstrator", "rioter", "mob", "crowd");

    /** Whether the act's subject is protesters ("thousands of protesters", "an angry mob"). */
    static boolean byProtesters(org.backchannel.coder.patterns.SentenceGraph g, int predicate) {
        for (int subject : g.children(predicate, "nsubj")) {
            List<Integer> heads = new java.util.ArrayList<>(List.of(subject));
            heads.addAll(g.children(subject, "nmod:of")); // "thousands of protesters"
            for (int h : heads) {
                if (PROTESTERS.contains(g.token(h).lemma().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> SHOOTING = Set.of("shoot", "gun", "stab");

    /** "was shot dead", "shot and killed": the shooting killed its victim. */
    private static boolean shotDead(org.backchannel.coder.patterns.SentenceGraph g, int predicate) {
        for (var d : g.sentence().children(predicate)) {
            String w = g.token(d.dependent()).lemma().toLowerCase(Locale.ROOT);
            if (w.equals("dead") || (d.relation().startsWith("conj") && KILLING.contains(w))) {
                return true;
            }
        }
        return false;
    }

    /** Words for a toll in the hundreds or more: "hundreds of civilians", "thousands". */
    private static final Set<String> MASS_WORDS = Set.of("hundreds", "thousands", "millions", "hundred", "thousand");

    /**
     * Whether the killing's victims number a hundred or more: "killed hundreds of civilians", "killed at
     * least 223 villagers", "massacred thousands".
     */
    static boolean massToll(org.backchannel.coder.patterns.SentenceGraph g, int predicate) {
        java.util.List<Integer> victims = new java.util.ArrayList<>(g.children(predicate, "obj"));
        victims.addAll(g.children(predicate, "nsubj:pass"));
        for (int v : victims) {
            if (MASS_WORDS.contains(g.token(v).word().toLowerCase(Locale.ROOT)) || atLeastHundred(g.token(v))) {
                return true;
            }
            for (int n : g.children(v, "nummod")) {
                if (atLeastHundred(g.token(n))
                        || MASS_WORDS.contains(g.token(n).word().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean atLeastHundred(org.backchannel.model.Token t) {
        String digits = t.word().replace(",", "");
        if (!t.pos().equals("CD") || !digits.matches("\\d{3,9}")) {
            return false;
        }
        return Long.parseLong(digits) >= 100;
    }
}
