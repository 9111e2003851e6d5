package org.backchannel.coder.arguments;

import java.util.List;
import org.backchannel.coder.actors.Mention;

/** The mentions found for one side of a predicate and the name of the rule that found them. */
public record Side(List<Mention> mentions, String rule) {
    public static final Side NONE = new Side(List.of(), null);

    public Side {
        mentions = List.copyOf(mentions);
    }

    public boolean isEmpty() {
        return mentions.isEmpty();
    }
}
