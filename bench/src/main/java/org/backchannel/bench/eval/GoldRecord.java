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

/** A gold record: a sentence or passage, its story date, and the events a careful coder finds. */
public record GoldRecord(String id, String set, LocalDate date, String text, List<GoldEvent> events) {
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
                    events.add(new GoldEvent(text(e, "source"), text(e, "target"), text(e, "cameo"), list(e, "cameo_alt"),
                            text(e, "plover"), list(e, "plover_alt"), text(e, "status"),
                            e.hasNonNull("secret") ? e.get("secret").asBoolean() : null, text(e, "mediator"),
                            e.path("undirected").asBoolean(false)));
                }
                String date = text(r, "date");
                out.add(new GoldRecord(text(r, "id"), text(r, "set"), date == null ? null : LocalDate.parse(date.substring(0, 10)),
                        text(r, "text"), events));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + n + ": bad gold record: " + e.getMessage(), e);
            }
        }
        return out;
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
