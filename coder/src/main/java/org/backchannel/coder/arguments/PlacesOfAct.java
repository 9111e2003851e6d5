package org.backchannel.coder.arguments;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * Where an act takes place, as the states of the places its prepositions name: "struck targets across
 * Yemen", "deployed destroyers to waters off Venezuela", "near the Iranian city of Isfahan", "met at a
 * base in Anchorage". Argument rules read it for a target; the events stage for a meeting's venue.
 */
public final class PlacesOfAct {
    private PlacesOfAct() {}

    /** The states of the places {@code preps} name on the predicate or its objects, each once, in order. */
    public static List<Mention> states(Predicate p, List<String> preps) {
        SentenceGraph g = p.graph();
        List<Mention> out = new ArrayList<>();
        List<Integer> heads = new ArrayList<>(List.of(p.token()));
        heads.addAll(PredicateMatcher.objects(g, p.token()));
        for (int h : heads) {
            for (String prep : preps) {
                for (int a : PredicateMatcher.prepositional(g, h, prep)) {
                    for (Mention m : placeStates(g, a)) {
                        if (out.stream().noneMatch(x -> x.actorId().equals(m.actorId()))) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The states a place phrase names: itself ("Yemen", "Caracas"), or a nationality or owner ("the Iranian city"). */
    private static List<Mention> placeStates(SentenceGraph g, int token) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : g.actorsOf(token, true)) {
            if (m.namesPlace()) {
                out.add(m);
            }
        }
        if (out.isEmpty()) {
            // "waters off Venezuela", "the outskirts of Donetsk": one step further along the phrase
            for (var d : g.sentence().children(token)) {
                if (d.relation().startsWith("nmod:")) {
                    for (Mention m : g.actorsOf(d.dependent(), true)) {
                        if (m.namesPlace()) {
                            out.add(m);
                        }
                    }
                }
            }
        }
        return out;
    }
}
