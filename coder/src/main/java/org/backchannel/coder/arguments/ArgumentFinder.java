package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * Finds who did it and to whom over the dependency graph, through ordered lists of named rules:
 * {@link VerbSources} and {@link VerbTargets} for verbs, {@link NounSources} and {@link NounTargets}
 * for event nouns. Then rules over the whole: the parties of "talks between X and Y"; each
 * conjunct of "X and Y met" or of "X and Y began joint drills" ({@link JointActs}) as the other's
 * counterpart; and for acts of force or protest with no
 * target, the state of the place they hit ("struck targets across Yemen"), near the predicate or
 * further down its clause ({@link PlacesInClause}).
 */
public final class ArgumentFinder {
    private static final List<String> PLACE_PREPS = List.of(
            "in", "across", "on", "at", "near", "inside", "into", "off", "to", "toward", "towards", "over", "along",
            "outside", "around");

    private final org.backchannel.coder.actors.KnowledgeBase kb;

    public ArgumentFinder(org.backchannel.coder.actors.KnowledgeBase kb) {
        this.kb = kb;
    }

    /** Whether one side of the arguments is empty although the text names someone there ({@link UnresolvedSides}). */
    public boolean namesUnresolvedSide(Predicate p, Arguments args) {
        return (args.sources().isEmpty() && UnresolvedSides.sourceNamed(p, kb))
                || (args.targets().isEmpty() && UnresolvedSides.targetNamed(p, kb));
    }

    /**
     * Whether an event may be told with its source alone: event nouns, patterns that constrain their
     * object or complement, and verbs that have nobody on the receiving end ("the minister
     * resigned"); a bare verb whose target is missing ("offered a glimpse") is no event.
     */
    public boolean standsWithoutTarget(Predicate p) {
        if (p.pattern().noun() || p.pattern().specificity() > 0) {
            return true;
        }
        String lemma = p.word().lemma().toLowerCase(java.util.Locale.ROOT);
        return ArgumentCues.INTRANSITIVE_EVENTS.contains(lemma)
                && p.graph().children(p.token(), "obj").isEmpty();
    }

    /** Arguments of predicate {@code p}. */
    public Arguments find(Predicate p) {
        if (p.pattern().noun()) {
            List<Mention> between = NounSources.between(p);
            if (between.size() >= 2) {
                return between(p, between);
            }
        }
        Side source = p.pattern().noun() ? NounSources.find(p) : VerbSources.find(p);
        if (!p.pattern().noun() && source.isEmpty()) {
            // "fighting between the army and the RSF", a gerund with no subject: the two it lies between
            List<Mention> between = SideRule.distinct(Phrases.actors(p.graph(), p.token(), "obl:between", false));
            if (between.isEmpty()) {
                between = NounSources.between(p);
            }
            if (between.size() >= 2) {
                return between(p, between);
            }
        }
        if (!p.pattern().noun() && source.mentions().size() >= 2 && p.code().isMutual() && JointActs.joint(p)) {
            return pairs(source.mentions(), source.rule(), "joint-act"); // "X and Y began joint drills"
        }
        Side target = withoutOwnWeapons(
                p,
                withoutSources(p.pattern().noun() ? NounTargets.find(p, source) : VerbTargets.find(p, source), source),
                source);
        if (!p.pattern().noun() && source.mentions().size() >= 2 && eachOther(p)) {
            return bothWays(source.mentions(), source.rule()); // "each side accused the other", "traded blame"
        }
        if (!p.pattern().noun()
                && target.isEmpty()
                && source.mentions().size() >= 2
                && (p.code().isTruce() || p.code().isYield() && swap(p))) {
            // "X and Y agreed to a ceasefire", "Russia and Ukraine exchanged prisoners": each yields to the other
            return bothWays(source.mentions(), source.rule());
        }
        boolean looseTarget = target.isEmpty() || "preposition".equals(target.rule());
        if (!p.pattern().noun() && looseTarget && source.mentions().size() >= 2 && reciprocal(p)) {
            // "Trump and Putin met at a military base": the conjoined parties, not the venue
            return pairs(source.mentions(), source.rule(), "conjoined-party");
        }
        if (target.isEmpty()
                && !source.isEmpty()
                && (p.code().isForceOrCoercion() || p.code().isProtest())) {
            target = withoutSources(new Side(PlacesOfAct.states(p, PLACE_PREPS), "place-of-act"), source);
            if (target.isEmpty()) {
                target = withoutSources(
                        new Side(PlacesInClause.states(p, source.mentions()), "place-in-clause"), source);
            }
        } else if (target.isEmpty() && !source.isEmpty() && p.code().isYield()) {
            // "lifted the curfew in Montenegro" yields to where it applies; "surrendered in Soroti", in
            // the rebels' own country, yields to nobody the place names
            List<Mention> abroad = new ArrayList<>(PlacesOfAct.states(p, PLACE_PREPS));
            if (abroad.isEmpty()) {
                abroad.addAll(PlacesOfAct.states(p, List.of("from"))); // "withdrew from the area around Kyiv"
            }
            abroad.removeIf(t -> source.mentions().stream().anyMatch(s -> sameCountry(s, t)));
            target = new Side(abroad, abroad.isEmpty() ? null : "place-of-act");
        }
        return new Arguments(
                source.mentions(), target.mentions(), false, source.rule(), target.isEmpty() ? null : target.rule());
    }

    /**
     * The parties an event lies between ("talks between X and Y", "a ceasefire between X and Y"):
     * the first acts on the others; in a truce each yields to the other.
     */
    private static Arguments between(Predicate p, List<Mention> parties) {
        if (p.code().isTruce()) {
            return bothWays(parties, "between");
        }
        return new Arguments(List.of(parties.get(0)), parties.subList(1, parties.size()), false, "between", "between");
    }

    /**
     * Whether conjoined subjects act on each other: contact and cooperation always ("X and Y met"),
     * fighting only for verbs that say so ("X and Y clashed", not "US and British jets struck").
     */
    private static boolean reciprocal(Predicate p) {
        return p.code().isMutual()
                || (p.code().isMutualWhenConjoined()
                        && ArgumentCues.RECIPROCAL_VERBS.contains(
                                p.word().lemma().toLowerCase(java.util.Locale.ROOT)));
    }

    private boolean sameCountry(Mention a, Mention b) {
        String ca = countryOf(a);
        return ca != null && ca.equals(countryOf(b));
    }

    private String countryOf(Mention m) {
        return kb.countryOf(m.actorId());
    }

    /**
     * "Russia launched its missiles", "Iran fired Iranian drones": a weapon of the source's own
     * country is what it acts with, not whom it acts on; so are the forces it deploys or sends in a
     * show of force ("Poland deployed soldiers and riot police to its border").
     */
    private Side withoutOwnWeapons(Predicate p, Side target, Side source) {
        List<Mention> targets = new ArrayList<>(target.mentions());
        boolean showOfForce = p.code().root().equals("15")
                && ("pattern-object".equals(target.rule()) || "object".equals(target.rule()));
        targets.removeIf(
                t -> (showOfForce || kb.isEquipment(p.graph().token(t.head()).lemma()))
                        && source.mentions().stream().anyMatch(s -> sameCountry(s, t)));
        return targets.size() == target.mentions().size()
                ? target
                : targets.isEmpty() ? Side.NONE : new Side(targets, target.rule());
    }

    /** An actor is not its own counterpart: the target side less the sources. */
    private static Side withoutSources(Side target, Side source) {
        List<Mention> targets = new ArrayList<>(target.mentions());
        targets.removeIf(
                t -> source.mentions().stream().anyMatch(s -> s.actorId().equals(t.actorId())));
        return targets.isEmpty() ? Side.NONE : new Side(targets, target.rule());
    }

    /**
     * Whether conjoined subjects act on each other one by one: the object is "each other", "one
     * another" or "the other" ("each side accused the other"), or the verb trades an act between them
     * ("traded blame", {@code exchange_verb} in argument-cues.tsv).
     */
    private static boolean eachOther(Predicate p) {
        SentenceGraph g = p.graph();
        if (ArgumentCues.EXCHANGE_VERBS.contains(p.word().lemma().toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        for (int o : g.children(p.token(), "obj")) {
            String w = g.token(o).word().toLowerCase(java.util.Locale.ROOT);
            if (w.equals("other") || w.equals("another")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the verb hands persons or goods over both ways ({@code swap_verb} in argument-cues.tsv). */
    private static boolean swap(Predicate p) {
        return ArgumentCues.SWAP_VERBS.contains(p.word().lemma().toLowerCase(java.util.Locale.ROOT));
    }

    /** Every ordered pair of a list of parties: each acts on each other one. */
    private static Arguments bothWays(List<Mention> parties, String rule) {
        List<Mention> s = new ArrayList<>();
        List<Mention> t = new ArrayList<>();
        for (Mention a : parties) {
            for (Mention b : parties) {
                if (!a.actorId().equals(b.actorId())) {
                    s.add(a);
                    t.add(b);
                }
            }
        }
        return new Arguments(s, t, true, rule, "each-other");
    }

    /** Every pair of a list of parties to a mutual event, each pair once. */
    private static Arguments pairs(List<Mention> parties, String rule, String targetRule) {
        List<Mention> s = new ArrayList<>();
        List<Mention> t = new ArrayList<>();
        for (int a = 0; a < parties.size(); a++) {
            for (int b = a + 1; b < parties.size(); b++) {
                s.add(parties.get(a));
                t.add(parties.get(b));
            }
        }
        return new Arguments(s, t, true, rule, targetRule);
    }
}
