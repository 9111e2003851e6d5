package org.backchannel.coder.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.arguments.Arguments;
import org.backchannel.coder.arguments.Predicate;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/**
 * "Kim Jong Un met Putin at the Vostochny cosmodrome in Russia's Far East", "Trump and Putin met at
 * a base in Anchorage": a meeting (CAMEO 040) held in the country of one of its two parties is the
 * other party's visit there (042), told from the visitor to the host. A meeting in a third country, or
 * in a place no country is known for, stays a meeting.
 */
public final class Venues {
    private static final String MEET = "040";
    private static final String VISIT = "042";
    private static final Set<String> VENUE_RELATIONS = Set.of("obl:in", "obl:at", "nmod:in", "nmod:at");
    private static final int MAX_DEPTH = 2;

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
        String venue = venueCountry(m.predicate().graph(), m.predicate().token());
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
    private String venueCountry(SentenceGraph g, int predicate) {
        List<Integer> places = new ArrayList<>(List.of(predicate));
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            List<Integer> next = new ArrayList<>();
            for (int node : places) {
                for (Dependency d : g.sentence().children(node)) {
                    if (!VENUE_RELATIONS.contains(d.relation())) {
                        continue;
                    }
                    for (Mention m : g.actorsOf(d.dependent(), true)) {
                        if (m.how() == Mention.How.PLACE
                                || m.how() == Mention.How.METONYM
                                || m.how() == Mention.How.STATE) {
                            return kb.countryOf(m.actorId());
                        }
                    }
                    next.add(d.dependent()); // "at a military base in Anchorage"
                }
            }
            places = next;
        }
        return null;
    }
}
