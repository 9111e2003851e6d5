package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/** Who carries out the event an event noun names ("sanctions", "talks", "the capture"), in rule order. */
final class NounSources {
    private static final Set<String> ADJUNCT_PREPS =
            Set.of("during", "in", "on", "at", "with", "through", "via", "amid");

    static final List<SideRule> RULES = List.of(
            new SideRule(
                    "possessor",
                    (p, o) -> p.pattern().possessorIsTarget()
                            ? List.of()
                            : Phrases.actors(p.graph(), p.token(), "nmod:poss", false)),
            new SideRule("by-agent", (p, o) -> byAgent(p)),
            new SideRule("of-doer", (p, o) -> ofDoer(p)),
            new SideRule("joiner", (p, o) -> joiner(p)),
            new SideRule("modifier", (p, o) -> modifiers(p)),
            new SideRule("culprit", (p, o) -> ResponsibilityClaims.culprits(p)),
            new SideRule("light-verb-subject", (p, o) -> lightVerbSubject(p)),
            new SideRule("adjunct-clause-subject", (p, o) -> adjunctClauseSubject(p)),
            new SideRule("policy-owner", (p, o) -> PolicyFrame.owners(p)),
            new SideRule("between-one", (p, o) -> between(p).size() == 1 ? between(p) : List.of()),
            new SideRule("responsibility-claim", (p, o) -> ResponsibilityClaims.authors(p)));

    private NounSources() {}

    static Side find(Predicate p) {
        return SideRule.first(RULES, p, Side.NONE);
    }

    /** The parties of "talks between X and Y". */
    static List<Mention> between(Predicate p) {
        return SideRule.distinct(Phrases.actors(p.graph(), p.token(), "nmod:between", false));
    }

    /** "the capture of Maduro by US forces". */
    static List<Mention> byAgent(Predicate p) {
        List<Mention> out = new ArrayList<>(Phrases.actors(p.graph(), p.token(), "nmod:by", false));
        out.addAll(Phrases.actors(p.graph(), p.token(), "nmod:agent", false));
        return out;
    }

    /**
     * "the withdrawal of Russian forces", "the resignation of the prime minister", "the deployment of
     * US troops", "a visit of the Chinese president": a noun of an act nobody undergoes (withdrawing,
     * resigning, visiting, deploying) has its doer in its "of" phrase, not its victim.
     */
    static List<Mention> ofDoer(Predicate p) {
        return selfDirected(p) ? Phrases.actors(p.graph(), p.token(), "nmod:of", false) : List.of();
    }

    /** Whether an event noun names an act nobody undergoes: its "of" phrase is its doer. */
    static boolean selfDirected(Predicate p) {
        String cameo = p.code() == null ? "" : p.code().cameo();
        return (cameo.startsWith("087") && !cameo.equals("0871"))
                || cameo.startsWith("0831")
                || cameo.equals("042")
                || cameo.startsWith("15");
    }

    /** "US sanctions", "a Russian air strike": an actor named before the noun. */
    static List<Mention> modifiers(Predicate p) {
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>(Phrases.actors(g, p.token(), "compound", false));
        for (int c : g.children(p.token(), "amod")) {
            out.addAll(g.mentionsAt(c));
        }
        return out;
    }

    /**
     * "Washington imposed sanctions", "the EU proposed a package of sanctions": the subject of a light
     * verb carries out the noun's event (through an amount of it);
     * "the siblings participated in a coup plot": the subject of an agentive verb takes part.
     */
    /** Verbs whose subject takes up an act others began: "joined Western sanctions against Russia". */
    static final Set<String> JOIN_VERBS = Set.of("join", "rejoin");

    /**
     * "Turkey has not joined Western sanctions against Russia": who joins an act carries it out too,
     * whoever it is named after.
     */
    static List<Mention> joiner(Predicate p) {
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        for (int v : g.parents(p.token(), "obj")) {
            if (JOIN_VERBS.contains(g.token(v).lemma().toLowerCase(Locale.ROOT))) {
                out.addAll(VerbSources.find(p.at(v)).mentions());
            }
        }
        return out;
    }

    static List<Mention> lightVerbSubject(Predicate p) {
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        int head = Phrases.headThroughConjuncts(g, p.token());
        List<Dependency> up = new ArrayList<>(g.sentence().parents(head));
        for (int amount : g.parents(head, "nmod:of")) {
            if (g.quantified(amount).contains(head)) {
                up.addAll(g.sentence().parents(amount)); // "proposed a new package of sanctions"
            }
        }
        for (Dependency d : up) {
            if (d.governor() < 0) {
                continue;
            }
            String lemma = g.token(d.governor()).lemma().toLowerCase(Locale.ROOT);
            boolean light = d.relation().equals("obj") && ArgumentCues.LIGHT_VERBS.contains(lemma);
            boolean agentive = (d.relation().equals("obj") || d.relation().startsWith("obl"))
                    && ArgumentCues.AGENTIVE_VERBS.contains(lemma);
            if (light || agentive) {
                out.addAll(VerbSources.find(p.at(d.governor())).mentions());
            }
        }
        return out;
    }

    /**
     * "signed a pact during a visit to Kyiv", "killed him in an airstrike on Beirut": an event noun
     * in an adjunct of a clause is its subject's doing.
     */
    static List<Mention> adjunctClauseSubject(Predicate p) {
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        for (Dependency d : g.sentence().parents(Phrases.headThroughConjuncts(g, p.token()))) {
            if (d.governor() >= 0
                    && g.token(d.governor()).isVerb()
                    && ADJUNCT_PREPS.contains(d.subtype())
                    && d.relation().startsWith("obl")) {
                out.addAll(VerbSources.find(p.at(d.governor())).mentions());
            }
        }
        return out;
    }
}
