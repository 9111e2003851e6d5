package org.backchannel.coder.arguments;

import java.util.List;
import java.util.function.BiFunction;
import org.backchannel.coder.actors.Mention;

/**
 * One named way of finding a side of a predicate. Rules come in ordered lists; the first that finds
 * anyone decides the side, and its name is recorded on the event. A rule sees the predicate and the
 * side found so far for the other role (targets look at the source; sources see {@link Side#NONE}).
 */
public record SideRule(String name, BiFunction<Predicate, Side, List<Mention>> rule) {

    /** The first rule of {@code rules} that finds someone, as a side; {@link Side#NONE} when none does. */
    static Side first(List<SideRule> rules, Predicate p, Side other) {
        for (SideRule r : rules) {
            List<Mention> found = r.rule().apply(p, other);
            if (!found.isEmpty()) {
                return new Side(distinct(found), r.name());
            }
        }
        return Side.NONE;
    }

    static List<Mention> distinct(List<Mention> ms) {
        List<Mention> out = new java.util.ArrayList<>();
        for (Mention m : ms) {
            if (out.stream().noneMatch(x -> x.actorId().equals(m.actorId()))) {
                out.add(m);
            }
        }
        return out;
    }
}
