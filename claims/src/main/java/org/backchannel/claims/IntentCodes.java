package org.backchannel.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;
import org.backchannel.model.Event;
import org.backchannel.model.Token;
import org.backchannel.model.io.Tsv;

/**
 * Recodes an action that the text only commits to or threatens ("promised to provide aid" → 033,
 * "threatened to break relations" → 1313), from {@code backchannel/claims/intent-codes.tsv}.
 */
final class IntentCodes {
    private final Map<String, Map<String, String>> byTrigger = new HashMap<>();
    private final Map<String, Set<String>> cues = new HashMap<>();

    private static final IntentCodes DEFAULTS = load();

    static IntentCodes defaults() {
        return DEFAULTS;
    }

    private static IntentCodes load() {
        IntentCodes c = new IntentCodes();
        for (Tsv.Row r : Tsv.resource("/backchannel/claims/intent-codes.tsv")) {
            if (r.col(0).endsWith("_cue")) {
                c.cues.computeIfAbsent(r.col(0).replace("_cue", ""), k -> new HashSet<>())
                        .add(r.col(1));
            } else {
                c.byTrigger.computeIfAbsent(r.col(0), k -> new HashMap<>()).put(r.col(1), r.col(2));
            }
        }
        return c;
    }

    /**
     * An event recoded to its intent code.
     *
     * @param made whether the commitment or threat itself was made ("promised to", "threatened to"),
     *             so the intent event is told as done; false when it is only intended or possible
     *             ("will attack", "wants to", "is ready to"), which keeps the status the text gives
     */
    record Recoding(Event event, boolean made) {}

    /** The event recoded to its intent code when a commitment, intention or threat governs it, else null. */
    Recoding recode(Event e, SentenceGraph g, Codebook codebook) {
        String found = trigger(g, e.predicateToken());
        if (found == null) {
            return null;
        }
        boolean made = !found.equals("intend");
        String trigger = made ? found : "commit";
        String intent = lookup(byTrigger.get(trigger), e.code().cameo());
        if (intent == null && trigger.equals("commit") && !conditional(g, e.predicateToken())) {
            // "said he will attack Iraq", "wants to attack Switzerland": a hostile act one commits to is a threat
            intent = lookup(byTrigger.get("threat"), e.code().cameo());
        }
        return intent == null ? null : new Recoding(e.withCode(codebook.get(intent)), made);
    }

    private static String lookup(Map<String, String> table, String cameo) {
        for (int len = cameo.length(); len >= 2; len--) {
            String intent = table.get(cameo.substring(0, len));
            if (intent != null) {
                return intent;
            }
        }
        return null;
    }

    /** A clause under "if" or "unless": what would follow a condition is no commitment. */
    private static boolean conditional(SentenceGraph g, int predicate) {
        int node = predicate;
        for (int hop = 0; hop < 4 && node >= 0; hop++) {
            for (int m : g.children(node, "mark")) {
                String w = g.token(m).lemma().toLowerCase(Locale.ROOT);
                if (w.equals("if") || w.equals("unless")) {
                    return true;
                }
            }
            List<Integer> up = new java.util.ArrayList<>();
            for (Dependency d : g.sentence().parents(node)) {
                if (d.governor() >= 0) {
                    up.add(d.governor());
                }
            }
            node = up.isEmpty() ? -1 : up.get(0);
        }
        return false;
    }

    /**
     * "commit", "threat" or "intend" when the predicate completes a verb or adjective of that kind
     * ("promised to", "threatened to", "plans to", "is ready to") or carries a future modal ("will").
     */
    private String trigger(SentenceGraph g, int predicate) {
        for (Dependency d : g.sentence().parents(predicate)) {
            if (d.governor() < 0
                    || !(d.relation().equals("xcomp") || d.relation().startsWith("acl"))) {
                continue;
            }
            String lemma = g.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
            for (String t : List.of("threat", "commit", "intend")) {
                if (cues.getOrDefault(t, Set.of()).contains(lemma)) {
                    return t;
                }
            }
        }
        for (Dependency d : g.sentence().children(predicate)) {
            Token c = g.token(d.dependent());
            if (d.relation().equals("aux")
                    && cues.getOrDefault("intend", Set.of()).contains(c.lemma().toLowerCase(Locale.ROOT))) {
                return "intend";
            }
        }
        return null;
    }
}
