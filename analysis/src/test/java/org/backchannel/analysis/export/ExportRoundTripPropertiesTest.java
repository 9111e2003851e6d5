package org.backchannel.analysis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.ActorRef;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;

/** An export read back equals what was exported: any events, any evidence text (quotes, tabs, line breaks, non-ASCII). */
class ExportRoundTripPropertiesTest {
    private static final List<EventCode> CODES =
            new ArrayList<>(Ontology.defaults().codebook().all().values());
    private static final List<String> ACTOR_CODES =
            List.of("USA", "USAGOV", "IGOUNO", "IGOEUREEC", "NGOCHRPRODEV", "RUSMIL", "IRQMOSSHIREB", "");

    @Provide
    Arbitrary<Event> events() {
        Arbitrary<String> text = Arbitraries.strings()
                .withCharRange(' ', '~')
                .withChars('\t', '\n', '\r', '"', 'é', 'Ḩ', '—', '’')
                .ofMinLength(1)
                .ofMaxLength(120);
        Arbitrary<EventDate> date = Combinators.combine(
                        Arbitraries.longs()
                                .between(
                                        LocalDate.of(1950, 1, 1).toEpochDay(),
                                        LocalDate.of(2049, 12, 31).toEpochDay()),
                        Arbitraries.of(DatePrecision.class))
                .as((d, p) -> new EventDate(LocalDate.ofEpochDay(d), p, true))
                .injectNull(0.3);
        return Combinators.combine(
                        Arbitraries.of(CODES),
                        date,
                        Arbitraries.of(ACTOR_CODES),
                        Arbitraries.of(ACTOR_CODES),
                        text,
                        Arbitraries.integers().between(0, 40))
                .as((code, d, src, tgt, sentence, index) -> new Event(
                        "ev:" + index + ":" + sentence.hashCode(),
                        d,
                        side(src),
                        side(tgt),
                        code,
                        "acted",
                        0,
                        Epistemic.asserted(),
                        List.of(),
                        null,
                        List.of(new Evidence("doc" + index % 3, index, sentence, 0, sentence.length())),
                        0.5));
    }

    private static ActorRef side(String code) {
        return code.isEmpty() ? ActorRef.NONE : new ActorRef(code.toLowerCase(), "the " + code, code);
    }

    @Property(tries = 40)
    void gdeltAndPloverReadBackEqualTheEvents(
            @ForAll @Size(min = 1, max = 8) List<@net.jqwik.api.From("events") Event> events) throws Exception {
        Path dir = Files.createTempDirectory("roundtrip");
        try {
            Path gdelt = dir.resolve("e.tsv");
            LocalDateTime added = LocalDateTime.of(2025, 1, 2, 3, 4, 5);
            new GdeltExport(Map.of(), Map.of(), added).write(events, gdelt);
            List<Map<String, Object>> rows = ExportReaders.gdelt(gdelt);
            List<Map<String, String>> side = ExportReaders.sidecar(GdeltExport.sidecar(gdelt));
            assertEquals(events.size(), rows.size());
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                assertEquals(e.id(), side.get(i).get("backchannel_id"));
                assertEquals(e.primaryEvidence().text(), side.get(i).get("evidence"));
                assertEquals(e.code().cameo(), rows.get(i).get("EventCode"));
                assertEquals(e.code().goldstein(), (Double) rows.get(i).get("GoldsteinScale"), 1e-9);
                LocalDate day =
                        e.date() == null ? added.toLocalDate() : e.date().day();
                assertEquals(
                        Integer.parseInt(day.toString().replace("-", "")),
                        rows.get(i).get("SQLDATE"));
                assertEquals(
                        e.date() == null ? "day" : e.date().precision().label(),
                        side.get(i).get("date_precision"));
                assertEquals(
                        e.source().code() == null ? "" : e.source().code(),
                        rows.get(i).get("Actor1Code") == null ? "" : rows.get(i).get("Actor1Code"));
            }
            Path plover = dir.resolve("p.jsonl");
            new PloverExport(Map.of(), Map.of(), added.toLocalDate()).write(events, plover);
            List<String> lines = Files.readAllLines(plover);
            assertEquals(events.size(), lines.size());
            for (int i = 0; i < events.size(); i++) {
                JsonNode n = new ObjectMapper().readTree(lines.get(i));
                Event e = events.get(i);
                assertEquals(e.id(), n.get("id").asText());
                assertEquals(e.primaryEvidence().text(), n.get("text").asText());
                assertEquals(
                        e.code().cameo(),
                        n.get(PloverExport.EXTENSION).get("cameo").asText());
                assertEquals(e.code().quadClass(), n.get("quad_code").asInt());
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }
}
