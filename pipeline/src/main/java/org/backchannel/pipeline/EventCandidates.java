package org.backchannel.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backchannel.claims.EpistemicCues;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.PatternSet;
import org.backchannel.model.Token;
import org.backchannel.nlp.ParseSelector;

/**
 * Which sentences can carry an event, read before the dependency parse: those with a verb or noun
 * some event pattern could fire on (its head, particle, compound and the object, prepositional-object
 * and complement lemmas it asks for all occur in the sentence) and someone it could be about (a noun,
 * pronoun, adjective or named entity besides that word). Every test here is a necessary condition of the coder's
 * own, so a sentence declined could not have yielded an event. Sentences with a secrecy or mediator
 * cue are parsed too: the claims stage reads those cues' modifiers across the whole document.
 */
public final class EventCandidates implements ParseSelector {
    private final Map<String, List<EventPattern>> verbs = new HashMap<>();
    private final Map<String, List<EventPattern>> nouns = new HashMap<>();
    private final Set<String> documentCues = new HashSet<>();

    public EventCandidates(PatternSet patterns, EpistemicCues cues) {
        for (EventPattern p : patterns.all()) {
            if (p.noEvent()) {
                continue; // a use marked as no event never yields one
            }
            String[] parts = p.head().split("_");
            // a phrasal verb fires on its verb ("crack_down"), a compound noun on its head noun ("arms_shipment")
            String trigger = p.noun() ? parts[parts.length - 1] : parts[0];
            (p.noun() ? nouns : verbs)
                    .computeIfAbsent(trigger, k -> new ArrayList<>())
                    .add(p);
        }
        for (String kind : List.of("secret", "mediator_noun")) {
            documentCues.addAll(cues.words(kind));
        }
    }

    @Override
    public boolean needsParse(List<Token> tokens) {
        Set<String> lemmas = new HashSet<>();
        boolean cue = false;
        for (Token t : tokens) {
            String l = lower(t);
            lemmas.add(l);
            cue |= documentCues.contains(l);
        }
        if (cue) {
            return true;
        }
        for (Token t : tokens) {
            List<EventPattern> candidates = t.isVerb() ? verbs.get(lower(t)) : t.isNoun() ? nouns.get(lower(t)) : null;
            if (candidates == null || !someoneBesides(tokens, t.index())) {
                continue;
            }
            for (EventPattern p : candidates) {
                if (couldFire(p, lemmas)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether every word the pattern asks for occurs in the sentence (its parse decides the rest). */
    static boolean couldFire(EventPattern p, Set<String> lemmas) {
        return allOf(p.head(), lemmas)
                && anyOf(p.objects(), lemmas)
                && anyOf(p.prepObjects(), lemmas)
                && anyOf(p.complements(), lemmas);
    }

    /** An empty list asks for nothing; "humanitarian_aid" asks for both words. */
    private static boolean anyOf(Set<String> wanted, Set<String> lemmas) {
        if (wanted.isEmpty()) {
            return true;
        }
        for (String w : wanted) {
            if (allOf(w, lemmas)) {
                return true;
            }
        }
        return false;
    }

    private static boolean allOf(String joined, Set<String> lemmas) {
        for (String part : joined.split("_")) {
            if (!lemmas.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** A word besides the trigger that a mention could rest on: a noun, a pronoun, an adjective ("Iranian") or a named entity. */
    private static boolean someoneBesides(List<Token> tokens, int trigger) {
        for (Token t : tokens) {
            if (t.index() != trigger
                    && (t.isNoun()
                            || t.pos().startsWith("PRP")
                            || t.pos().startsWith("WP")
                            || t.pos().startsWith("JJ")
                            || !"O".equals(t.ner()))) {
                return true;
            }
        }
        return false;
    }

    private static String lower(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
