package org.backchannel.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Nanoseconds per stage of one run, in stage order, plus NLP per annotator. */
public record StageTimings(Map<String, Long> stages, Map<String, Long> annotators) {
    public StageTimings {
        stages = Map.copyOf(new LinkedHashMap<>(stages));
        annotators = Map.copyOf(new LinkedHashMap<>(annotators));
    }
}
