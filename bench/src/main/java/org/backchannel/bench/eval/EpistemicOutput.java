package org.backchannel.bench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Renders an epistemic evaluation as a table or as JSON. */
public final class EpistemicOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EpistemicOutput() {}

    /** The table: every part side by side, then the first misses of the dev part only (held-out misses stay unread). */
    public static String table(EpistemicReport r, int missesShown) {
        StringBuilder b = new StringBuilder();
        Map<String, EpistemicScore> parts = r.parts();
        b.append(String.format("%-26s", "epistemic cases"));
        parts.keySet().forEach(k -> b.append(String.format("%16s", k)));
        b.append('\n');
        line(b, "cases", parts, s -> String.valueOf(s.cases()));
        line(b, "  with no event (coder)", parts, s -> String.valueOf(s.cases() - s.found()));
        line(b, "status, all cases", parts, s -> frac(s.statusOk(), s.cases()));
        line(b, "status, cases with event", parts, s -> frac(s.statusOk(), s.found()));
        line(b, "status, same-root event", parts, s -> frac(s.statusOkRootMatched(), s.rootMatched()));
        java.util.Set<String> statuses = new java.util.TreeSet<>();
        parts.values().forEach(s -> statuses.addAll(s.perStatus().keySet()));
        for (String st : statuses) {
            line(b, "  " + st, parts, s -> {
                int[] c = s.perStatus().getOrDefault(st, new int[3]);
                return frac(c[0], c[1]);
            });
        }
        b.append("among cases with an event:\n");
        for (String st : statuses) {
            line(b, "  " + st, parts, s -> {
                int[] c = s.perStatus().getOrDefault(st, new int[3]);
                return frac(c[0], c[2]);
            });
        }
        line(b, "secrecy", parts, s -> frac(s.secretOk(), s.secretN()));
        line(b, "mediator precision", parts, s -> frac(s.mediatorTp(), s.mediatorGiven()));
        line(b, "mediator recall", parts, s -> frac(s.mediatorTp(), s.mediatorGold()));
        line(b, "  cases with event", parts, s -> frac(s.mediatorTp(), s.mediatorGoldFound()));
        var misses = r.statusMisses(EpistemicCase.DEV);
        if (missesShown > 0 && !misses.isEmpty()) {
            b.append(String.format("%nDev status misses (%d; held-out misses are not shown):%n", misses.size()));
            for (CaseResult m : misses.subList(0, Math.min(missesShown, misses.size()))) {
                b.append("  ").append(describe(m)).append('\n');
            }
        }
        var wrongSecrecy = r.results().stream()
                .filter(m -> m.gold().split().equals(EpistemicCase.DEV))
                .filter(m -> m.gold().secret() != null && m.gold().secret() != m.secret())
                .toList();
        if (missesShown > 0 && !wrongSecrecy.isEmpty()) {
            b.append(String.format("%nDev secrecy misses (%d):%n", wrongSecrecy.size()));
            for (CaseResult m : wrongSecrecy.subList(0, Math.min(missesShown, wrongSecrecy.size()))) {
                b.append("  ")
                        .append(m.gold().id())
                        .append(" want ")
                        .append(m.gold().secret())
                        .append(m.found() ? "" : " (no event)")
                        .append(": ")
                        .append(m.gold().text())
                        .append('\n');
            }
        }
        var wrongMediators = r.results().stream()
                .filter(m -> m.gold().split().equals(EpistemicCase.DEV))
                .filter(m -> m.gold().mediator() != null && !m.mediatorOk() || m.mediator() != null && !m.mediatorOk())
                .toList();
        if (missesShown > 0 && !wrongMediators.isEmpty()) {
            b.append(String.format("%nDev mediator misses (%d):%n", wrongMediators.size()));
            for (CaseResult m : wrongMediators.subList(0, Math.min(missesShown, wrongMediators.size()))) {
                b.append("  ")
                        .append(m.gold().id())
                        .append(" want ")
                        .append(m.gold().mediator())
                        .append(" got ")
                        .append(m.mediator())
                        .append(m.found() ? "" : " (no event)")
                        .append(": ")
                        .append(m.gold().text())
                        .append('\n');
            }
        }
        return b.toString();
    }

    /** One line of a miss: id, wanted and read status, the cue, the code and the text. */
    public static String describe(CaseResult m) {
        return m.gold().id() + " want " + m.gold().status() + " got " + m.status()
                + (m.found() ? " [" + m.cameo() + " cue=" + m.cue() + " scope=" + m.scope() + "]" : "") + ": "
                + m.gold().text();
    }

    private static void line(
            StringBuilder b,
            String label,
            Map<String, EpistemicScore> parts,
            java.util.function.Function<EpistemicScore, String> cell) {
        b.append(String.format("%-26s", label));
        parts.values().forEach(s -> b.append(String.format("%16s", cell.apply(s))));
        b.append('\n');
    }

    private static String frac(int a, int n) {
        return n == 0 ? "-" : String.format("%.3f (%d/%d)", a / (double) n, a, n);
    }

    /** JSON: {"parts": {"dev": {...}, "heldout": {...}, "all": {...}}, "misses": [...]} with the split of each miss. */
    public static String json(EpistemicReport r) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode parts = root.putObject("parts");
        r.parts().forEach((k, s) -> {
            ObjectNode p = parts.putObject(k);
            p.put("cases", s.cases());
            p.put("cases_with_event", s.found());
            ObjectNode status = p.putObject("status");
            status.put("accuracy", round(s.statusAccuracy()));
            status.put("accuracy_with_event", round(s.statusAccuracyFound()));
            status.put("accuracy_same_root", round(s.statusAccuracyRootMatched()));
            status.put("cases_same_root", s.rootMatched());
            ObjectNode per = status.putObject("per_status");
            s.perStatus().forEach((st, c) -> per.putObject(st)
                    .put("accuracy", round(EpistemicScore.ratio(c[0], c[1])))
                    .put("correct", c[0])
                    .put("cases", c[1])
                    .put("cases_with_event", c[2]));
            p.putObject("secrecy").put("accuracy", round(s.secrecyAccuracy())).put("n", s.secretN());
            p.putObject("mediator")
                    .put("precision", round(s.mediatorPrecision()))
                    .put("recall", round(s.mediatorRecall()))
                    .put("recall_with_event", round(s.mediatorRecallFound()))
                    .put("correct", s.mediatorTp())
                    .put("given", s.mediatorGiven())
                    .put("gold", s.mediatorGold())
                    .put("gold_with_event", s.mediatorGoldFound());
        });
        ArrayNode misses = root.putArray("misses");
        for (CaseResult m : r.statusMisses(EpistemicEvaluator.ALL)) {
            ObjectNode n = misses.addObject();
            n.put("id", m.gold().id());
            n.put("split", m.gold().split());
            n.put("want", m.gold().status());
            n.put("got", m.status());
            n.put("cue", m.cue());
            n.put("scope", m.scope());
            n.put("cameo", m.cameo());
            n.put("text", m.gold().text());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
