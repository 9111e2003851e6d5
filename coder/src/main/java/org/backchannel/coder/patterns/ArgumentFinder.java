package org.backchannel.coder.patterns;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.Mention;

/**
 * Finds who did it and to whom over the dependency graph: subjects, passive agents, controlled
 * subjects, possessors of event nouns ("Rubio's acceptance of Rodríguez"), the parties of "talks
 * between X and Y", and the object or prepositional argument a pattern names.
 */
public final class ArgumentFinder {
    private static final java.util.Map<String, Set<String>> CUES = loadCues();
    /** Verbs whose object noun is the event they carry out ("held talks", "imposed sanctions"). */
    private static final Set<String> LIGHT_VERBS = CUES.getOrDefault("light_verb", Set.of());
    /** Verbs whose subject takes part in the event of their argument ("participated in a coup plot"). */
    private static final Set<String> AGENTIVE_VERBS = CUES.getOrDefault("agentive_verb", Set.of());
    /** Nouns for a line of conduct whose owner acts in the events the clause lists ("the US approach"). */
    private static final Set<String> POLICY_NOUNS = CUES.getOrDefault("policy_noun", Set.of());
    private static final List<String> TARGET_PREPS = List.of("with", "against", "to", "on", "toward", "towards", "for", "from", "into", "at", "over", "upon");

    private static java.util.Map<String, Set<String>> loadCues() {
        java.util.Map<String, Set<String>> out = new java.util.HashMap<>();
        for (org.backchannel.model.io.Tsv.Row r : org.backchannel.model.io.Tsv.resource("/backchannel/patterns/argument-cues.tsv")) {
            out.computeIfAbsent(r.col(0), k -> new java.util.HashSet<>()).add(r.col(1));
        }
        return out;
    }

    /** Arguments of predicate {@code i} under pattern {@code p}. */
    public Arguments find(SentenceGraph g, int i, EventPattern p) {
        List<Mention> sources = new ArrayList<>();
        List<Mention> targets = new ArrayList<>();
        if (p.noun()) {
            nounArguments(g, i, p, sources, targets);
        } else {
            sources.addAll(verbSources(g, i));
            targets.addAll(verbTargets(g, i, p));
            if (targets.isEmpty() && sources.size() >= 2 && symmetric(p.code())) {
                // "Biden and Putin met in Geneva": each conjunct is the other's counterpart
                return pairs(distinct(sources));
            }
        }
        if (targets.isEmpty() && !sources.isEmpty() && (hostile(p.code()) || p.code().startsWith("14"))) {
            // "struck targets across Yemen", "deployed destroyers to waters off Venezuela", "near the
            // Iranian city of Isfahan": an act of force against a place is against its state
            List<Integer> heads = new ArrayList<>(List.of(i));
            heads.addAll(PredicateMatcher.objects(g, i));
            for (int h : heads) {
                for (String prep : PLACE_PREPS) {
                    for (int a : PredicateMatcher.prepositional(g, h, prep)) {
                        for (Mention m : placeStates(g, a)) {
                            if (targets.stream().noneMatch(x -> x.actorId().equals(m.actorId()))) {
                                targets.add(m);
                            }
                        }
                    }
                }
            }
        }
        // an actor is not its own counterpart
        targets.removeIf(t -> sources.stream().anyMatch(s -> s.actorId().equals(t.actorId())));
        return new Arguments(sources, targets, false);
    }

    private static List<Mention> distinct(List<Mention> ms) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : ms) {
            if (out.stream().noneMatch(x -> x.actorId().equals(m.actorId()))) {
                out.add(m);
            }
        }
        return out;
    }

    /** Every pair of a list of parties to a mutual event, each pair once. */
    private static Arguments pairs(List<Mention> parties) {
        List<Mention> s = new ArrayList<>();
        List<Mention> t = new ArrayList<>();
        for (int a = 0; a < parties.size(); a++) {
            for (int b = a + 1; b < parties.size(); b++) {
                s.add(parties.get(a));
                t.add(parties.get(b));
            }
        }
        return new Arguments(s, t, true);
    }

    private static final List<String> PLACE_PREPS = List.of("in", "across", "on", "at", "near", "inside", "into", "off", "to", "toward",
            "towards", "over", "along");

    /** The states a place phrase names: itself ("Yemen", "Caracas"), or a nationality or owner ("the Iranian city"). */
    private static List<Mention> placeStates(SentenceGraph g, int token) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : g.actorsOf(token, true)) {
            if (m.how() == Mention.How.STATE || m.how() == Mention.How.METONYM) {
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            // "waters off Venezuela": one step further along the phrase
            for (var d : g.sentence().children(token)) {
                if (d.relation().startsWith("nmod:")) {
                    for (Mention m : g.actorsOf(d.dependent(), true)) {
                        if (m.how() == Mention.How.STATE || m.how() == Mention.How.METONYM) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** Material conflict: exhibit force, reduce relations, coerce, assault, fight, mass violence. */
    static boolean hostile(String code) {
        int root = Integer.parseInt(code.substring(0, 2));
        return root >= 15;
    }

    private static final Set<String> ADJUNCT_PREPS = Set.of("during", "in", "on", "at", "with", "through", "via", "amid");


    /** Codes whose event is mutual: intent to cooperate, consult, cooperate, and fight or clash. */
    static boolean symmetric(String code) {
        String root = code.substring(0, 2);
        return root.equals("03") || root.equals("04") || root.equals("05") || root.equals("06") || root.equals("19");
    }

    /** The first conjunct of a coordination a noun belongs to ("sanctions and support" → sanctions). */
    private static int headThroughConjuncts(SentenceGraph g, int n) {
        int node = n;
        for (int k = 0; k < 4; k++) {
            List<Integer> up = g.parents(node, "conj*");
            if (up.isEmpty()) {
                return node;
            }
            node = up.get(0);
        }
        return node;
    }

    /**
     * "The US approach to Venezuela has been characterized by sanctions and support for opposition
     * figures": events listed in a clause whose subject is a policy noun belong to the policy's owner
     * and, lacking their own target, aim at its "to/toward" complement.
     */
    private void policyFrame(SentenceGraph g, int n, List<Mention> sources, List<Mention> targets) {
        int head = headThroughConjuncts(g, n);
        for (var d : g.sentence().parents(head)) {
            if (d.governor() < 0 || !(d.relation().startsWith("obl") || d.relation().equals("obj"))) {
                continue;
            }
            for (String subj : List.of("nsubj", "nsubj:pass")) {
                for (int p : g.children(d.governor(), subj)) {
                    if (!POLICY_NOUNS.contains(g.token(p).lemma().toLowerCase(java.util.Locale.ROOT))) {
                        continue;
                    }
                    for (int m : g.children(p, "compound")) {
                        sources.addAll(g.actorsOf(m, false));
                    }
                    for (int m : g.children(p, "nmod:poss")) {
                        sources.addAll(g.actorsOf(m, false));
                    }
                    for (int m : g.children(p, "amod")) {
                        Mention x = g.mentionAt(m);
                        if (x != null) {
                            sources.add(x);
                        }
                    }
                    for (String prep : List.of("to", "toward", "towards", "on", "against")) {
                        for (int t : g.children(p, "nmod:" + prep)) {
                            targets.addAll(g.actorsOf(t, true));
                        }
                    }
                }
            }
        }
    }

    private List<Mention> verbSources(SentenceGraph g, int v) {
        List<Mention> out = new ArrayList<>();
        for (int s : g.children(v, "nsubj")) {
            out.addAll(g.actorsOf(s, false));
        }
        for (int s : g.children(v, "nsubj:xsubj")) {
            out.addAll(g.actorsOf(s, false));
        }
        for (int s : g.children(v, "obl:agent")) {
            out.addAll(g.actorsOf(s, false));
        }
        if (out.isEmpty()) {
            // "her willingness to collaborate": a verb completing a noun takes the noun's possessor
            for (int n : g.parents(v, "acl*")) {
                for (int poss : g.children(n, "nmod:poss")) {
                    out.addAll(g.actorsOf(poss, false));
                }
            }
            for (int u : g.parents(v, "xcomp")) {
                if (g.token(u).isNoun()) {
                    for (int poss : g.children(u, "nmod:poss")) {
                        out.addAll(g.actorsOf(poss, false));
                    }
                }
            }
        }
        if (out.isEmpty()) {
            // "Russia denied striking the hospital", "urged Iran to resume talks": a complement verb
            // takes its subject from the verb above, or that verb's object when it has one
            for (int u : g.parents(v, "xcomp")) {
                if (g.token(u).isVerb()) {
                    List<Integer> objs = g.children(u, "obj");
                    if (!objs.isEmpty() && objs.get(0) < v) {
                        out.addAll(g.actorsOf(objs.get(0), false));
                    } else {
                        out.addAll(verbSources(g, u));
                    }
                }
            }
        }
        if (out.isEmpty() && g.children(v, "nsubj:pass").isEmpty()) {
            // "reports indicate [the siblings] [did not participate]" is often parsed with the subject
            // as the object of the verb above: take an object that stands just before the clause
            for (String rel : List.of("dep", "ccomp", "xcomp")) {
                for (int u : g.parents(v, rel)) {
                    for (int o : g.children(u, "obj")) {
                        if (o < v && o > u) {
                            out.addAll(g.actorsOf(o, false));
                        }
                    }
                }
            }
        }
        return out;
    }

    private List<Mention> verbTargets(SentenceGraph g, int v, EventPattern p) {
        if (p.preposition() != null) {
            List<Mention> out = new ArrayList<>();
            for (int a : PredicateMatcher.prepositional(g, v, p.preposition())) {
                out.addAll(g.actorsOf(a, true));
            }
            for (int o : PredicateMatcher.objects(g, v)) {
                for (int a : PredicateMatcher.prepositional(g, o, p.preposition())) {
                    out.addAll(g.actorsOf(a, true));
                }
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        if (!p.complements().isEmpty()) {
            for (int x : g.children(v, "xcomp")) {
                List<Mention> out = new ArrayList<>();
                for (int o : PredicateMatcher.objects(g, x)) {
                    out.addAll(g.actorsOf(o, true));
                }
                if (out.isEmpty()) {
                    out.addAll(prepTargets(g, x));
                }
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
        if (!p.objects().isEmpty()) {
            int o = PredicateMatcher.objectWith(g, v, p);
            List<Mention> out = new ArrayList<>(prepTargets(g, v));
            if (out.isEmpty() && o >= 0) {
                out.addAll(prepTargets(g, o));
            }
            if (out.isEmpty()) {
                // "gave the dissidents asylum": the indirect object receives it
                for (int io : g.children(v, "iobj")) {
                    out.addAll(g.actorsOf(io, true));
                }
            }
            if (out.isEmpty() && o >= 0) {
                // "expelled two Russian diplomats", "summoned the British ambassador": the object is the party
                out.addAll(g.actorsOf(o, true));
            }
            return out;
        }
        List<Mention> out = new ArrayList<>();
        for (int o : g.children(v, "obj")) {
            out.addAll(g.actorsOf(o, true));
        }
        for (int o : g.children(v, "nsubj:pass")) {
            out.addAll(g.actorsOf(o, true));
        }
        for (int o : g.children(v, "iobj")) {
            out.addAll(g.actorsOf(o, true));
        }
        if (out.isEmpty()) {
            out.addAll(prepTargets(g, v));
        }
        return out;
    }

    private List<Mention> prepTargets(SentenceGraph g, int head) {
        for (String prep : TARGET_PREPS) {
            List<Mention> out = new ArrayList<>();
            for (int a : PredicateMatcher.prepositional(g, head, prep)) {
                out.addAll(g.actorsOf(a, true));
            }
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    private void nounArguments(SentenceGraph g, int n, EventPattern p, List<Mention> sources, List<Mention> targets) {
        // "talks between X and Y"
        List<Mention> between = new ArrayList<>();
        for (int b : g.children(n, "nmod:between")) {
            between.addAll(g.actorsOf(b, false));
        }
        if (between.size() >= 2) {
            sources.add(between.get(0));
            targets.addAll(between.subList(1, between.size()));
            return;
        }
        for (int poss : g.children(n, "nmod:poss")) {
            (p.possessorIsTarget() ? targets : sources).addAll(g.actorsOf(poss, false));
        }
        for (int by : g.children(n, "nmod:by")) {
            sources.addAll(g.actorsOf(by, false));
        }
        for (int by : g.children(n, "nmod:agent")) {
            sources.addAll(g.actorsOf(by, false));
        }
        if (sources.isEmpty()) {
            for (int c : g.children(n, "compound")) {
                sources.addAll(g.actorsOf(c, false));
            }
            for (int c : g.children(n, "amod")) {
                Mention m = g.mentionAt(c);
                if (m != null) {
                    sources.add(m);
                }
            }
        }
        if (sources.isEmpty()) {
            // "Washington imposed sanctions": the subject of a light verb carries out the noun's event;
            // "the siblings participated in a coup plot": the subject of an agentive verb takes part
            int head = headThroughConjuncts(g, n);
            for (var d : g.sentence().parents(head)) {
                if (d.governor() < 0) {
                    continue;
                }
                String lemma = g.token(d.governor()).lemma().toLowerCase(java.util.Locale.ROOT);
                boolean light = d.relation().equals("obj") && LIGHT_VERBS.contains(lemma);
                boolean agentive = (d.relation().equals("obj") || d.relation().startsWith("obl")) && AGENTIVE_VERBS.contains(lemma);
                if (light || agentive) {
                    sources.addAll(verbSources(g, d.governor()));
                }
            }
        }
        if (sources.isEmpty()) {
            // "signed a pact during a visit to Kyiv", "killed him in an airstrike on Beirut": an event
            // noun in an adjunct of a clause is its subject's doing
            for (var d : g.sentence().parents(headThroughConjuncts(g, n))) {
                if (d.governor() >= 0 && g.token(d.governor()).isVerb() && ADJUNCT_PREPS.contains(d.subtype())
                        && d.relation().startsWith("obl")) {
                    sources.addAll(verbSources(g, d.governor()));
                }
            }
        }
        List<Mention> policyTargets = new ArrayList<>();
        if (sources.isEmpty()) {
            policyFrame(g, n, sources, policyTargets);
        }
        if (p.preposition() != null) {
            for (int a : PredicateMatcher.prepositional(g, n, p.preposition())) {
                targets.addAll(g.actorsOf(a, true));
            }
        }
        if (targets.isEmpty()) {
            for (int o : g.children(n, "nmod:of")) {
                targets.addAll(g.actorsOf(o, true));
            }
        }
        if (targets.isEmpty()) {
            targets.addAll(prepTargets(g, n));
        }
        if (targets.isEmpty()) {
            for (int v : g.parents(n, "obj")) {
                if (LIGHT_VERBS.contains(g.token(v).lemma().toLowerCase(java.util.Locale.ROOT))) {
                    targets.addAll(prepTargets(g, v));
                }
            }
        }
        if (targets.isEmpty()) {
            targets.addAll(policyTargets);
        }
        if (between.size() == 1 && sources.isEmpty()) {
            sources.add(between.get(0));
        } else if (between.size() == 1 && targets.isEmpty()) {
            targets.add(between.get(0));
        }
    }
}
