package org.backchannel.analysis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.backchannel.analysis.export.SourceDocuments.SourceDocument;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.ActorRef;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;
import org.backchannel.model.Location;
import org.backchannel.model.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GDELT and PLOVER exports column by column and field by field, on hand-made events (no CoreNLP). */
class EventExportsTest {
    private static final Location HODEIDAH =
            new Location("Hodeidah", "Al Ḩudaydah", "YEM", 14.7978, 42.9545, 79415L, Location.Precision.CITY);
    private static final Ontology ONTOLOGY = Ontology.defaults();
    private static final String BODY = "Saudi jets struck the port of Hodeidah on Monday, officials said.\n"
            + "The \"strikes\" followed talks in Muscat.\tLater, the United Nations condemned them.";
    private static final SourceDocument DOC = new SourceDocument(
            "d1",
            "https://example.org/news/1",
            "Strikes",
            LocalDate.of(2024, 3, 5),
            LocalDate.of(2024, 3, 6),
            SourceDocuments.leadEnd(BODY, 60),
            BODY);
    private static final SourceDocument UNDATED_DOC =
            new SourceDocument("d2", null, null, null, LocalDate.of(2024, 4, 1), 10, "x y");

    private static Event event(
            String id,
            String cameo,
            String type,
            String mode,
            EventDate date,
            ActorRef source,
            ActorRef target,
            Location where,
            List<String> contexts,
            Evidence ev,
            Epistemic epi) {
        EventCode code =
                new EventCode(cameo, "name", Integer.parseInt(cameo.substring(0, 2)) >= 14 ? 4 : 1, -9.5, type, mode);
        return new Event(id, date, source, target, code, "struck", 2, epi, contexts, where, List.of(ev), 0.5);
    }

    private static final Evidence LEAD =
            new Evidence("d1", 0, "Saudi jets struck the port of Hodeidah on Monday, officials said.", 0, 65);
    private static final Evidence LATER =
            new Evidence("d1", 2, "Later, the United Nations condemned them.", BODY.indexOf("Later"), BODY.length());
    private static final Event STRIKE = event(
            "e1",
            "195",
            "ASSAULT",
            "aerial",
            new EventDate(LocalDate.of(2024, 3, 4), DatePrecision.DAY, true),
            new ActorRef("sau", "Saudi jets", "SAUMIL"),
            new ActorRef(null, "Hodeidah", "YEM"),
            HODEIDAH,
            List.of("military", "crime_murder", "culture"),
            LEAD,
            Epistemic.asserted());
    private static final Event CONDEMN = event(
            "e2",
            "111",
            "ACCUSE",
            "disapprove",
            null,
            new ActorRef("uno", "the United Nations", "IGOUNO"),
            new ActorRef("sau", "them", "SAUMIL"),
            null,
            List.of(),
            LATER,
            Epistemic.asserted().withStatus(Status.CLAIMED, "said").withAttribution("uno"));
    private static final Event COMMENT = event(
            "e3",
            "010",
            null,
            null,
            null,
            new ActorRef("eu", "the EU", "IGOEUREEC"),
            ActorRef.NONE,
            null,
            List.of(),
            new Evidence("d2", 0, "x y", 0, 3),
            Epistemic.asserted());

    @Test
    void actionGeoColumnsFollowGdeltsTypes() {
        assertEquals(
                List.of("4", "Al Ḩudaydah, Yemen", "YEM", "", "", "14.7978", "42.9545", "79415"),
                GdeltExport.actionGeo(HODEIDAH, ONTOLOGY));
        Location mobile = new Location("Mobile", "Mobile", "USA", 30.69, -88.04, 4076598L, Location.Precision.CITY);
        assertEquals("3", GdeltExport.actionGeo(mobile, ONTOLOGY).get(0), "a US city");
        Location syria = new Location("Syria", "Syria", "SYR", 33.51, 36.29, 170654L, Location.Precision.COUNTRY);
        assertEquals(
                List.of("1", "Syria", "SYR", "", "", "33.51", "36.29", "SYR"), GdeltExport.actionGeo(syria, ONTOLOGY));
        assertEquals(
                List.of("0", "Donbas", "", "", "", "", "", ""),
                GdeltExport.actionGeo(Location.unresolved("Donbas"), ONTOLOGY),
                "no resolved place: type 0, as GDELT writes it, with the words kept");
        assertEquals(List.of("0", "", "", "", "", "", "", ""), GdeltExport.actionGeo(null, ONTOLOGY));
    }

    @Test
    void actorCodesSplitIntoGdeltsColumns() {
        // country, known group, ethnic, religion 1, religion 2, type 1, type 2, type 3
        assertEquals(
                List.of("", "UNO", "", "", "", "IGO", "", ""),
                CameoActorCode.parse("IGOUNO", ONTOLOGY).columns());
        assertEquals(
                List.of("EUR", "EEC", "", "", "", "IGO", "", ""),
                CameoActorCode.parse("IGOEUREEC", ONTOLOGY).columns());
        assertEquals(
                List.of("WST", "NAT", "", "", "", "IGO", "", ""),
                CameoActorCode.parse("IGOWSTNAT", ONTOLOGY).columns());
        assertEquals(
                List.of("USA", "", "", "", "", "GOV", "", ""),
                CameoActorCode.parse("USAGOV", ONTOLOGY).columns());
        assertEquals(
                List.of("", "", "", "CHR", "PRO", "NGO", "DEV", ""),
                CameoActorCode.parse("NGOCHRPRODEV", ONTOLOGY).columns());
        assertEquals(
                List.of("IRQ", "", "", "MOS", "SHI", "REB", "", ""),
                CameoActorCode.parse("IRQMOSSHIREB", ONTOLOGY).columns());
        assertEquals(
                List.of("", "UNO", "", "", "", "IGO", "BUS", ""),
                CameoActorCode.parse("IGOUNOBUS", ONTOLOGY).columns());
        assertEquals(
                List.of("", "", "", "", "", "", "", ""),
                CameoActorCode.parse(null, ONTOLOGY).columns());
        assertEquals(
                List.of("", "", "", "", "", "", "", ""),
                CameoActorCode.parse("USAG", ONTOLOGY).columns(),
                "a malformed code splits into nothing");
        assertTrue(CameoActorCode.religionCodes().size() >= 10, "cameo-religions.tsv loads");
    }

    @Test
    void gdeltRowsReadBackWithTheCodebooksTypes(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("events.tsv");
        new GdeltExport(Map.of(), Map.of("d1", DOC, "d2", UNDATED_DOC), LocalDateTime.of(2024, 5, 1, 12, 30, 5))
                .write(List.of(STRIKE, CONDEMN, COMMENT), file);
        List<Map<String, Object>> rows = ExportReaders.gdelt(file);
        assertEquals(3, rows.size());
        Map<String, Object> strike = rows.get(0);
        assertEquals(20240304, strike.get("SQLDATE"));
        assertEquals(202403, strike.get("MonthYear"));
        assertEquals(2024 + 63 / 366.0, (Double) strike.get("FractionDate"), 1e-4, "4 March 2024 is day 64 of 366");
        assertEquals("SAU", strike.get("Actor1CountryCode"));
        assertEquals("MIL", strike.get("Actor1Type1Code"));
        assertEquals(1, strike.get("IsRootEvent"), "read from the lead paragraph");
        assertEquals("https://example.org/news/1", strike.get("SOURCEURL"), "the document's URL, not its id");
        assertEquals(4, strike.get("ActionGeo_Type"));
        assertEquals(1, strike.get("Actor1Geo_Type"), "the actor's country");
        assertEquals("SAU", strike.get("Actor1Geo_CountryCode"));
        assertEquals(20240501123005L, strike.get("DATEADDED"));
        assertTrue(
                (Double) strike.get("AvgTone") < 0,
                "a story of strikes and condemnation reads negative: " + strike.get("AvgTone"));

        Map<String, Object> condemn = rows.get(1);
        assertEquals(20240305, condemn.get("SQLDATE"), "an undated event takes its document's publication date");
        assertEquals(0, condemn.get("IsRootEvent"), "the third sentence is past the lead");
        assertEquals("UNO", condemn.get("Actor1KnownGroupCode"));
        assertEquals("IGO", condemn.get("Actor1Type1Code"));
        assertEquals(0, condemn.get("ActionGeo_Type"));

        Map<String, Object> comment = rows.get(2);
        assertEquals(20240401, comment.get("SQLDATE"), "no publication date: the day it was ingested");
        assertEquals("d2", comment.get("SOURCEURL"), "no URL: the document id");
        assertEquals("EUR", comment.get("Actor1CountryCode"));
        assertEquals("EEC", comment.get("Actor1KnownGroupCode"));
        assertEquals(0, comment.get("Actor1Geo_Type"), "a region is no place");

        List<Map<String, String>> side = ExportReaders.sidecar(GdeltExport.sidecar(file));
        assertEquals(3, side.size());
        assertEquals(LATER.text(), side.get(1).get("evidence"));
        assertEquals("claimed", side.get(1).get("status"));
        assertEquals("publication", side.get(1).get("date_source"));
        assertEquals("text", side.get(0).get("date_source"));
        assertEquals("ingested", side.get(2).get("date_source"));
    }

    @Test
    void sidecarFieldsWithQuotesTabsAndBreaksSurviveAStrictReader(@TempDir Path dir) throws Exception {
        String nasty = "He said \"no\"\tand left,\nthen \"\"returned\"";
        Event e = STRIKE.withEvidence(List.of(new Evidence("d1", 0, nasty, 0, 10)));
        Path file = dir.resolve("q.tsv");
        new GdeltExport(Map.of(), Map.of(), LocalDateTime.of(2024, 5, 1, 0, 0)).write(List.of(e), file);
        assertEquals(
                nasty, ExportReaders.sidecar(GdeltExport.sidecar(file)).get(0).get("evidence"));
        assertEquals(1, ExportReaders.gdelt(file).size(), "the GDELT file itself stays one line a row");
    }

    @Test
    void ploverRecordsUseTheManualsFieldNames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plover.jsonl");
        new PloverExport(Map.of(), Map.of("d1", DOC, "d2", UNDATED_DOC), LocalDate.of(2024, 5, 1))
                .write(List.of(STRIKE, CONDEMN, COMMENT), file);
        List<String> lines = Files.readAllLines(file);
        assertEquals(3, lines.size(), "JSON Lines: one record a line");
        ObjectMapper m = new ObjectMapper();
        JsonNode strike = m.readTree(lines.get(0));
        for (String field : List.of(
                "id",
                "has_event",
                "date",
                "source",
                "recipient",
                "event",
                "mode",
                "context",
                "quad_code",
                "event_scale",
                "event_text",
                "event_loc",
                "text",
                "text_info",
                "cite_info",
                "coder",
                "coded_date",
                PloverExport.EXTENSION)) {
            assertTrue(strike.has(field), field);
        }
        assertEquals("2024-03-04", strike.get("date").asText());
        assertEquals("ASSAULT", strike.get("event").get(0).asText());
        assertTrue(strike.get("mode").isNull(), "'aerial' is no PLOVER mode of ASSAULT");
        assertEquals(
                "aerial",
                strike.get(PloverExport.EXTENSION).get("mode_unmapped").asText());
        assertEquals(
                List.of("military", "crime"),
                List.of(
                        strike.get("context").get(0).asText(),
                        strike.get("context").get(1).asText()),
                "crime_murder maps to PLOVER's crime");
        assertEquals(
                "culture",
                strike.get(PloverExport.EXTENSION)
                        .get("context_unmapped")
                        .get(0)
                        .asText());
        assertEquals("SAU", strike.get("source").get(0).get("code").asText());
        assertEquals("MIL", strike.get("source").get(0).get("sector").asText());
        assertEquals(79415L, strike.get("event_loc").get("geonameid").asLong());
        assertEquals("YEM", strike.get("event_loc").get("cc3").asText());
        assertEquals(
                "https://example.org/news/1", strike.get("cite_info").get("url").asText());

        JsonNode condemn = m.readTree(lines.get(1));
        assertEquals("disapprove", condemn.get("mode").get(0).asText());
        assertTrue(condemn.get("context").isNull(), "no context: null, as the manual asks");
        assertEquals("IGO", condemn.get("source").get(0).get("code").asText());
        assertEquals(
                "claimed", condemn.get(PloverExport.EXTENSION).get("status").asText());
        assertEquals(
                "uno", condemn.get(PloverExport.EXTENSION).get("attributed_to").asText());
        assertEquals("2024-03-05", condemn.get("date").asText());
        assertTrue(condemn.get("event_loc").isNull());

        JsonNode comment = m.readTree(lines.get(2));
        assertFalse(comment.get("has_event").asBoolean());
        assertTrue(comment.get("event").isNull(), "a CAMEO code PLOVER drops is null, not \"\"");
        assertEquals(0, comment.get("recipient").size(), "nobody named: an empty list");
    }

    @Test
    void everyPloverTypeModeAndContextOfTheCodebookIsPlovers() {
        PloverVocabulary v = PloverVocabulary.defaults();
        for (EventCode c : ONTOLOGY.codebook().all().values()) {
            if (c.ploverType() == null || c.ploverType().isEmpty()) {
                assertTrue(c.cameo().startsWith("01"), c.cameo() + ": only CAMEO 01 is dropped");
                continue;
            }
            assertTrue(v.isEvent(c.ploverType()), c.cameo() + " → " + c.ploverType());
            assertTrue(
                    c.ploverMode() == null || v.isMode(c.ploverType(), c.ploverMode()),
                    c.cameo() + " → mode " + c.ploverMode());
            String contexts = ONTOLOGY.codebook().ploverContext(c.cameo());
            for (String ctx : contexts == null ? new String[0] : contexts.split("\\|")) {
                assertTrue(
                        v.context(ctx) != null
                                || List.of("pro_autocracy", "democracy").contains(ctx),
                        c.cameo() + " → context " + ctx);
            }
        }
        assertEquals("crime", v.context("crime_theft"));
        assertEquals(null, v.context("culture"));
    }

    @Test
    void toneCountsPositiveAndNegativeWords() {
        Tone t = Tone.defaults();
        assertTrue(t.size() > 100, "tone-lexicon.tsv loads");
        assertEquals(0, t.of(""));
        assertEquals(100.0 * (1 - 1) / 4, t.of("peace talks, then war"));
        assertEquals(-100.0 / 3, t.of("troops attacked villages"), 1e-9);
        assertEquals(100.0 / 4, t.of("they did not attack"), 1e-9, "a negator flips the cue after it");
        assertEquals(1, t.polarity("stability"), "an exact word wins over a prefix");
        assertEquals(-1, t.polarity("killings"));
    }

    @Test
    void theLeadEndsAtTheFirstLineBreak() {
        assertEquals(BODY.indexOf('\n'), SourceDocuments.leadEnd(BODY, 5));
        assertEquals(
                42,
                SourceDocuments.leadEnd("One sentence. Two sentences. Three.", 42),
                "no line break: the second sentence's end");
        assertEquals(7, SourceDocuments.leadEnd("\n\nLead.\nNext", 99), "leading blank lines are skipped");
        assertEquals(
                23,
                SourceDocuments.leadEnd("A lead hard-wrapped\nat.\n\nSecond paragraph.\nMore.", 5),
                "a blank line ends the paragraph, a wrapped line does not");
    }
}
