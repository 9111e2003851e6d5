package org.backchannel.nlp;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Wall-clock nanoseconds spent per annotator, summed over threads, for the benchmark. */
public final class NlpTimings {
    private final Map<String, LongAdder> nanos = new ConcurrentHashMap<>();

    void add(String annotator, long ns) {
        nanos.computeIfAbsent(annotator, k -> new LongAdder()).add(ns);
    }

    /** Annotator name to total nanoseconds. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        nanos.forEach((k, v) -> out.put(k, v.sum()));
        return out;
    }

    private final LongAdder sentences = new LongAdder();
    private final LongAdder parsed = new LongAdder();

    void countSentences(int seen, int dependencyParsed) {
        sentences.add(seen);
        parsed.add(dependencyParsed);
    }

    /** Sentences annotated so far. */
    public long sentences() {
        return sentences.sum();
    }

    /** Sentences given to the dependency parser so far (the rest were skipped as unable to carry an event). */
    public long parsedSentences() {
        return parsed.sum();
    }

    public void reset() {
        nanos.clear();
        sentences.reset();
        parsed.reset();
    }
}
