package org.backchannel.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.Event;

/**
 * Talks between two countries held in a third's capital ("met in Ankara", "talks in Doha", "met at a
 * hotel outside Doha", "the talks were held in Muscat") have that country as host: CAMEO's "meet at a third
 * location", and the host is the go-between analysts look for. A side's own capital hosts nothing.
 */
final class VenueHost {
    /** Prepositions that place a meeting in or by a place. */
    private static final List<String> AT_PLACE = List.of("in", "near", "outside");

    private final Function<String, String> stateOf;

    /** @param stateOf the state actor of a country code, or null */
    VenueHost(Function<String, String> stateOf) {
        this.stateOf = stateOf;
    }

    /** The host of a consultation or negotiation held in a third country, or null. */
    String of(SentenceGraph g, Event e, DocumentActors actors) {
        String root = e.code().root();
        if (e.source().country() == null || e.target().country() == null || !(root.equals("04") || root.equals("05"))) {
            return null;
        }
        for (Mention m : venues(g, e.predicateToken())) {
            Actor place = actors.get(m.actorId());
            String c = place == null ? null : place.country();
            if (c != null
                    && !c.equals(e.source().country())
                    && !c.equals(e.target().country())) {
                // a capital stands for its country as host: "talks in Doha", "met in Ankara"
                return place.type() == ActorType.STATE ? place.id() : stateOf.apply(c);
            }
        }
        return null;
    }

    /**
     * Places the predicate happens at: "in Doha", "near Geneva", "at talks in Muscat", "at a hotel outside
     * Doha", "behind closed doors in Ankara"; for talks named by a noun, the places of the verb they are
     * the subject of ("talks … resumed in Doha", "the talks were held in Istanbul").
     */
    private static List<Mention> venues(SentenceGraph g, int predicate) {
        List<Mention> out = new ArrayList<>();
        placesOf(g, predicate, out);
        if (g.token(predicate).isNoun()) {
            for (Dependency up : g.sentence().parents(predicate)) {
                if (up.relation().equals("nsubj") || up.relation().equals("nsubj:pass")) {
                    placesOf(g, up.governor(), out);
                }
            }
        }
        return out;
    }

    private static void placesOf(SentenceGraph g, int head, List<Mention> out) {
        for (Dependency d : g.sentence().children(head)) {
            String rel = d.relation();
            if (!(rel.startsWith("obl") || rel.startsWith("nmod") || rel.equals("obj"))) {
                continue;
            }
            List<Integer> places = new ArrayList<>();
            for (String p : AT_PLACE) {
                if (rel.equals("obl:" + p) || rel.equals("nmod:" + p)) {
                    places.add(d.dependent());
                }
            }
            List<Integer> holders = new ArrayList<>(List.of(d.dependent()));
            if (rel.equals("obj")) {
                holders.addAll(g.children(d.dependent(), "nmod:of")); // "held a second round of talks in Muscat"
            }
            if (rel.equals("obl:at") || rel.equals("obl:behind") || rel.equals("obj")) {
                for (int h : holders) {
                    for (String p : AT_PLACE) {
                        places.addAll(g.children(h, "nmod:" + p)); // "at talks in Muscat", "held talks near Geneva"
                    }
                }
            }
            if (rel.equals("obl:at")) {
                places.add(d.dependent()); // "met at Doha airport"
            }
            for (int p : places) {
                Mention m = g.mentionAt(p);
                // a capital stands for its host; another city may be a conference venue only ("in Geneva")
                if (m != null && (m.how() == Mention.How.METONYM || m.how() == Mention.How.STATE)) {
                    out.add(m);
                }
            }
        }
    }
}
