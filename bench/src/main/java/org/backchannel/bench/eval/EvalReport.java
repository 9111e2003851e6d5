package org.backchannel.bench.eval;

import java.util.List;
import java.util.Map;

/**
 * Scores of one evaluation.
 *
 * @param levels    root, code and actors scores over all records
 * @param perSet    the same levels per gold set
 * @param perRoot   root-level scores per gold root (or PLOVER type)
 * @param confusion gold root → coded root → count ("none" where nothing matched)
 * @param missReasons per set (and split), why gold events were missed
 * @param sides     per set (and split), coded events with an empty side and pronoun actor texts;
 *                  "all" over every record
 */
public record EvalReport(
        List<String> sets,
        int records,
        Map<String, Score> levels,
        double statusAccuracy,
        int statusN,
        Map<String, Map<String, Score>> perSet,
        Map<String, Score> perRoot,
        Map<String, Map<String, Integer>> confusion,
        List<Miss> misses,
        Map<String, MissBreakdown> missReasons,
        Map<String, SideStats> sides) {}
