package org.backchannel.coder.mentions;

import java.util.List;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;

/**
 * What a pronoun or a definite description refers back to: for "he"/"she" the nearest person of
 * that gender before it (in its sentence, then up to {@value #WINDOW} sentences back); for
 * "it"/"they" the most recent state, body or group before it in its sentence (a subject or a
 * subject's owner preferred), else the subject-most one of the previous sentence. Places named in a
 * prepositional phrase ("in Doha") are not candidates for "it".
 */
final class Antecedents {
    static final int WINDOW = 2;

    private Antecedents() {}

    /**
     * One mention per referent over a description: from its first modifier that {@code modifier} accepts
     * (by relation) to its noun, with the description's words as the text ("the two countries" names
     * Ireland and Norway both).
     */
    static List<Mention> describing(
            SentenceContext ctx,
            org.backchannel.model.Token noun,
            java.util.function.Predicate<String> modifier,
            List<Mention> referents) {
        ParsedSentence s = ctx.sentence();
        int start = noun.index();
        for (Dependency d : s.children(noun.index())) {
            if (d.dependent() < start && modifier.test(d.relation())) {
                start = d.dependent();
            }
        }
        String text = s.span(start, noun.index() + 1);
        List<Mention> out = new java.util.ArrayList<>();
        for (Mention one : referents) {
            ctx.document().actors().named(one.actorId(), text);
            out.add(new Mention(
                    s.index(),
                    start,
                    noun.index() + 1,
                    noun.index(),
                    one.actorId(),
                    text,
                    Mention.How.DESCRIPTION,
                    null));
        }
        return out;
    }

    /** The person "he" ({@code gender} "m") or "she" ("f") at {@code token} refers to, or null. */
    static Mention person(SentenceContext ctx, int token, String gender) {
        DocumentActors actors = ctx.document().actors();
        java.util.Set<Integer> bound = clauseSubjects(ctx.sentence(), token);
        java.util.function.Predicate<Mention> fit = m -> fits(m, gender, actors) && !covers(m, bound, ctx.index());
        // "Kuleba arrived for talks with his counterpart Wang Yi, his first visit": a subject before it first
        Mention subject = latest(
                ctx, token, 0, m -> m.sentence() == ctx.index() && fit.test(m) && isSubjectLike(ctx.sentence(), m));
        return subject != null ? subject : latest(ctx, token, WINDOW, fit);
    }

    /**
     * The subjects of the clause a pronoun is the object of, which it cannot refer to ("Riyadh cut ties
     * with Doha, accusing it of …": "it" is not Riyadh, who would be "itself"); a participle or
     * infinitive without a subject of its own takes the one of the verb it hangs on. Empty for a
     * possessive or a subject pronoun.
     */
    static java.util.Set<Integer> clauseSubjects(ParsedSentence s, int token) {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        if (!OBJECT_FORMS.contains(s.token(token).word().toLowerCase(java.util.Locale.ROOT))) {
            return out; // "announced they would …" parsed with "they" as the object is still a subject
        }
        for (Dependency d : s.parents(token)) {
            if (d.governor() < 0 || !(d.relation().equals("obj") || d.relation().equals("iobj"))) {
                continue;
            }
            int verb = d.governor();
            for (int hop = 0; hop < 2 && out.isEmpty(); hop++) {
                for (Dependency c : s.children(verb)) {
                    if (c.relation().startsWith("nsubj")) {
                        out.add(c.dependent());
                    }
                }
                if (out.isEmpty()) {
                    int up = -1;
                    for (Dependency p : s.parents(verb)) {
                        String r = p.relation();
                        if (p.governor() >= 0 && (r.equals("xcomp") || r.startsWith("advcl") || r.equals("dep"))) {
                            up = p.governor();
                        }
                    }
                    if (up < 0) {
                        break;
                    }
                    verb = up;
                }
            }
        }
        return out;
    }

    /** Whether a mention of sentence {@code sentence} covers one of {@code tokens}. */
    private static boolean covers(Mention m, java.util.Set<Integer> tokens, int sentence) {
        return m.sentence() == sentence && tokens.stream().anyMatch(m::covers);
    }

    /**
     * The latest mention that {@code fits}: before {@code token} in its sentence, else in the
     * {@code window} sentences before it, the nearest first; or null.
     */
    static Mention latest(SentenceContext ctx, int token, int window, java.util.function.Predicate<Mention> fits) {
        Mention best = null;
        for (Mention m : ctx.found()) { // found rule by rule, so the latest is the one ending last
            if (m.end() <= token && fits.test(m) && (best == null || m.end() > best.end())) {
                best = m;
            }
        }
        if (best != null) {
            return best;
        }
        List<Mention> earlier = ctx.document().earlier();
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Mention m = earlier.get(k);
            if (ctx.index() - m.sentence() > window) {
                break;
            }
            if (fits.test(m)) {
                return m;
            }
        }
        return null;
    }

    /** The state, body or group "it", "its", "they" or "their" at {@code token} refers to, or null. */
    static Mention collective(SentenceContext ctx, int token) {
        DocumentActors actors = ctx.document().actors();
        ParsedSentence s = ctx.sentence();
        java.util.Set<Integer> bound = clauseSubjects(s, token);
        List<Mention> candidates = ctx.found().stream()
                .filter(m ->
                        m.end() <= token && collective(m, actors) && !isPlace(s, m) && !covers(m, bound, ctx.index()))
                .toList();
        if (PLURAL_PRONOUNS.contains(s.token(token).word().toLowerCase(java.util.Locale.ROOT))) {
            // "Russia gave data to the Houthi rebels as they attacked ships": "they" agrees with the rebels
            List<Mention> plural =
                    candidates.stream().filter(m -> plural(s, m, actors)).toList();
            if (!plural.isEmpty()) {
                candidates = plural;
            }
        }
        Mention best = null;
        for (Mention m : candidates) {
            if (best == null || !isSubjectLike(s, best) || isSubjectLike(s, m)) {
                best = m; // the most recent, unless an earlier one is the subject or its owner
            }
        }
        if (best != null) {
            return best;
        }
        for (Mention m : ctx.document().earlier()) {
            if (m.sentence() == ctx.index() - 1 && collective(m, actors)) {
                return m; // the first in the previous sentence: usually its subject
            }
        }
        return null;
    }

    /**
     * For "they", "them", "their": the antecedent with the mentions coordinated with it ("Czechia and
     * Albania … their ties" names both).
     */
    static List<Mention> withConjuncts(SentenceContext ctx, Mention ante) {
        List<Mention> all = new java.util.ArrayList<>(List.of(ante));
        if (ante.sentence() != ctx.index()) {
            return all;
        }
        ParsedSentence s = ctx.sentence();
        List<Integer> heads = new java.util.ArrayList<>(List.of(ante.head()));
        for (Dependency d : s.parents(ante.head())) {
            if (d.relation().startsWith("conj")) {
                heads.add(d.governor());
            }
        }
        for (int h : List.copyOf(heads)) {
            for (Dependency d : s.children(h)) {
                if (d.relation().startsWith("conj")) {
                    heads.add(d.dependent());
                }
            }
        }
        for (Mention m : ctx.found()) {
            if (heads.contains(m.head())
                    && all.stream().noneMatch(x -> x.actorId().equals(m.actorId()))
                    && collective(m, ctx.document().actors())) {
                all.add(m);
            }
        }
        return all;
    }

    private static boolean fits(Mention m, String gender, DocumentActors actors) {
        Actor a = actors.get(m.actorId());
        return a != null
                && a.type() == ActorType.PERSON
                && (a.gender() == null || a.gender().equals(gender));
    }

    private static boolean collective(Mention m, DocumentActors actors) {
        Actor a = actors.get(m.actorId());
        return a != null && a.type() != ActorType.PERSON && m.how() != Mention.How.PRONOUN;
    }

    /** Pronouns that can be objects: "they", "he", "she" are subjects whatever the parser says. */
    private static final java.util.Set<String> OBJECT_FORMS = java.util.Set.of("it", "them", "him", "her");

    private static final java.util.Set<String> PLURAL_PRONOUNS =
            java.util.Set.of("they", "them", "their", "themselves");

    /**
     * Whether a mention names several: a group or body with a plural head ("the Houthi rebels", "the
     * Houthis", "the two countries") or one coordinated with another. A state's name is one, whatever
     * its number ("the United States").
     */
    private static boolean plural(ParsedSentence s, Mention m, DocumentActors actors) {
        for (Dependency d : s.parents(m.head())) {
            if (d.relation().startsWith("conj")) {
                return true;
            }
        }
        if (s.children(m.head()).stream().anyMatch(d -> d.relation().startsWith("conj"))) {
            return true;
        }
        Actor a = actors.get(m.actorId());
        boolean pluralHead = s.token(m.head()).pos().endsWith("S");
        return a != null
                && pluralHead
                && (a.type() != ActorType.STATE || !s.token(m.head()).isProperNoun());
    }

    /** A subject, or the owner of one ("Qatar's ties … provided"). */
    private static boolean isSubjectLike(ParsedSentence s, Mention m) {
        for (Dependency d : s.parents(m.head())) {
            if (d.relation().startsWith("nsubj")) {
                return true;
            }
            if (d.relation().equals("nmod:poss")
                    || d.relation().equals("compound")
                    || d.relation().equals("amod")) {
                return s.parents(d.governor()).stream()
                        .anyMatch(x -> x.relation().startsWith("nsubj"));
            }
        }
        return false;
    }

    /** A mention in a prepositional phrase ("outside Stockholm", "in Doha"): a place, not a party to refer back to. */
    private static boolean isPlace(ParsedSentence s, Mention m) {
        return s.parents(m.head()).stream()
                .anyMatch(
                        d -> (d.baseRelation().equals("obl") || d.baseRelation().equals("nmod"))
                                && LOCATIVE.contains(d.subtype()));
    }

    /** Prepositions that name where something happens ("in Doha", "near Kyiv"), not a party ("with Qatar", "to the rebels"). */
    private static final java.util.Set<String> LOCATIVE = java.util.Set.of(
            "in",
            "at",
            "into",
            "near",
            "across",
            "inside",
            "outside",
            "around",
            "within",
            "throughout",
            "over",
            "off",
            "through",
            "via",
            "along",
            "toward",
            "towards");
}
