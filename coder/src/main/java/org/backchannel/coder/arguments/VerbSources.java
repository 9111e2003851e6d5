package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;

/** Who does what a verb says, in the order the rules are tried. */
final class VerbSources {
    static final List<SideRule> RULES = List.of(
            new SideRule("principal", (p, o) -> principal(p)),
            new SideRule(
                    "subject",
                    (p, o) -> reducedPassive(p.graph(), p.token())
                            ? List.of()
                            : Phrases.actors(p.graph(), p.token(), "nsubj", false)),
            new SideRule("controlled-subject", (p, o) -> Phrases.actors(p.graph(), p.token(), "nsubj:xsubj", false)),
            new SideRule("passive-agent", (p, o) -> Phrases.actors(p.graph(), p.token(), "obl:agent", false)),
            new SideRule("participle-agent", (p, o) -> participleAgent(p)),
            new SideRule("conjoined-verb", (p, o) -> conjoinedVerb(p)),
            new SideRule("noun-owner", (p, o) -> nounOwner(p)),
            new SideRule("controlling-verb", (p, o) -> controllingVerb(p)),
            new SideRule("accused-of", (p, o) -> accusedOf(p)),
            new SideRule("gerund-complement", (p, o) -> GerundComplements.doers(p)),
            new SideRule("adverbial-clause", (p, o) -> adverbialClause(p)),
            new SideRule("message-issuer", (p, o) -> messageIssuer(p)),
            new SideRule("subject-parsed-as-object", (p, o) -> subjectParsedAsObject(p)),
            new SideRule("name-before-verb", (p, o) -> nameBeforeVerb(p)),
            new SideRule("responsibility-claim", (p, o) -> ResponsibilityClaims.authors(p)),
            new SideRule("holder", (p, o) -> Captives.holders(p)),
            new SideRule("misparsed-subject", (p, o) -> misparsedSubject(p)),
            new SideRule("launch-site", (p, o) -> launchSite(p)));

    private VerbSources() {}

    static Side find(Predicate p) {
        return SideRule.first(RULES, p, Side.NONE);
    }

    /** Roots of words passed between parties: statements, appeals, intents, consultations, cooperation, demands, disapproval, rejection, threats. */
    private static final java.util.Set<String> SPOKEN_ROOTS =
            java.util.Set.of("01", "02", "03", "04", "05", "10", "11", "12", "13");

    /**
     * "Switzerland delivered a message to Iran on behalf of the United States": whoever a spoken act
     * is made for makes it; the one who passes it on is the go-between the claims stage names.
     */
    static List<Mention> principal(Predicate p) {
        if (!SPOKEN_ROOTS.contains(p.code().root())) {
            return List.of();
        }
        return Phrases.actors(p.graph(), p.token(), "obl:on_behalf_of", false);
    }

    /**
     * "Lavrov defended Iran's right … and condemned Israeli strikes": a verb conjoined to another
     * with no subject of its own shares the first verb's subject (when the parser did not copy it).
     */
    static List<Mention> conjoinedVerb(Predicate p) {
        SentenceGraph g = p.graph();
        if (hasSubject(g, p.token())) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int u : g.parents(p.token(), "conj*")) {
            if (g.token(u).isVerb()) {
                Side s = find(p.at(u));
                if (!"passive-agent".equals(s.rule())) {
                    out.addAll(s.mentions());
                }
            }
        }
        return out;
    }

    /**
     * "A mortar bomb was fired at Israel from the Gaza Strip", "rockets fired from Lebanon hit Haifa":
     * an act of force whose doer goes unnamed is laid at the place it was launched from (the state of
     * that place), through the act's own "from" or that of the weapon it is done with.
     */
    static List<Mention> launchSite(Predicate p) {
        if (p.code() == null
                || !(p.code().root().equals("19") || p.code().root().equals("18"))) {
            return List.of();
        }
        SentenceGraph g = p.graph();
        List<Integer> launches = new ArrayList<>(List.of(p.token()));
        for (int subject : g.children(p.token(), "nsubj")) {
            if (g.actorsOf(subject, false).isEmpty()) {
                launches.addAll(g.children(subject, "acl")); // "rockets fired from Lebanon"
            }
        }
        List<Mention> out = new ArrayList<>();
        for (int launch : launches) {
            for (int from : g.children(launch, "obl:from")) {
                for (Mention m : g.mentionsAt(from)) {
                    if (m.namesPlace()) {
                        out.add(m);
                    }
                }
            }
        }
        return out;
    }

    /**
     * "…, and Ottawa expelled a senior Indian diplomat", where the parser hung "Ottawa" elsewhere: a
     * finite verb with no subject at all takes the name that stands right before it, when that name
     * is no other verb's subject.
     */
    static List<Mention> nameBeforeVerb(Predicate p) {
        SentenceGraph g = p.graph();
        String pos = g.token(p.token()).pos();
        if (!(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))
                || hasSubject(g, p.token())
                || p.token() == 0) {
            return List.of();
        }
        int before = p.token() - 1;
        if (g.token(before).pos().startsWith("RB") && before > 0) {
            before--;
        }
        List<Mention> here = g.mentionsAt(before);
        if (here.isEmpty() || !g.parents(here.get(0).head(), "nsubj*").isEmpty()) {
            return List.of();
        }
        return here;
    }

    /**
     * "released the mayor, jailed a year ago": a past participle with no auxiliary that the parser
     * hung under another word with a subject of its own is a passive, and its "subject" the one it befell.
     */
    static boolean reducedPassive(SentenceGraph g, int v) {
        if (!g.token(v).pos().equals("VBN")
                || !g.children(v, "aux").isEmpty()
                || !g.children(v, "aux:pass").isEmpty()
                || !g.children(v, "cop").isEmpty()
                || g.children(v, "nsubj").isEmpty()) {
            return false;
        }
        return !g.parents(v, "xcomp").isEmpty()
                || !g.parents(v, "acl").isEmpty()
                || !g.parents(v, "dep").isEmpty();
    }

    /**
     * "Ukraine has not received the jets promised by Denmark": a participle modifying a thing someone
     * got ({@link Recipients}), which the parser gave a plain "by" phrase instead of an agent, is done
     * by that phrase. Other such participles ("a truce mediated by Qatar and Egypt", "an action ordered
     * by Trump") are left as they were: read alone, their "by" phrase gave more wrong events than right.
     */
    static List<Mention> participleAgent(Predicate p) {
        SentenceGraph g = p.graph();
        int v = p.token();
        if (!g.token(v).pos().equals("VBN")
                || hasSubject(g, v)
                || !g.children(v, "aux").isEmpty()
                || g.parents(v, "acl").isEmpty()
                || Recipients.ofParticiple(p).isEmpty()) {
            return List.of();
        }
        return Phrases.actors(g, v, "obl:by", false);
    }

    /**
     * "[Hackers linked to the Chinese government] broke into …": the parser made the subject with its
     * reduced relative a clause ("Hackers linked to …") and that clause the verb's subject; the
     * clause's own subject is the verb's.
     */
    static List<Mention> misparsedSubject(Predicate p) {
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        for (int c : g.children(p.token(), "csubj")) {
            if (g.token(c).pos().equals("VBN")
                    && c < p.token()
                    && g.children(c, "aux").isEmpty()
                    && g.children(c, "aux:pass").isEmpty()) {
                out.addAll(Phrases.actors(g, c, "nsubj", false));
            }
        }
        return out;
    }

    private static boolean hasSubject(SentenceGraph g, int v) {
        return !g.children(v, "nsubj").isEmpty()
                || !g.children(v, "nsubj:pass").isEmpty()
                || !g.children(v, "nsubj:xsubj").isEmpty()
                || !g.children(v, "expl").isEmpty()
                || !g.children(v, "csubj").isEmpty();
    }

    /**
     * "her willingness to collaborate", "Syria's decision to expel", "the decision by Syria to expel",
     * "Qatar's role in brokering":
     * a verb completing a noun takes the noun's owner.
     */
    static List<Mention> nounOwner(Predicate p) {
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        List<Integer> nouns = new ArrayList<>(g.parents(p.token(), "acl*"));
        if (g.token(p.token()).pos().equals("VBG")) {
            nouns.addAll(g.parents(p.token(), "nmod*")); // "the UAE's role in mediating between …"
        }
        for (int u : g.parents(p.token(), "xcomp")) {
            if (g.token(u).isNoun()) {
                nouns.add(u);
            }
        }
        for (int n : nouns) {
            out.addAll(Phrases.actors(g, n, "nmod:poss", false));
            if (out.isEmpty()) {
                out.addAll(Phrases.actors(g, n, "nmod:by", false));
            }
        }
        return out;
    }

    /**
     * "Russia denied striking the hospital", "urged Iran to resume talks": a complement verb takes its
     * subject from the verb above, or that verb's object when it has one before the complement.
     */
    static List<Mention> controllingVerb(Predicate p) {
        SentenceGraph g = p.graph();
        if (reducedPassive(g, p.token())) {
            return List.of(); // "freed a soldier captured last year" says nothing of who captured him
        }
        List<Mention> out = new ArrayList<>();
        for (int u : g.parents(p.token(), "xcomp")) {
            if (g.token(u).isVerb()) {
                List<Integer> objs = g.children(u, "obj");
                if (!objs.isEmpty() && objs.get(0) < p.token()) {
                    out.addAll(g.actorsOf(objs.get(0), false));
                } else {
                    out.addAll(find(p.at(u)).mentions());
                }
            }
        }
        return out;
    }

    /**
     * "Rebels shelled the city, killing 20 people", "after meeting Putin, Xi said": a participle or
     * infinitive clause with no subject of its own is done by the subject of the clause it hangs on.
     */
    static List<Mention> adverbialClause(Predicate p) {
        SentenceGraph g = p.graph();
        String pos = g.token(p.token()).pos();
        boolean nonFinite = pos.equals("VBG") || pos.equals("VBN") || pos.equals("VB");
        if (!nonFinite || !g.children(p.token(), "nsubj:pass").isEmpty()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(g.parents(p.token(), "advcl*"));
        if (pos.equals("VBG") && afterComma(g, p.token())) {
            // ", demanding …" after a clause: the parser often hangs the participle on its verb as "dep"
            heads.addAll(g.parents(p.token(), "dep"));
        }
        for (int u : heads) {
            if (g.token(u).isVerb()) {
                Side s = find(p.at(u));
                if ("subject".equals(s.rule())
                        || "controlled-subject".equals(s.rule())
                        || "passive-agent".equals(s.rule())) {
                    out.addAll(s.mentions());
                }
            }
        }
        return out;
    }

    /** Prepositions whose gerund is done by the object of the verb above: "accused X of", "barred X from". */
    private static final java.util.Set<String> OBJECT_GERUND_MARKS = java.util.Set.of("of", "for", "with", "from");

    /**
     * "accused Hamas of using hospitals", "charged him with passing secrets", "barred Germany from
     * re-exporting ammunition": a gerund after "of", "for", "with" or "from" is done by the object of
     * the verb it hangs on (the one accused, charged, barred), or by its passive subject ("Huawei was
     * charged with stealing"), not by the verb's subject.
     */
    static List<Mention> accusedOf(Predicate p) {
        SentenceGraph g = p.graph();
        if (!g.token(p.token()).pos().equals("VBG") || hasSubject(g, p.token())) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (String mark : OBJECT_GERUND_MARKS) {
            for (int u : g.parents(p.token(), "advcl:" + mark)) {
                if (!g.token(u).isVerb()) {
                    continue;
                }
                List<Integer> objs = g.children(u, "obj");
                if (!objs.isEmpty() && objs.get(0) < p.token()) {
                    out.addAll(g.actorsOf(objs.get(0), false));
                } else {
                    for (int s : g.children(u, "nsubj:pass")) {
                        out.addAll(g.actorsOf(s, false));
                    }
                }
            }
        }
        return out;
    }

    /** Whether a comma stands right before the token. */
    private static boolean afterComma(SentenceGraph g, int token) {
        return token > 0 && g.token(token - 1).word().equals(",");
    }

    /**
     * "The union issued a statement condemning the decision", "sent a letter urging talks": a
     * participle on a statement or document that a verb's subject issued speaks for that subject.
     */
    static List<Mention> messageIssuer(Predicate p) {
        SentenceGraph g = p.graph();
        String pos = g.token(p.token()).pos();
        if (!pos.equals("VBG")) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (int n : g.parents(p.token(), "acl")) {
            if (!ArgumentCues.MESSAGE_NOUNS.contains(g.token(n).lemma().toLowerCase(java.util.Locale.ROOT))) {
                continue;
            }
            for (int v : g.parents(n, "obj")) {
                if (g.token(v).isVerb()) {
                    Side s = find(p.at(v));
                    if ("subject".equals(s.rule()) || "passive-agent".equals(s.rule())) {
                        out.addAll(s.mentions());
                    }
                }
            }
        }
        return out;
    }

    /**
     * "reports indicate [the siblings] [did not participate]" is often parsed with the subject as the
     * object of the verb above: take an object that stands just before the clause.
     */
    static List<Mention> subjectParsedAsObject(Predicate p) {
        SentenceGraph g = p.graph();
        if (!g.children(p.token(), "nsubj:pass").isEmpty()) {
            return List.of();
        }
        List<Mention> out = new ArrayList<>();
        for (String rel : List.of("dep", "ccomp", "xcomp")) {
            for (int u : g.parents(p.token(), rel)) {
                for (int o : g.children(u, "obj")) {
                    if (o < p.token() && o > u) {
                        out.addAll(g.actorsOf(o, false));
                    }
                }
            }
        }
        return out;
    }
}
