package org.backchannel.bench.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A gold record: a sentence or passage, its story date, and the events a careful coder finds.
 *
 * @param split  the part of its set the record belongs to ("heldout" for records no rule was written
 *               against), or null
 * @param scored false for plain text records with no {@code events} field: they are coded and
 *               measured (empty sides, pronouns) but not scored
 */
public record GoldRecord(
        String id, String set, String split, LocalDate date, String text, List<GoldEvent> events, boolean scored) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<GoldRecord> read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    public static List<GoldRecord> parse(String source, List<String> lines) {
        List<GoldRecord> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode r = JSON.readTree(line);
                List<GoldEvent> events = new ArrayList<>();
                for (JsonNode e : r.path("events")) {
                    events.add(new GoldEvent(
                            text(e, "source"),
                            text(e, "target"),
                            text(e, "cameo"),
                            list(e, "cameo_alt"),
                            text(e, "plover"),
                            list(e, "plover_alt"),
                            text(e, "status"),
                            e.hasNonNull("secret") ? e.get("secret").asBoolean() : null,
                            text(e, "mediator"),
                            e.path("undirected").asBoolean(false)));
                }
                String date = text(r, "date");
                String set = text(r, "set") != null ? text(r, "set") : setName(source);
                out.add(new GoldRecord(
                        text(r, "id"),
                        set,
                        text(r, "split"),
                        date == null ? null : LocalDate.parse(date.substring(0, 10)),
                        text(r, "text"),
                        events,
                        r.has("events")));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + n + ": bad gold record: " + e.getMessage(), e);
            }
        }
        return out;
    }

    /** "plover-gsr-dev" for ".../plover-gsr-dev.jsonl": the set of records that do not name one. */
    private static String setName(String source) {
        String name = source.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".jsonl") ? name.substring(0, name.length() - 6) : name;
    }

    /** The set and, where given, the split: the key scores are reported under. */
    public String part() {
        return split == null ? set : set + "/" + split;
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }

    private static List<String> list(JsonNode n, String f) {
        List<String> out = new ArrayList<>();
        n.path(f).forEach(x -> out.add(x.asText()));
        return out;
    }
}
