package org.backchannel.bench.eval;

import java.util.List;
import java.util.Map;

/**
 * The epistemic evaluation: figures per part ("dev", "heldout", "all") and what was read for each case.
 */
public record EpistemicReport(Map<String, EpistemicScore> parts, List<CaseResult> results) {
    public EpistemicScore part(String name) {
        return parts.getOrDefault(name, EpistemicScore.empty());
    }

    /** Cases of one part whose status came out wrong. */
    public List<CaseResult> statusMisses(String part) {
        return results.stream()
                .filter(r -> !r.statusOk()
                        && (part.equals(EpistemicEvaluator.ALL)
                                || r.gold().split().equals(part)))
                .toList();
    }
}
