package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;

/** Whom the event an event noun names is aimed at, in rule order. */
final class NounTargets {
    static final List<SideRule> RULES = List.of(
            new SideRule(
                    "possessor",
                    (p, o) -> p.pattern().possessorIsTarget()
                            ? Phrases.actors(p.graph(), p.token(), "nmod:poss", false)
                            : List.of()),
            new SideRule("pattern-preposition", (p, o) -> patternPreposition(p)),
            new SideRule("of-complement", (p, o) -> Phrases.actors(p.graph(), p.token(), "nmod:of", true)),
            new SideRule("preposition", (p, o) -> Phrases.prepTargets(p.graph(), p.token())),
            new SideRule("light-verb-preposition", (p, o) -> lightVerbPreposition(p)),
            new SideRule("recipient", (p, o) -> Recipients.ofNoun(p)),
            new SideRule("clause-subject", (p, o) -> clauseSubject(p)),
            new SideRule(
                    "policy-target", (p, o) -> "policy-owner".equals(o.rule()) ? PolicyFrame.targets(p) : List.of()),
            new SideRule(
                    "between-one",
                    (p, o) -> !"between-one".equals(o.rule())
                                    && NounSources.between(p).size() == 1
                            ? NounSources.between(p)
                            : List.of()));

    private NounTargets() {}

    static Side find(Predicate p, Side source) {
        return SideRule.first(RULES, p, source);
    }

    static List<Mention> patternPreposition(Predicate p) {
        if (p.pattern().preposition() == null) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int a :
                PredicateMatcher.prepositional(p.graph(), p.token(), p.pattern().preposition())) {
            out.addAll(p.graph().actorsOf(a, true));
        }
        return out;
    }

    /** "its demands that Burundi's government grant more rights": the clause's subject. */
    static List<Mention> clauseSubject(Predicate p) {
        if (!Phrases.ADDRESSED_ROOTS.contains(p.code().root())) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int c : p.graph().children(p.token(), "acl*")) {
            out.addAll(Phrases.actors(p.graph(), c, "nsubj", false));
        }
        for (int c : p.graph().children(p.token(), "ccomp")) {
            out.addAll(Phrases.actors(p.graph(), c, "nsubj", false));
        }
        return out;
    }

    /** "held talks with Iran": the light verb's target preposition. */
    static List<Mention> lightVerbPreposition(Predicate p) {
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        for (int v : g.parents(p.token(), "obj")) {
            String lemma = g.token(v).lemma().toLowerCase(Locale.ROOT);
            if (ArgumentCues.LIGHT_VERBS.contains(lemma) || NounSources.JOIN_VERBS.contains(lemma)) {
                out.addAll(Phrases.prepTargets(g, v));
            }
        }
        return out;
    }
}
