package org.backchannel.coder.arguments;

import java.util.List;
import org.backchannel.coder.actors.Mention;

/**
 * The source and target mentions found for one predicate (either list may be empty), with the names
 * of the rules that found them. When {@code paired}, the lists are parallel: source i acts with
 * target i ("A, B and C met" gives the pairs A–B, A–C, B–C); otherwise every source acts on every
 * target.
 */
public record Arguments(
        List<Mention> sources, List<Mention> targets, boolean paired, String sourceRule, String targetRule) {
    public Arguments {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /** The same sources with these targets, found by rule {@code rule}. */
    public Arguments withTargets(List<Mention> newTargets, String rule) {
        return new Arguments(sources, newTargets, false, sourceRule, rule);
    }

    public boolean isEmpty() {
        return sources.isEmpty() && targets.isEmpty();
    }

    /** "source=subject target=object", for tracing an event back to the rules that read it. */
    public String trace() {
        return "source=" + (sourceRule == null ? "-" : sourceRule) + " target="
                + (targetRule == null ? "-" : targetRule);
    }
}
