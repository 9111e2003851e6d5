package org.backchannel.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/** Nanoseconds per stage of one run, in stage order, plus NLP per annotator. */
public record StageTimings(Map<String, Long> stages, Map<String, Long> annotators) {
    public StageTimings {
        stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        annotators = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(annotators));
    }
}
