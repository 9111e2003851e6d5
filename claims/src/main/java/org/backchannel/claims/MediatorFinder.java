package org.backchannel.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;
import org.backchannel.model.Token;

/**
 * Finds the third party that carries, hosts, brokers or guarantees a contact, by what it does:
 * <ul>
 * <li>a channel: "through Qatar", "via Omani intermediaries" (for contacts, agreements and releases only;
 * "weapons flown in via Chad" is a route, not a go-between);</li>
 * <li>a broker named as agent or in a compound: "brokered by China", "mediated by the UAE",
 * "hosted by Saudi Arabia", "guaranteed by Egypt", "Qatar-brokered", "Turkish-hosted";</li>
 * <li>a go-between at work: "Oman has been relaying messages between Iran and the United States",
 * "passed Hamas's response to the Israeli negotiators", "carried a message from Hamas to U.S.
 * officials", "shuttling between the two delegations", "hosted talks between", "offered to mediate";</li>
 * <li>a role: "acting as a go-between", "will act as guarantors", "Norway, a guarantor of the accord",
 * "Egyptian mediators", "with Egyptian mediation", "under the auspices of the African Union";</li>
 * <li>one side's voice to the other: "speaking on behalf of Washington, Swiss diplomats delivered …".</li>
 * </ul>
 * A cue reaches an event when one of them lies within the other's clause; for a contact, agreement
 * or release (roots 03, 04, 05, 08) anywhere in the sentence. A mediator is never one of the two
 * sides: an actor that is the source or target, or of their country, is skipped (a side that hosts
 * its own talks is a host, not a mediator).
 */
final class MediatorFinder {
    private static final Set<String> CONTACT_ROOTS = Set.of("02", "03", "04", "05", "08");
    private static final Set<String> CARRY_VERBS =
            Set.of("relay", "pass", "carry", "convey", "deliver", "shuttle", "transmit", "forward");
    private static final Set<String> BROKER_VERBS = Set.of(
            "mediate",
            "broker",
            "host",
            "facilitate",
            "guarantee",
            "arrange",
            "negotiate",
            "coordinate",
            "oversee",
            "sponsor",
            "convene",
            "organise",
            "organize",
            "propose");
    private static final Set<String> MEETING_NOUNS = Set.of(
            "talk",
            "talks",
            "meeting",
            "negotiation",
            "summit",
            "dialogue",
            "round",
            "exchange",
            "swap",
            "contact",
            "ceasefire",
            "truce",
            "deal",
            "agreement",
            "handover",
            "release");
    private final EpistemicCues cues;
    private final Function<String, String> nameToActor;

    /** A mediator and the words that make it one. */
    record Mediation(String actorId, String cue, int anchor) {}

    /** @param nameToActor resolves a bare name ("Qatar" in "Qatar-brokered") to an actor id, or null */
    MediatorFinder(EpistemicCues cues, Function<String, String> nameToActor) {
        this.cues = cues;
        this.nameToActor = nameToActor;
    }

    /**
     * The mediator of the event at {@code predicate} with root {@code root}, other than its sides, or null.
     *
     * @param isSide whether an actor id is one of the event's sides or of their countries
     */
    Mediation forEvent(SentenceGraph g, int predicate, String root, java.util.function.Predicate<String> isSide) {
        boolean contact = CONTACT_ROOTS.contains(root);
        for (Mediation m : candidates(g, predicate, contact)) {
            if (m.actorId() == null || isSide.test(m.actorId())) {
                continue;
            }
            boolean linked = m.anchor() < 0
                    || Clauses.within(g, m.anchor(), predicate)
                    || Clauses.within(g, predicate, m.anchor())
                    || sameClause(g, m.anchor(), predicate);
            if (linked || contact && topClause(g, m.anchor()) == topClause(g, predicate)) {
                return m;
            }
        }
        return null;
    }

    /** Every mediator cue of the sentence, the channel of the predicate first. */
    private List<Mediation> candidates(SentenceGraph g, int predicate, boolean contact) {
        List<Mediation> out = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            int i = t.index();
            String lemma = Clauses.lemma(g, i);
            // a channel: "through Qatar", "via Omani intermediaries"
            if (contact || i == predicate) {
                for (Dependency d : g.sentence().children(i)) {
                    String rel = d.relation();
                    for (String prep : cues.all("mediator_prep")) {
                        if ((rel.equals("obl:" + prep) || rel.equals("nmod:" + prep))
                                && (i == predicate || carrier(g, i))) {
                            for (String id : actorsOf(g, d.dependent())) {
                                out.add(new Mediation(
                                        id, prep + " " + g.token(d.dependent()).word(), i));
                            }
                        }
                    }
                }
            }
            // compounds: "Qatar-brokered", "Turkish-hosted"
            String w = t.word().toLowerCase(Locale.ROOT);
            for (String suffix : cues.all("mediator_suffix")) {
                if (w.endsWith(suffix) && w.length() > suffix.length()) {
                    out.add(new Mediation(
                            nameToActor.apply(t.word().substring(0, t.word().length() - suffix.length())),
                            t.word(),
                            i));
                }
            }
            if (BROKER_VERBS.contains(lemma) && i >= 2 && g.token(i - 1).word().matches("[-\u2010\u2013]")) {
                Mention m = g.mentionAt(i - 2);
                if (m != null) {
                    out.add(new Mediation(m.actorId(), g.token(i - 2).word() + "-" + t.word(), i));
                }
            }
            if (t.isVerb()) {
                verbCues(g, i, lemma, out);
            }
            if (t.isNoun() && cues.is("mediator_noun", lemma)) {
                nounCues(g, i, out);
            }
        }
        return out;
    }

    /** Whether a verb carries a contact: a go-between's verb or one of sending and exchanging. */
    private boolean carrier(SentenceGraph g, int verb) {
        String l = Clauses.lemma(g, verb);
        return CARRY_VERBS.contains(l)
                || BROKER_VERBS.contains(l)
                || Set.of("send", "exchange", "receive", "talk", "communicate", "hold", "reach", "contact")
                        .contains(l);
    }

    private void verbCues(SentenceGraph g, int v, String lemma, List<Mediation> out) {
        String word = g.token(v).word();
        // "talks mediated by Egypt", "a swap brokered by Qatar"
        if (BROKER_VERBS.contains(lemma) || cues.is("mediator_verb", lemma)) {
            List<Integer> agents = new ArrayList<>(g.children(v, "obl:agent"));
            if (g.token(v).pos().equals("VBN")) {
                agents.addAll(g.children(v, "obl:by")); // the parser's passive agent: "brokered by Qatar"
            }
            for (int a : agents) {
                for (String id : actorsOf(g, a)) {
                    out.add(new Mediation(id, word + " by", v));
                }
            }
        }
        boolean between = !g.children(v, "obl:between").isEmpty()
                || !g.children(v, "nmod:between").isEmpty();
        boolean carries = CARRY_VERBS.contains(lemma) && (between || carriesMessage(g, v) || lemma.equals("shuttle"));
        boolean brokers = BROKER_VERBS.contains(lemma)
                && (between
                        || lemma.equals("host")
                        || lemma.equals("broker")
                        || lemma.equals("mediate")
                        || lemma.equals("facilitate")
                        || lemma.equals("guarantee")
                        || lemma.equals("arrange"));
        if (carries || brokers) {
            for (String id : doers(g, v)) {
                out.add(new Mediation(id, word + (between ? " between" : ""), v));
            }
        }
        // "acting as a go-between", "will act as guarantors", "served as an intermediary"
        if (cues.is("mediator_role_verb", lemma)) {
            for (Dependency d : g.sentence().children(v)) {
                if ((d.relation().equals("obl:as")
                                || d.relation().equals("xcomp")
                                || d.relation().equals("obj") && lemma.equals("play"))
                        && (cues.is("mediator_noun", Clauses.lemma(g, d.dependent())) || roleWord(g, d.dependent()))) {
                    for (String id : doers(g, v)) {
                        out.add(new Mediation(
                                id, word + " as " + g.token(d.dependent()).word(), v));
                    }
                }
            }
        }
        // "speaking on behalf of Washington, Swiss diplomats delivered …"
        for (Dependency d : g.sentence().children(v)) {
            if (d.relation().startsWith("obl:on_behalf_of")
                    || d.relation().startsWith("obl") && cues.is("mediator_behalf", Clauses.lemma(g, d.dependent()))) {
                for (String id : doers(g, v)) {
                    out.add(new Mediation(id, "on behalf of", v));
                }
            }
        }
    }

    private void nounCues(SentenceGraph g, int n, List<Mediation> out) {
        String word = g.token(n).word();
        // "Egyptian mediators", "Qatar's mediation", "mediation by Egypt", "under the auspices of the AU"
        for (Dependency d : g.sentence().children(n)) {
            String rel = d.relation();
            if (rel.equals("amod")
                    || rel.equals("compound")
                    || rel.equals("nmod:poss")
                    || rel.equals("nmod:by")
                    || rel.equals("nmod:of")
                            && (Clauses.lemma(g, n).equals("auspices")
                                    || Clauses.lemma(g, n).equals("office"))) {
                Mention m = g.mentionAt(d.dependent());
                if (m != null) {
                    out.add(new Mediation(m.actorId(), g.token(d.dependent()).word() + " " + word, n));
                }
            }
        }
        // "Norway, a guarantor of the accord"; "X as guarantor"
        for (int a : g.parents(n, "appos")) {
            for (String id : actorsOf(g, a)) {
                out.add(new Mediation(id, word, n));
            }
        }
        for (int a : g.children(n, "appos")) {
            for (String id : actorsOf(g, a)) {
                out.add(new Mediation(id, word, n));
            }
        }
        for (int h : g.parents(n, "nmod:as")) {
            for (String id : actorsOf(g, h)) {
                out.add(new Mediation(id, "as " + word, n));
            }
        }
        Mention own = g.mentionAt(n);
        if (own != null && own.head() == n) {
            out.add(new Mediation(own.actorId(), word, n)); // "Qatari mediators" resolved as one mention
        }
    }

    /** Whether a noun names a go-between's role: "go-between", "intermediary", "channel", "guarantor". */
    private boolean roleWord(SentenceGraph g, int n) {
        String w = Clauses.word(g, n);
        return w.equals("go-between")
                || w.equals("intermediary")
                || w.equals("guarantor")
                || w.equals("guarantors")
                || w.equals("mediator");
    }

    /** Whether a carrying verb's object is something carried between sides ("a message", "Hamas's response"). */
    private boolean carriesMessage(SentenceGraph g, int v) {
        for (int o : g.children(v, "obj")) {
            String l = Clauses.lemma(g, o);
            if (cues.is("mediator_message", l) || MEETING_NOUNS.contains(l)) {
                return true;
            }
        }
        return !g.children(v, "obl:from").isEmpty()
                && (!g.children(v, "obl:to").isEmpty()
                        || !g.children(v, "nmod:to").isEmpty());
    }

    /**
     * Who does a verb: its subject; for a participle or infinitive without one ("Acting as a
     * go-between, Saudi Arabia secured …", "offered to mediate"), the subject of the verb it hangs on.
     */
    private List<String> doers(SentenceGraph g, int v) {
        List<String> out = new ArrayList<>();
        int at = v;
        for (int depth = 0; depth < 3 && at >= 0; depth++) {
            List<Integer> subjects = new ArrayList<>(g.children(at, "nsubj"));
            subjects.addAll(g.children(at, "nsubj:pass"));
            for (int s : subjects) {
                out.addAll(actorsOf(g, s));
            }
            if (!out.isEmpty() || !subjects.isEmpty()) {
                return out;
            }
            Dependency up = Clauses.up(g, at);
            if (up == null
                    || !(up.relation().equals("xcomp")
                            || up.relation().startsWith("advcl")
                            || up.relation().startsWith("conj"))) {
                return out;
            }
            at = up.governor();
        }
        return out;
    }

    private static List<String> actorsOf(SentenceGraph g, int token) {
        List<String> out = new ArrayList<>();
        for (Mention m : g.actorsOf(token, true)) {
            out.add(m.actorId());
        }
        return out;
    }

    /** The sentence-level clause a token belongs to: the node below a parataxis link, or the root. */
    private static int topClause(SentenceGraph g, int t) {
        int at = t;
        for (int depth = 0; depth < 20; depth++) {
            Dependency up = Clauses.up(g, at);
            if (up == null || up.relation().equals("parataxis")) {
                return at;
            }
            at = up.governor();
        }
        return at;
    }

    /** Whether two tokens belong to the same clause: they share their nearest verbal head. */
    private static boolean sameClause(SentenceGraph g, int a, int b) {
        return clauseHead(g, a) == clauseHead(g, b);
    }

    private static int clauseHead(SentenceGraph g, int t) {
        int at = t;
        for (int depth = 0; depth < 10; depth++) {
            if (g.token(at).isVerb()) {
                return at;
            }
            Dependency up = Clauses.up(g, at);
            if (up == null) {
                return at;
            }
            at = up.governor();
        }
        return at;
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

    /** Whether the sentence puts a meeting at a conference, where the venue is no host ("on the sidelines of the G20"). */
    boolean conferenceVenue(SentenceGraph g) {
        String text = " " + g.sentence().text() + " ";
        for (String w : cues.all("multilateral_venue")) {
            if (text.toLowerCase(Locale.ROOT).contains(" " + w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static String first(List<Mention> ms) {
        return ms.isEmpty() ? null : ms.get(0).actorId();
    }
}
