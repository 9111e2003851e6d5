package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Token;

/**
 * Whether the text names a side that no mention resolved: the predicate's subject (or agent,
 * possessor) or its object (or the pattern's preposition) is a person's name, a proper noun, a
 * pronoun or a group noun, yet no actor was found there. Such an event would be read with a side
 * missing that the text gives, so the coder leaves it out rather than tell half of it. A side whose
 * slot is empty ("was killed", "resigned") or holds a thing ("a roadside bomb killed") is not named.
 */
final class UnresolvedSides {
    private static final Set<String> ACTOR_NER = Set.of("PERSON", "ORGANIZATION", "LOCATION");

    private UnresolvedSides() {}

    static boolean sourceNamed(Predicate p, KnowledgeBase kb) {
        SentenceGraph g = p.graph();
        List<Integer> slots = new ArrayList<>();
        if (p.pattern().noun()) {
            if (!p.pattern().possessorIsTarget()) {
                slots.addAll(g.children(p.token(), "nmod:poss"));
            }
            slots.addAll(g.children(p.token(), "nmod:by"));
            slots.addAll(g.children(p.token(), "nmod:agent"));
        } else {
            slots.addAll(g.children(p.token(), "nsubj"));
            slots.addAll(g.children(p.token(), "nsubj:xsubj"));
            slots.addAll(g.children(p.token(), "obl:agent"));
        }
        return slots.stream().anyMatch(t -> actorLike(g, t, kb));
    }

    static boolean targetNamed(Predicate p, KnowledgeBase kb) {
        SentenceGraph g = p.graph();
        List<Integer> slots = new ArrayList<>();
        if (p.pattern().noun()) {
            if (!NounSources.selfDirected(p)) {
                slots.addAll(g.children(p.token(), "nmod:of")); // "the withdrawal of Russian forces" is theirs
            }
            if (p.pattern().possessorIsTarget()) {
                slots.addAll(g.children(p.token(), "nmod:poss"));
            }
        } else if (p.pattern().objects().isEmpty()) {
            slots.addAll(g.children(p.token(), "obj"));
            slots.addAll(g.children(p.token(), "iobj"));
            slots.addAll(g.children(p.token(), "nsubj:pass"));
        }
        if (p.pattern().preposition() != null) {
            slots.addAll(
                    PredicateMatcher.prepositional(g, p.token(), p.pattern().preposition()));
        }
        return slots.stream().anyMatch(t -> actorLike(g, t, kb));
    }

    /** A token that names someone: a pronoun, a proper name, or a group noun. */
    static boolean actorLike(SentenceGraph g, int token, KnowledgeBase kb) {
        Token t = g.token(token);
        if (t.pos().equals("PRP") || t.pos().equals("PRP$")) {
            String w = t.lemma().toLowerCase(java.util.Locale.ROOT);
            return !w.equals("it") || g.sentence().children(token).isEmpty(); // "it" as a dummy subject is no one
        }
        if (org.backchannel.coder.dates.DateExpressions.isCalendarWord(t.word())) {
            return false; // "fired on Sunday": a day is no party left unresolved
        }
        if (ACTOR_NER.contains(t.ner()) || t.pos().startsWith("NNP")) {
            return true;
        }
        return t.isNoun() && kb.groupAgent(t.lemma()) != null;
    }
}
