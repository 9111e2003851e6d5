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
 * Finds the third party that carries, hosts, brokers or guarantees a contact, by what it does. Each
 * way news names a go-between is one {@link MediatorRule}: a channel ({@link ChannelRule}), a broker as
 * agent or compound ({@link BrokerRule}), a go-between at work ({@link GoBetweenRule}), a role
 * ({@link RoleRule}), one side's voice to the other ({@link OnBehalfRule}).
 * A cue reaches an event when one of them lies within the other's clause; for a contact, agreement
 * or release (roots 02, 03, 04, 05, 08) anywhere in its sentence-level clause, and a broker compound on a
 * meeting noun ("the Turkish-hosted meeting") anywhere in the sentence. A mediator is never one of the two
 * sides: an actor that is the source or target, or of their country, is skipped (a side that hosts
 * its own talks is a host, not a mediator).
 */
final class MediatorFinder {
    private static final Set<String> CONTACT_ROOTS = Set.of("02", "03", "04", "05", "08");
    private final EpistemicCues cues;
    private final BrokerRule brokers;
    private final List<MediatorRule> rules;

    /** @param nameToActor resolves a bare name ("Qatar" in "Qatar-brokered") to an actor id, or null */
    MediatorFinder(EpistemicCues cues, Function<String, String> nameToActor) {
        this.cues = cues;
        this.brokers = new BrokerRule(cues, nameToActor);
        this.rules = List.of(
                new ChannelRule(cues), brokers, new GoBetweenRule(cues), new RoleRule(cues), new OnBehalfRule(cues));
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
            if (linked
                    || contact && topClause(g, m.anchor()) == topClause(g, predicate)
                    || contact && brokers.onMeeting(g, m.anchor())) {
                return m;
            }
        }
        return null;
    }

    /** Every mediator cue of the sentence, token by token, each rule in turn. */
    private List<Mediation> candidates(SentenceGraph g, int predicate, boolean contact) {
        List<Mediation> out = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            for (MediatorRule r : rules) {
                r.read(g, t.index(), predicate, contact, out);
            }
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
        return hostOfTheOccasion(g);
    }

    /**
     * "Singapore hosted and paid for much of the event", "Qatar brokered the deal": a host or broker whose
     * object names no actor hosts the contacts the document tells of (one that names a guest, "Egypt hosted
     * Palestinian factions", is a side).
     */
    private String hostOfTheOccasion(SentenceGraph g) {
        for (Token t : g.sentence().tokens()) {
            int v = t.index();
            if (!t.isVerb() || !cues.is("mediator_act", Clauses.lemma(g, v))) {
                continue;
            }
            boolean guest = false;
            for (int o : g.children(v, "obj")) {
                guest |= !g.actorsOf(o, true).isEmpty();
            }
            List<Integer> subjects = g.children(v, "nsubj");
            if (!guest && !subjects.isEmpty()) {
                String id = first(g.actorsOf(subjects.get(0), false));
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    /**
     * Whether the sentence puts a meeting at a conference, where the venue is no host ("on the sidelines of
     * the G20"). A venue word that only names a building or a call ("a conference centre", "a conference
     * call") makes none.
     */
    boolean conferenceVenue(SentenceGraph g) {
        String text = " " + g.sentence().text().toLowerCase(Locale.ROOT) + " ";
        for (String w : cues.all("multilateral_venue")) {
            String cue = w.toLowerCase(Locale.ROOT);
            if (cue.contains(" ")) {
                if (text.contains(" " + cue)) {
                    return true;
                }
                continue;
            }
            for (Token t : g.sentence().tokens()) {
                if (t.word().toLowerCase(Locale.ROOT).equals(cue) && !modifiesOtherThing(g, t.index())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether a venue word modifies a noun that is no venue itself ("conference centre"; not "G20 summit"). */
    private boolean modifiesOtherThing(SentenceGraph g, int t) {
        for (int head : g.parents(t, "compound")) {
            if (!cues.is("multilateral_venue", g.token(head).word())) {
                return true;
            }
        }
        return false;
    }

    private static String first(List<Mention> ms) {
        return ms.isEmpty() ? null : ms.get(0).actorId();
    }
}
