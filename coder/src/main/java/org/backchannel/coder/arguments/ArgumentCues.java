package org.backchannel.coder.arguments;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.io.Tsv;

/** Words that tell the argument rules where an event noun's actors are (patterns/argument-cues.tsv). */
final class ArgumentCues {
    private static final Map<String, Set<String>> CUES = load();
    /** Verbs whose object noun is the event they carry out ("held talks", "imposed sanctions"). */
    static final Set<String> LIGHT_VERBS = CUES.getOrDefault("light_verb", Set.of());
    /** Verbs whose subject takes part in the event of their argument ("participated in a coup plot"). */
    static final Set<String> AGENTIVE_VERBS = CUES.getOrDefault("agentive_verb", Set.of());
    /** Nouns for a line of conduct whose owner acts in the events the clause lists ("the US approach"). */
    static final Set<String> POLICY_NOUNS = CUES.getOrDefault("policy_noun", Set.of());
    /** Verbs that tell an event with nobody on the receiving end ("resigned", "surrendered"). */
    static final Set<String> INTRANSITIVE_EVENTS = CUES.getOrDefault("intransitive_event", Set.of());
    /** Statements and documents whose participle speaks for the one who issued them ("a statement condemning X"). */
    static final Set<String> MESSAGE_NOUNS = CUES.getOrDefault("message_noun", Set.of());
    /** Verbs of fighting whose conjoined subjects fight each other ("X and Y clashed"). */
    static final Set<String> RECIPROCAL_VERBS = CUES.getOrDefault("reciprocal_verb", Set.of());
    /** Verbs by which conjoined subjects each do the act to the other ("traded blame"). */
    static final Set<String> EXCHANGE_VERBS = CUES.getOrDefault("exchange_verb", Set.of());

    /** Verbs whose gerund complement their own subject does ("denied firing", "discussed carrying out"). */
    static final Set<String> GERUND_VERBS = CUES.getOrDefault("gerund_verb", Set.of());

    /** Verbs by which conjoined subjects hand persons or goods to each other ("exchanged prisoners"). */
    static final Set<String> SWAP_VERBS = CUES.getOrDefault("swap_verb", Set.of());

    /** Nouns of a third party's part in an event ("with Qatari mediation", "with Egypt as guarantor"): no side. */
    static final Set<String> THIRD_PARTY_ROLES = CUES.getOrDefault("third_party_role", Set.of());

    /** Verbs of a go-between at work ("with Oman's minister shuttling between them"): its doer is no side. */
    static final Set<String> THIRD_PARTY_VERBS = CUES.getOrDefault("third_party_verb", Set.of());

    private ArgumentCues() {}

    private static Map<String, Set<String>> load() {
        Map<String, Set<String>> out = new HashMap<>();
        for (Tsv.Row r : Tsv.resource("/backchannel/patterns/argument-cues.tsv")) {
            out.computeIfAbsent(r.col(0), k -> new HashSet<>()).add(r.col(1));
        }
        return out;
    }
}
