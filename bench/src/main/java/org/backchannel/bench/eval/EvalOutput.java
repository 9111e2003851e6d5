package org.backchannel.bench.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** Renders an evaluation as a table, JSON (the shape scripts read) or an HTML report with a chart per root. */
public final class EvalOutput {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private EvalOutput() {}

    public static String json(EvalReport r) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode sets = root.putArray("sets");
        r.sets().forEach(sets::add);
        root.put("records", r.records());
        ObjectNode levels = root.putObject("levels");
        r.levels().forEach((k, v) -> levels.set(k, score(v)));
        levels.putObject("status").put("accuracy", round(r.statusAccuracy())).put("n", r.statusN());
        ObjectNode perSet = root.putObject("per_set");
        r.perSet().forEach((set, ls) -> {
            ObjectNode n = perSet.putObject(set);
            ls.forEach((k, v) -> n.set(k, score(v)));
        });
        ObjectNode perRoot = root.putObject("per_root");
        r.perRoot().forEach((k, v) -> perRoot.set(k, score(v)));
        ObjectNode confusion = root.putObject("confusion");
        r.confusion().forEach((g, row) -> {
            ObjectNode n = confusion.putObject(g);
            row.forEach(n::put);
        });
        ObjectNode why = root.putObject("miss_breakdown");
        r.missReasons().forEach((set, m) -> why.putObject(set)
                .put("no_event_in_record", m.noEventInRecord())
                .put("side_missing", m.sideMissing())
                .put("wrong_code", m.wrongCode())
                .put("wrong_pair", m.wrongPair())
                .put("total", m.total()));
        ObjectNode sides = root.putObject("sides");
        r.sides().forEach((set, s) -> sides.putObject(set)
                .put("events", s.events())
                .put("empty_side", s.emptySide())
                .put("empty_side_share", round(s.emptySideShare()))
                .put("empty_side_the_sentence_could_name", s.emptyNamedSide())
                .put("empty_named_share", round(s.emptyNamedShare()))
                .put("pronoun_texts", s.pronounTexts()));
        ArrayNode misses = root.putArray("misses");
        for (Miss m : r.misses()) {
            ObjectNode n = misses.addObject();
            n.put("id", m.id());
            n.put("text", m.text());
            ArrayNode g = n.putArray("gold");
            m.gold().forEach(g::add);
            ArrayNode c = n.putArray("coded");
            m.coded().forEach(c::add);
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode score(Score s) {
        ObjectNode n = JSON.createObjectNode();
        n.put("precision", round(s.precision()));
        n.put("recall", round(s.recall()));
        n.put("f1", round(s.f1()));
        n.put("tp", s.tp());
        n.put("coded", s.coded());
        n.put("gold", s.gold());
        return n;
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }

    public static String table(EvalReport r, int missesShown) {
        StringBuilder b = new StringBuilder();
        b.append(String.format("Sets: %s   records: %d%n%n", String.join(", ", r.sets()), r.records()));
        b.append(String.format(
                "%-32s %9s %9s %9s %6s %6s %6s%n", "level", "precision", "recall", "F1", "tp", "coded", "gold"));
        r.levels().forEach((k, v) -> b.append(row(k, v)));
        b.append(String.format(
                "%-32s %9s %9s %9.3f %6s %6d%n", "status (accuracy)", "", "", r.statusAccuracy(), "", r.statusN()));
        if (r.perSet().size() > 1) {
            b.append('\n');
            r.perSet().forEach((set, ls) -> ls.forEach((k, v) -> b.append(row(set + " " + k, v))));
        }
        if (!r.missReasons().isEmpty()) {
            b.append(String.format(
                    "%nMissed gold events:%n%-28s %8s %8s %8s %8s %8s%n",
                    "set", "no event", "side", "code", "pair", "total"));
            b.append(String.format("%-28s %8s %8s %8s %8s %8s%n", "", "in record", "missing", "wrong", "wrong", ""));
            r.missReasons()
                    .forEach((set, m) -> b.append(String.format(
                            "%-28s %8d %8d %8d %8d %8d%n",
                            set, m.noEventInRecord(), m.sideMissing(), m.wrongCode(), m.wrongPair(), m.total())));
        }
        b.append(String.format(
                "%nCoded events (no gold needed; 'named': a side the sentence could name is empty):%n%-28s %8s %10s %8s %8s %8s %9s%n",
                "set", "events", "empty side", "share", "named", "share", "pronouns"));
        r.sides()
                .forEach((set, s) -> b.append(String.format(
                        "%-28s %8d %10d %8.3f %8d %8.3f %9d%n",
                        set,
                        s.events(),
                        s.emptySide(),
                        s.emptySideShare(),
                        s.emptyNamedSide(),
                        s.emptyNamedShare(),
                        s.pronounTexts())));
        b.append(String.format("%nPer root:%n"));
        r.perRoot().forEach((k, v) -> b.append(row("  " + k, v)));
        b.append(String.format("%nConfusion (gold root → coded root: count):%n"));
        r.confusion().forEach((g, row) -> b.append("  ")
                .append(String.format("%-8s", g))
                .append(" → ")
                .append(row)
                .append('\n'));
        b.append(String.format("%nWorst misses (gold | coded):%n"));
        for (Miss m : r.misses().subList(0, Math.min(missesShown, r.misses().size()))) {
            b.append("  ").append(m.id()).append(": ").append(m.text()).append('\n');
            b.append("      gold:  ").append(m.gold()).append('\n');
            b.append("      coded: ").append(m.coded()).append('\n');
        }
        return b.toString();
    }

    private static String row(String label, Score s) {
        return String.format(
                "%-32s %9.3f %9.3f %9.3f %6d %6d %6d%n",
                label, s.precision(), s.recall(), s.f1(), s.tp(), s.coded(), s.gold());
    }

    public static String html(EvalReport r) {
        StringBuilder b = new StringBuilder(
                "<!doctype html><html><head><meta charset='utf-8'><title>Backchannel evaluation</title>"
                        + "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 8px}"
                        + ".bar{fill:#3b6ea5}.rec{fill:#a5553b}</style></head><body><h1>Backchannel evaluation</h1>");
        b.append("<p>Sets: ")
                .append(esc(String.join(", ", r.sets())))
                .append(" — ")
                .append(r.records())
                .append(" records</p>");
        b.append(
                "<table><tr><th>level</th><th>precision</th><th>recall</th><th>F1</th><th>tp</th><th>coded</th><th>gold</th></tr>");
        r.levels().forEach((k, v) -> b.append(htmlRow(k, v)));
        b.append("<tr><td>status accuracy</td><td colspan=6>")
                .append(String.format("%.3f (n=%d)", r.statusAccuracy(), r.statusN()))
                .append("</td></tr></table>");
        b.append("<h2>Per root</h2>");
        for (Map.Entry<String, Score> e : r.perRoot().entrySet()) {
            Score s = e.getValue();
            b.append("<div><b>")
                    .append(esc(e.getKey()))
                    .append("</b> ")
                    .append(String.format(
                            "P %.2f R %.2f F1 %.2f (tp %d, coded %d, gold %d)",
                            s.precision(), s.recall(), s.f1(), s.tp(), s.coded(), s.gold()))
                    .append("<br><svg width='320' height='34' role='img' aria-label='precision and recall'>")
                    .append(String.format(
                            "<rect class='bar' x='0' y='2' height='14' width='%.0f'/><rect class='rec' x='0' y='18' height='14' width='%.0f'/>",
                            300 * s.precision(), 300 * s.recall()))
                    .append("</svg></div>");
        }
        b.append("<h2>Misses</h2><table><tr><th>id</th><th>text</th><th>gold</th><th>coded</th></tr>");
        for (Miss m : r.misses()) {
            b.append("<tr><td>")
                    .append(esc(m.id()))
                    .append("</td><td>")
                    .append(esc(m.text()))
                    .append("</td><td>")
                    .append(esc(String.join("; ", m.gold())))
                    .append("</td><td>")
                    .append(esc(String.join("; ", m.coded())))
                    .append("</td></tr>");
        }
        return b.append("</table></body></html>").toString();
    }

    private static String htmlRow(String label, Score s) {
        return String.format(
                "<tr><td>%s</td><td>%.3f</td><td>%.3f</td><td>%.3f</td><td>%d</td><td>%d</td><td>%d</td></tr>",
                esc(label), s.precision(), s.recall(), s.f1(), s.tp(), s.coded(), s.gold());
    }

    static String esc(String s) {
        return s == null
                ? ""
                : s.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("'", "&#39;")
                        .replace("\"", "&quot;");
    }

    /** The gold files a user names, or every *.jsonl under a directory. */
    public static List<java.nio.file.Path> expand(List<java.nio.file.Path> inputs) throws java.io.IOException {
        List<java.nio.file.Path> out = new java.util.ArrayList<>();
        for (java.nio.file.Path p : inputs) {
            if (java.nio.file.Files.isDirectory(p)) {
                try (var s = java.nio.file.Files.list(p)) {
                    s.filter(f -> f.toString().endsWith(".jsonl")).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
