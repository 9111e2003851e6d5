package org.backchannel.coder.patterns.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts per reason with the first few examples of each, for the conversion report. */
public final class Tally {
    private static final int EXAMPLES = 3;
    private final Map<String, Integer> counts = new LinkedHashMap<>();
    private final Map<String, List<String>> examples = new LinkedHashMap<>();

    public void add(String reason, String example) {
        counts.merge(reason, 1, Integer::sum);
        List<String> e = examples.computeIfAbsent(reason, k -> new ArrayList<>());
        if (e.size() < EXAMPLES) {
            e.add(example);
        }
    }

    public int count(String reason) {
        return counts.getOrDefault(reason, 0);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Reasons, most frequent first. */
    public List<String> reasons() {
        List<String> r = new ArrayList<>(counts.keySet());
        r.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return r;
    }

    public List<String> examples(String reason) {
        return examples.getOrDefault(reason, List.of());
    }
}
