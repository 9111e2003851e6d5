package org.backchannel.analysis.analogs;

import java.util.List;

/** A past episode and how closely it resembles a dyad's pattern, with the features that matched. */
public record AnalogMatch(
        String id,
        String name,
        double similarity,
        List<String> matchedFeatures,
        List<String> sharedActors,
        String outcome,
        String summary) {}
