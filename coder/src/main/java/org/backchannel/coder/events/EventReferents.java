package org.backchannel.coder.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Event;

/**
 * "Rubio condemned the arrest", "the opposition denied the accusations": a definite event noun that
 * names nobody refers back to the latest event of its kind told earlier in the document, and whoever
 * did that event is on the receiving end of the reaction. Nothing is guessed when no such event came
 * before.
 */
public final class EventReferents {
    private static final Set<String> DEFINITE = Set.of("the", "this", "that", "these", "those");

    private EventReferents() {}

    /**
     * The doer of the earlier event the object of {@code verb} refers to, as a mention over that
     * object, or null.
     */
    public static Mention doerReferredTo(SentenceGraph g, int verb, PredicateMatcher matcher, List<Event> earlier) {
        for (int o : g.children(verb, "obj")) {
            if (!g.token(o).isNoun() || !g.actorsOf(o, true).isEmpty() || !definite(g, o)) {
                continue;
            }
            EventPattern noun = matcher.match(g, o);
            if (noun == null || !noun.noun()) {
                continue;
            }
            String root = noun.code().substring(0, 2);
            for (int k = earlier.size() - 1; k >= 0; k--) {
                Event e = earlier.get(k);
                if (e.code().root().equals(root)
                        && e.source().actorId() != null
                        && e.primaryEvidence().sentence() < g.sentence().index()) {
                    return new Mention(
                            g.sentence().index(),
                            o,
                            o + 1,
                            o,
                            e.source().actorId(),
                            e.source().text(),
                            Mention.How.DESCRIPTION,
                            null);
                }
            }
        }
        return null;
    }

    private static boolean definite(SentenceGraph g, int noun) {
        for (int d : g.children(noun, "det")) {
            if (DEFINITE.contains(g.token(d).word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
