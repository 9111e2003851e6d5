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
 * One epistemic test case: a short text, the status its main event must carry, the event's root and
 * parties (to find that event among the coded ones), who says it, whether it is secret and who
 * mediates it. {@code split} is "dev" (rules may be written against it) or "heldout" (only measured).
 */
public record EpistemicCase(
        String id,
        String split,
        LocalDate date,
        String text,
        String status,
        String cameoRoot,
        String source,
        String target,
        String attributedTo,
        Boolean secret,
        String mediator,
        String note) {
    public static final String DEV = "dev";
    public static final String HELDOUT = "heldout";
    private static final ObjectMapper JSON = new ObjectMapper();

    public static List<EpistemicCase> read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses JSON Lines; a case without a split counts as held out (it was not written against). */
    public static List<EpistemicCase> parse(String source, List<String> lines) {
        List<EpistemicCase> out = new ArrayList<>();
        int n = 0;
        for (String line : lines) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            try {
                JsonNode c = JSON.readTree(line);
                String date = text(c, "date");
                String split = text(c, "split");
                out.add(new EpistemicCase(
                        text(c, "id"),
                        split == null ? HELDOUT : split,
                        date == null ? null : LocalDate.parse(date.substring(0, 10)),
                        text(c, "text"),
                        text(c, "status"),
                        text(c, "cameo_root"),
                        text(c, "source"),
                        text(c, "target"),
                        text(c, "attributed_to"),
                        c.hasNonNull("secret") ? c.get("secret").asBoolean() : null,
                        text(c, "mediator"),
                        text(c, "note")));
            } catch (IOException | RuntimeException e) {
                throw new IllegalArgumentException(source + ":" + n + ": bad epistemic case: " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static String text(JsonNode n, String f) {
        return n.hasNonNull(f) ? n.get(f).asText() : null;
    }
}
