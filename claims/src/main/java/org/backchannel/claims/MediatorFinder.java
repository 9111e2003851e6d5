package org.backchannel.claims;

import java.util.List;
import java.util.Locale;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Token;

/**
 * Finds third parties that carry or broker contacts: "through Qatar", "via Oman", "Qatar-brokered",
 * "mediated by Egypt", "with Egyptian mediation", and, for a whole document, an actor said to be a
 * channel, mediator or intermediary ("Qatar … provided a crucial channel for communication").
 */
final class MediatorFinder {
    private final EpistemicCues cues;
    private final java.util.function.Function<String, String> nameToActor;

    /** @param nameToActor resolves a bare name ("Qatar" in "Qatar-brokered") to an actor id, or null */
    MediatorFinder(EpistemicCues cues, java.util.function.Function<String, String> nameToActor) {
        this.cues = cues;
        this.nameToActor = nameToActor;
    }

    /** The mediator of the event at {@code predicate}, other than its parties, or null. */
    String forEvent(SentenceGraph g, int predicate, String sourceId, String targetId) {
        for (String prep : cues.all("mediator_prep")) {
            for (String rel : List.of("obl:" + prep, "nmod:" + prep)) {
                for (int a : g.children(predicate, rel)) {
                    String id = other(g.actorsOf(a, true), sourceId, targetId);
                    if (id != null) {
                        return id;
                    }
                }
            }
        }
        for (Token t : g.sentence().tokens()) {
            String w = t.word().toLowerCase(Locale.ROOT);
            for (String suffix : cues.all("mediator_suffix")) {
                if (w.endsWith(suffix) && w.length() > suffix.length()) {
                    String id = nameToActor.apply(t.word().substring(0, t.word().length() - suffix.length()));
                    if (id != null && !id.equals(sourceId) && !id.equals(targetId)) {
                        return id;
                    }
                }
            }
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            int i = t.index();
            if (cues.is("mediator_verb", lemma) && i >= 2 && g.token(i - 1).word().matches("[-\u2010\u2013]")) {
                // "Qatar-brokered", split by the tokenizer into Qatar - brokered
                Mention m = g.mentionAt(i - 2);
                if (m != null && !m.actorId().equals(sourceId) && !m.actorId().equals(targetId)) {
                    return m.actorId();
                }
            }
            if (t.isVerb() && cues.is("mediator_verb", lemma)) {
                // "talks mediated by Egypt", "Qatar mediated between …"
                for (int a : g.children(t.index(), "obl:agent")) {
                    String id = other(g.actorsOf(a, false), sourceId, targetId);
                    if (id != null) {
                        return id;
                    }
                }
                if (!g.children(t.index(), "obl:between").isEmpty() || lemma.equals("host")) {
                    for (int a : g.children(t.index(), "nsubj")) {
                        String id = other(g.actorsOf(a, false), sourceId, targetId);
                        if (id != null) {
                            return id;
                        }
                    }
                }
            }
            if (t.isNoun() && lemma.equals("mediation")) {
                for (int a : g.children(t.index(), "amod")) {
                    String id = other(g.actorsOf(a, false), sourceId, targetId);
                    if (id != null) {
                        return id;
                    }
                }
            }
        }
        return null;
    }

    /** An actor the sentence presents as a channel or mediator ("X provided a channel"), or null. */
    String channelIn(SentenceGraph g) {
        for (Token t : g.sentence().tokens()) {
            if (!t.isNoun() || !cues.is("mediator_noun", t.lemma().toLowerCase(Locale.ROOT))) {
                continue;
            }
            // "X's role as a mediator", "X, the mediator", "X served as a channel", "X provided a channel"
            for (int h : g.parents(t.index(), "nmod:as")) {
                String id = first(g.actorsOf(h, false));
                if (id == null) {
                    for (int p : g.children(h, "nmod:poss")) {
                        id = first(g.actorsOf(p, false));
                    }
                }
                if (id == null) {
                    for (int s : g.children(h, "nsubj")) {
                        id = first(g.actorsOf(s, false));
                    }
                }
                if (id != null) {
                    return id;
                }
            }
            for (int h : g.parents(t.index(), "obj")) {
                for (int s : g.children(h, "nsubj")) {
                    String id = first(g.actorsOf(s, false));
                    if (id != null) {
                        return id;
                    }
                }
            }
            for (int s : g.children(t.index(), "nsubj")) {
                String id = first(g.actorsOf(s, false));
                if (id != null) {
                    return id;
                }
            }
            for (int a : g.parents(t.index(), "appos")) {
                String id = first(g.actorsOf(a, false));
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    private static String first(List<Mention> ms) {
        return ms.isEmpty() ? null : ms.get(0).actorId();
    }

    private static String other(List<Mention> ms, String sourceId, String targetId) {
        for (Mention m : ms) {
            if (!m.actorId().equals(sourceId) && !m.actorId().equals(targetId)) {
                return m.actorId();
            }
        }
        return null;
    }
}
