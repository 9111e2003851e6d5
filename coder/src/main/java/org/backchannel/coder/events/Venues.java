package org.backchannel.coder.events;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.arguments.Arguments;
import org.backchannel.coder.arguments.PlacesOfAct;
import org.backchannel.coder.arguments.Predicate;
import org.backchannel.coder.ontology.Codebook;

/**
 * "Kim Jong Un met Putin at the Vostochny cosmodrome in Russia's Far East", "Trump and Putin met at
 * a base in Anchorage": a meeting (CAMEO 040) held in the country of one of its two parties is the
 * other party's visit there (042), told from the visitor to the host. A meeting in a third country, or
 * in a place no country is known for, stays a meeting.
 */
public final class Venues {
    private static final String MEET = "040";
    private static final String VISIT = "042";
    private static final List<String> VENUE_PREPOSITIONS = List.of("in", "at");

    private final KnowledgeBase kb;
    private final Codebook codebook;

    public Venues(KnowledgeBase kb, Codebook codebook) {
        this.kb = kb;
        this.codebook = codebook;
    }

    /** The matches, with meetings held on one party's ground told as the other's visit. */
    public List<Match> visits(List<Match> matches) {
        List<Match> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            out.add(MEET.equals(m.predicate().code().cameo()) ? visit(m) : m);
        }
        return out;
    }

    private Match visit(Match m) {
        Arguments a = m.arguments();
        if (a.sources().size() != 1 || a.targets().size() != 1) {
            return m;
        }
        String venue = venueCountry(m.predicate());
        String from = kb.countryOf(a.sources().get(0).actorId());
        String to = kb.countryOf(a.targets().get(0).actorId());
        if (venue == null || from == null || to == null || from.equals(to)) {
            return m;
        }
        Predicate p = m.predicate();
        Predicate visit = new Predicate(p.graph(), p.token(), p.pattern(), codebook.get(VISIT));
        if (venue.equals(to)) {
            return new Match(visit, new Arguments(a.sources(), a.targets(), false, a.sourceRule(), "host-of-venue"));
        }
        if (venue.equals(from)) {
            return new Match(visit, new Arguments(a.targets(), a.sources(), false, a.targetRule(), "host-of-venue"));
        }
        return m;
    }

    /** The country of the place a meeting is held at ("in Anchorage", "at a base in Alaska"), or null. */
    private String venueCountry(Predicate p) {
        List<Mention> places = PlacesOfAct.states(p, VENUE_PREPOSITIONS);
        return places.isEmpty() ? null : kb.countryOf(places.get(0).actorId());
    }
}
