package org.backchannel.coder.patterns;

import java.util.List;
import org.backchannel.coder.actors.Mention;

/** The source and target mentions found for one predicate (either list may be empty). */
public record Arguments(List<Mention> sources, List<Mention> targets) {
    public boolean isEmpty() {
        return sources.isEmpty() && targets.isEmpty();
    }
}
