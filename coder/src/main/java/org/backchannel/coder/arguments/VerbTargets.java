package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * Whom a verb's event is aimed at, in the order the rules are tried. A pattern that names its
 * object noun ("expel obj=diplomat") finds its target only through that object's phrase.
 */
final class VerbTargets {
    static final List<SideRule> RULES = List.of(
            new SideRule("pattern-preposition", (p, o) -> patternPreposition(p)),
            new SideRule("complement-object", (p, o) -> complementObject(p)),
            new SideRule(
                    "indirect-object", // "gave Pakistan intelligence on Indian positions": Pakistan, not India
                    (p, o) -> withObject(p) ? Phrases.actors(p.graph(), p.token(), "iobj", true) : List.of()),
            new SideRule("object-complement", (p, o) -> withObject(p) ? objectComplement(p, o) : List.of()),
            new SideRule("pattern-object", (p, o) -> withObject(p) ? patternObject(p) : List.of()),
            new SideRule("object", (p, o) -> withObject(p) ? List.of() : objects(p)),
            new SideRule(
                    "object-parsed-as-clause-subject",
                    (p, o) -> withObject(p) ? List.of() : objectParsedAsClauseSubject(p)),
            new SideRule(
                    "preposition", (p, o) -> withObject(p) ? List.of() : Phrases.prepTargets(p.graph(), p.token())),
            new SideRule("clause-subject", (p, o) -> clauseSubject(p)),
            new SideRule("threat-condition", (p, o) -> threatCondition(p, o)),
            new SideRule("intended-act", (p, o) -> intendedAct(p, o)),
            new SideRule("recipient", (p, o) -> Recipients.ofParticiple(p)),
            new SideRule("channel-addressee", (p, o) -> channelAddressee(p)));

    private VerbTargets() {}

    static Side find(Predicate p, Side source) {
        return SideRule.first(RULES, p, source);
    }

    private static boolean withObject(Predicate p) {
        return !p.pattern().objects().isEmpty();
    }

    /** "met with Maduro" for "meet prep=with": the preposition the pattern names, on the verb or its object. */
    static List<Mention> patternPreposition(Predicate p) {
        EventPattern pattern = p.pattern();
        if (pattern.preposition() == null) {
            return List.of();
        }
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        for (int a : PredicateMatcher.prepositional(g, p.token(), pattern.preposition())) {
            out.addAll(g.actorsOf(a, true));
        }
        for (int o : PredicateMatcher.objects(g, p.token())) {
            for (int a : PredicateMatcher.onObject(g, o, pattern.preposition())) {
                out.addAll(g.actorsOf(a, true));
            }
        }
        return out;
    }

    /** "agreed to meet Putin" for "agree xcomp=meet": the object of the complement verb. */
    static List<Mention> complementObject(Predicate p) {
        if (p.pattern().complements().isEmpty()) {
            return List.of();
        }
        return complementParty(p.graph(), p.token());
    }

    /**
     * The party of a verb's open complement: its object, else its own "to/against/on" party, else its
     * object's ("agreed to lift the sanctions on Iran"); empty when none.
     */
    private static List<Mention> complementParty(SentenceGraph g, int verb) {
        for (int x : g.children(verb, "xcomp")) {
            List<Mention> out = new ArrayList<>();
            for (int o : PredicateMatcher.objects(g, x)) {
                out.addAll(g.actorsOf(o, true));
            }
            if (out.isEmpty()) {
                out.addAll(Phrases.prepTargets(g, x));
            }
            for (int o : PredicateMatcher.objects(g, x)) {
                if (out.isEmpty()) {
                    out.addAll(Phrases.prepTargets(g, o));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /** Channels words and meetings pass through: "in a letter to", "during a phone call with". */
    private static final java.util.Set<String> CHANNELS = java.util.Set.of(
            "letter", "message", "call", "conversation", "meeting", "talk", "note", "videoconference", "visit");

    private static final java.util.Set<String> CHANNEL_PREPS = java.util.Set.of("obl:in", "obl:during", "obl:at");

    /**
     * "Erdogan expressed regret over the downing of the jet in a letter to Putin", "pledged support
     * during a phone call with Zelensky": what is said or done in a letter, call or meeting with someone
     * is aimed at them. Acts of force (roots 15–20) are not aimed this way.
     */
    static List<Mention> channelAddressee(Predicate p) {
        if (p.code() == null || p.code().isForceOrCoercion()) {
            return List.of();
        }
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        for (var d : g.sentence().children(p.token())) {
            if (CHANNEL_PREPS.contains(d.relation())
                    && CHANNELS.contains(g.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT))) {
                out.addAll(Phrases.prepTargets(g, d.dependent()));
            }
        }
        return out;
    }

    /** Roots of an act announced, asked or refused, whose complement says at whom it is aimed. */
    private static final java.util.Set<String> INTENT_ROOTS = java.util.Set.of("03", "10", "12", "13");

    /**
     * "al-Qaeda threatened to deliver devastating blows to the United States", "pledged to send troops
     * to Mali": an intent with no party of its own is aimed at the party of the act it announces (its
     * complement's "to/against/on" party, else its object).
     */
    static List<Mention> intendedAct(Predicate p, Side source) {
        if (!INTENT_ROOTS.contains(p.code().root())
                || !p.pattern().complements().isEmpty()
                || source.mentions().size() > 1) { // "X and Y agreed to …": each other's counterparts
            return List.of();
        }
        SentenceGraph g = p.graph();
        List<Integer> acts = new ArrayList<>(g.children(p.token(), "xcomp"));
        for (int o : g.children(p.token(), "obj")) {
            if (g.token(o).pos().equals("VBG")) {
                acts.add(o); // "ruled out sending missiles to Ukraine"
            }
        }
        for (int x : acts) {
            List<Mention> out = new ArrayList<>(Phrases.prepTargets(g, x)); // "deliver blows to the US"
            for (int o : PredicateMatcher.objects(g, x)) {
                if (out.isEmpty()) {
                    out.addAll(g.actorsOf(o, true));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    /**
     * "Iran threatened to launch an offensive unless Baghdad accepted its terms", "would seize more
     * territory if Hamas did not release the hostages": a threat is aimed at whoever must meet its
     * condition, the subject of its "if" or "unless" clause (on the threat or on its complement).
     */
    static List<Mention> threatCondition(Predicate p, Side source) {
        if (p.code() == null || !p.code().root().equals("13")) {
            return List.of();
        }
        SentenceGraph g = p.graph();
        List<Integer> heads = new ArrayList<>(List.of(p.token()));
        heads.addAll(g.children(p.token(), "xcomp"));
        heads.addAll(g.children(p.token(), "ccomp"));
        List<Mention> out = new ArrayList<>();
        for (int h : heads) {
            for (int c : g.children(h, "advcl*")) {
                boolean conditional = g.children(c, "mark").stream()
                        .map(m -> g.token(m).lemma().toLowerCase(java.util.Locale.ROOT))
                        .anyMatch(m -> m.equals("if") || m.equals("unless"));
                if (conditional) {
                    for (Mention m : Phrases.actors(g, c, "nsubj", false)) {
                        if (source.mentions().stream()
                                .noneMatch(s -> s.actorId().equals(m.actorId()))) {
                            out.add(m); // "… if it refuses", with "it" the threatener itself, aims at nobody
                        }
                    }
                }
            }
        }
        return out;
    }

    /** "imposed sanctions on Iran": a target preposition on the verb or on the pattern's object noun. */
    static List<Mention> objectComplement(Predicate p, Side source) {
        List<Mention> out = new ArrayList<>(Phrases.prepTargets(p.graph(), p.token()));
        // "severed ties with Israel over its offensive": the source's own phrase is no counterpart
        out.removeIf(m -> source.mentions().stream().anyMatch(s -> s.actorId().equals(m.actorId())));
        int o = PredicateMatcher.objectWith(p.graph(), p.token(), p.pattern());
        if (out.isEmpty() && o >= 0) {
            // "X and Y signed a framework at the White House": where conjoined parties do a mutual
            // act is its venue; "rejected talks at the Vatican" keeps the Vatican
            boolean venue = source.mentions().size() >= 2 && p.code().isMutual();
            out.addAll(Phrases.prepTargets(p.graph(), o, venue ? Phrases.OBJECT_TARGET_PREPS : Phrases.TARGET_PREPS));
        }
        return out;
    }

    /**
     * "expelled two Russian diplomats", "summoned the British ambassador": the object is the party;
     * "supplied Russia with drones": the object is who receives what the pattern names.
     */
    static List<Mention> patternObject(Predicate p) {
        int o = PredicateMatcher.objectWith(p.graph(), p.token(), p.pattern());
        if (o >= 0 && PredicateMatcher.suppliedWith(p.graph(), p.token()).contains(o)) {
            return Phrases.actors(p.graph(), p.token(), "obj", true); // "supplied Russia with drones"
        }
        return o < 0 ? List.of() : p.graph().actorsOf(o, true);
    }

    /**
     * "demanded that the US cancel the sale", "warned that Iran would pay": an appeal, demand or
     * threat made in a that-clause is aimed at the clause's subject.
     */
    static List<Mention> clauseSubject(Predicate p) {
        if (!Phrases.ADDRESSED_ROOTS.contains(p.code().root())) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int c : p.graph().children(p.token(), "ccomp")) {
            out.addAll(Phrases.actors(p.graph(), c, "nsubj", false));
            out.addAll(Phrases.actors(p.graph(), c, "nsubj:pass", false));
        }
        return out;
    }

    /**
     * The object the parser gave to the clause after the verb: "The Palestinians reject Israeli
     * changes, chief negotiator Saeb Erakat said" (with "changes" as the subject of "said"), "Israel
     * released the mayor of Nablus, jailed a year ago" (with "the mayor" as the subject of "jailed"),
     * "China demanded the US cancel the sale". A verb with no object takes the subject of a clause
     * hanging on it to its right, when that subject stands between the two and no "that" or
     * "if" marks the clause as one.
     */
    static List<Mention> objectParsedAsClauseSubject(Predicate p) {
        SentenceGraph g = p.graph();
        if (!g.children(p.token(), "obj").isEmpty()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (String rel : List.of("ccomp", "dep", "parataxis", "advcl", "xcomp")) {
            for (int r : g.children(p.token(), rel)) {
                if (rel.equals("xcomp") && !g.token(r).pos().equals("VBN")) {
                    continue; // only "released [the mayor jailed a year ago]" is an object parsed as a clause
                }
                if (r < p.token() || !g.children(r, "mark").isEmpty()) {
                    continue; // "demanded that the US cancel": a marked clause is a real clause
                }
                for (String subj : List.of("nsubj", "nsubj:pass")) {
                    for (int n : g.children(r, subj)) {
                        if (n > p.token() && n < r && !commaBetween(g, p.token(), n)) {
                            // "…, The Wall Street Journal reported": after a comma it is the clause's own subject
                            out.addAll(g.actorsOf(n, true));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static boolean commaBetween(SentenceGraph g, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (g.token(k).word().equals(",")) {
                return true;
            }
        }
        return false;
    }

    /** The direct object, the subject of a passive, an indirect object, or a gerund's "of" complement. */
    static List<Mention> objects(Predicate p) {
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>(Phrases.actors(g, p.token(), "obj", true));
        out.addAll(Phrases.actors(g, p.token(), "nsubj:pass", true));
        if (VerbSources.reducedPassive(g, p.token())) {
            out.addAll(Phrases.actors(g, p.token(), "nsubj", true)); // "the mayor jailed a year ago"
        }
        out.addAll(Phrases.actors(g, p.token(), "iobj", true));
        out.addAll(Captives.misparsedPassiveSubject(g, p.token())); // "[Americans held in Iran] were freed"
        if (g.token(p.token()).pos().equals("VBG")) {
            out.addAll(Phrases.actors(g, p.token(), "obl:of", true)); // "Russia's shelling of Kharkiv"
        }
        for (int c : g.children(p.token(), "csubj:pass")) {
            // "the civilians imprisoned … were released": the parser made the phrase a clause
            out.addAll(Phrases.actors(g, c, "nsubj", true));
        }
        return out;
    }
}
