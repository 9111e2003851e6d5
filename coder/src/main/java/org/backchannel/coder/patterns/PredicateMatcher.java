package org.backchannel.coder.patterns;

import java.util.List;
import org.backchannel.model.Token;

/** Finds the pattern a verb or noun of a sentence fulfils, the most specific one first. */
public final class PredicateMatcher {
    private static final java.util.Set<String> PARTICLES =
            java.util.Set.of("back", "aside", "down", "out", "off", "up", "away", "over", "in", "forward");
    private final PatternSet patterns;

    public PredicateMatcher(PatternSet patterns) {
        this.patterns = patterns;
    }

    /** The pattern token {@code i} fulfils, or null (also when that pattern marks the use as no event). */
    public EventPattern match(SentenceGraph g, int i) {
        EventPattern p = fulfilled(g, i);
        return p == null || p.noEvent() ? null : p;
    }

    private EventPattern fulfilled(SentenceGraph g, int i) {
        Token t = g.token(i);
        String lemma = t.lemma().toLowerCase(java.util.Locale.ROOT);
        if (t.isVerb()) {
            List<Integer> particles = new java.util.ArrayList<>(g.children(i, "compound:prt"));
            for (int adv : g.children(i, "advmod")) {
                // "pulled back", "stepped aside": particles the parser files as adverbs
                if (adv == i + 1 && PARTICLES.contains(g.token(adv).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    particles.add(adv);
                }
            }
            for (int prt : particles) {
                EventPattern p = first(
                        g, i, patterns.verbs(lemma + "_" + g.token(prt).lemma().toLowerCase(java.util.Locale.ROOT)));
                if (p != null) {
                    return p;
                }
            }
            return first(g, i, patterns.verbs(lemma));
        }
        if (t.isNoun()) {
            for (int c : g.children(i, "compound")) {
                EventPattern p = first(
                        g, i, patterns.nouns(g.token(c).lemma().toLowerCase(java.util.Locale.ROOT) + "_" + lemma));
                if (p != null) {
                    return p;
                }
            }
            return first(g, i, patterns.nouns(lemma));
        }
        return null;
    }

    private static EventPattern first(SentenceGraph g, int i, List<EventPattern> candidates) {
        for (EventPattern p : candidates) {
            if (fulfils(g, i, p)) {
                return p;
            }
        }
        return null;
    }

    static boolean fulfils(SentenceGraph g, int i, EventPattern p) {
        if (!p.objects().isEmpty() && objectWith(g, i, p) < 0) {
            return false;
        }
        if (p.preposition() != null && !hasPrepositional(g, i, p)) {
            return false;
        }
        if (!p.complements().isEmpty()) {
            boolean found = false;
            for (int x : g.children(i, "xcomp")) {
                found |= p.complements().contains(g.token(x).lemma().toLowerCase(java.util.Locale.ROOT));
            }
            for (int x : g.children(i, "acl*")) {
                found |= p.complements().contains(g.token(x).lemma().toLowerCase(java.util.Locale.ROOT));
            }
            return found;
        }
        return true;
    }

    /** The object token whose lemma the pattern asks for, or -1. */
    public static int objectWith(SentenceGraph g, int i, EventPattern p) {
        for (int o : objects(g, i)) {
            if (named(g, o, p.objects())) {
                return o;
            }
        }
        for (int w : suppliedWith(g, i)) {
            if (named(g, w, p.objects())) {
                return w;
            }
        }
        return -1;
    }

    /**
     * What a verb furnishes its object with: "drones" in "supplied Russia with drones", "arms" in
     * "provided the rebels with arms"; only when the verb also has a direct object (the recipient).
     */
    public static List<Integer> suppliedWith(SentenceGraph g, int i) {
        if (!g.token(i).isVerb() || g.children(i, "obj").isEmpty()) {
            return List.of();
        }
        List<Integer> out = new java.util.ArrayList<>();
        for (int w : g.children(i, "obl:with")) {
            out.add(w);
            out.addAll(g.quantified(w));
        }
        return out;
    }

    /**
     * The pattern's preposition on the verb or on its object ("sanctions on Iran"), with one of the
     * pattern's prepositional objects when it lists any ("agreed to the proposal").
     */
    private static boolean hasPrepositional(SentenceGraph g, int i, EventPattern p) {
        List<Integer> args = new java.util.ArrayList<>(prepositional(g, i, p.preposition()));
        for (int o : objects(g, i)) {
            args.addAll(onObject(g, o, p.preposition()));
        }
        // "fired on Tuesday", "marched on Sunday": a day or month is when, not the pattern's party
        args.removeIf(a -> org.backchannel.coder.dates.DateExpressions.isCalendarWord(
                g.token(a).word()));
        if (p.prepObjects().isEmpty()) {
            return !args.isEmpty();
        }
        for (int a : args) {
            if (named(g, a, p.prepObjects())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether token {@code o} is one of the lemmas, or a modifier and it are ("arms shipment" as
     * arm_shipment, a compound; "humanitarian aid" as humanitarian_aid, an adjective), or a name whose
     * title is ("ambassador Brah Mohamane").
     */
    private static boolean named(SentenceGraph g, int o, java.util.Set<String> lemmas) {
        String lemma = g.token(o).lemma().toLowerCase(java.util.Locale.ROOT);
        if (lemmas.contains(lemma)) {
            return true;
        }
        if (g.token(o).isProperNoun()) {
            // "summoned Niger's ambassador Brah Mohamane": the title before a name is what it names
            for (int c : g.children(o, "compound")) {
                if (!g.token(c).isProperNoun()
                        && lemmas.contains(g.token(c).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    return true;
                }
            }
        }
        for (String rel : List.of("compound", "amod")) {
            for (int c : g.children(o, rel)) {
                if (lemmas.contains(g.token(c).lemma().toLowerCase(java.util.Locale.ROOT) + "_" + lemma)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Direct objects, or the subject of a passive, or for nouns and gerunds their "of" complement; an amount
     * brings what it counts ("delivered the first of four systems": "first" and "systems").
     */
    public static List<Integer> objects(SentenceGraph g, int i) {
        List<Integer> out = new java.util.ArrayList<>(g.children(i, "obj"));
        out.addAll(g.children(i, "nsubj:pass"));
        if (g.token(i).isNoun()) {
            out.addAll(g.children(i, "nmod:of"));
        } else if (g.token(i).pos().equals("VBG")) {
            out.addAll(g.children(i, "obl:of")); // "Russia's shelling of Kharkiv", parsed as a gerund
        }
        for (int o : List.copyOf(out)) {
            for (int q : g.quantified(o)) {
                if (!out.contains(q)) {
                    out.add(q);
                }
            }
        }
        return out;
    }

    /** Prepositional arguments with this preposition ("obl:with", "nmod:with"). */
    public static List<Integer> prepositional(SentenceGraph g, int i, String prep) {
        List<Integer> out = onObject(g, i, prep);
        if (prep.equals("with") && g.token(i).isNoun()) {
            // "talks between X and Y" is talks of X with Y
            out.addAll(g.children(i, "nmod:between"));
        }
        return out;
    }

    /**
     * The arguments of a verb's object by a preposition, as written: "met the minister, the first
     * meeting between the two" gives the meeting's "between" parties to nobody's "with".
     */
    public static List<Integer> onObject(SentenceGraph g, int object, String prep) {
        List<Integer> out = new java.util.ArrayList<>(g.children(object, "obl:" + prep));
        out.addAll(g.children(object, "nmod:" + prep));
        return out;
    }
}
