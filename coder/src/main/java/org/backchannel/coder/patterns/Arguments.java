package org.backchannel.coder.patterns;

import java.util.List;
import org.backchannel.coder.actors.Mention;

/**
 * The source and target mentions found for one predicate (either list may be empty). When
 * {@code paired}, the lists are parallel: source i acts with target i ("A, B and C met" gives the
 * pairs A–B, A–C, B–C); otherwise every source acts on every target.
 */
public record Arguments(List<Mention> sources, List<Mention> targets, boolean paired) {
    public boolean isEmpty() {
        return sources.isEmpty() && targets.isEmpty();
    }
}
