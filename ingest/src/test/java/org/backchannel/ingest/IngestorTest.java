package org.backchannel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestorTest {
    private final Ingestor ingestor = new Ingestor(new IngestOptions(10_000));

    @Test
    void plainTextGivesTitleBylineDateAndDropsCallsToAction() {
        String text =
                "Envoys Meet in Oslo\n\nBy Maria Lund\nPublished: 2024-05-02\n\nNorwegian diplomats hosted envoys on Tuesday.\n\n"
                        + "Share your thoughts on this story in the comments below!\n\nYou may also like\n\nRussia threatens NATO\n\nLeave a Comment";
        Document d = ingestor.readBytes("oslo.txt", bytes(text)).documents().get(0);
        assertEquals("oslo", d.id());
        assertEquals("Envoys Meet in Oslo", d.title());
        assertEquals("Maria Lund", d.author());
        assertEquals(LocalDate.of(2024, 5, 2), d.published());
        assertTrue(d.text().contains("Norwegian diplomats hosted envoys"));
        assertFalse(d.text().contains("Share your thoughts"), d.text());
        assertFalse(d.text().contains("Russia threatens NATO"), d.text());
        assertFalse(d.text().contains("Leave a Comment"));
        assertFalse(d.text().contains("Maria Lund"), "the byline is not body text");
        assertTrue(
                d.boilerplateRemoved().contains("You may also like"),
                d.boilerplateRemoved().toString());
    }

    @Test
    void sentencesThatMerelyStartLikeFurnitureAreKept() {
        String text =
                "Title\n\nComments by the minister angered Beijing.\n\nRelated talks in Geneva ended without a deal on Friday.";
        Document d = ingestor.readBytes("t.txt", bytes(text)).documents().get(0);
        assertTrue(d.text().contains("Comments by the minister angered Beijing."));
        assertTrue(d.text().contains("Related talks in Geneva"));
    }

    @Test
    void htmlMetadataAndFurniture() {
        String html = "<html><head><title>Site | Talks</title><meta name='author' content='Jane Doe'>"
                + "<meta property='article:published_time' content='2025-03-04T10:00:00Z'></head><body>"
                + "<nav><a>World</a><a>Politics</a></nav><div class='cookie-banner'>We use cookies.</div>"
                + "<article><h1>Qatar hosts talks</h1><p class='byline'>By Jane Doe</p><p>Qatar hosted US and Venezuelan envoys in Doha.</p>"
                + "<div class='related-stories'><h3>You may also like</h3><ul><li>Russia threatens NATO over drills</li></ul></div>"
                + "<p>Share this article on X and Facebook</p></article>"
                + "<section id='comments'><h3>Leave a Comment</h3><p>Great read!</p></section><footer>© 2025</footer></body></html>";
        Document d = ingestor.readBytes("p.html", bytes(html)).documents().get(0);
        assertEquals("Jane Doe", d.author());
        assertEquals(LocalDate.of(2025, 3, 4), d.published());
        assertTrue(d.title().contains("Talks") || d.title().contains("talks"));
        assertTrue(d.text().contains("Qatar hosted US and Venezuelan envoys in Doha."));
        for (String furniture : List.of(
                "Russia threatens NATO", "Share this article", "Great read", "We use cookies", "Politics", "© 2025")) {
            assertFalse(d.text().contains(furniture), furniture + " leaked into " + d.text());
        }
    }

    @Test
    void aBoxTitledAsFurnitureGoesWholeWhateverItsClass() {
        String html = "<html><body><article><p>Chile recalled its ambassador from Caracas.</p>"
                + "<div class='box-7'><b>You may also like</b><ul><li>North Korea fires missiles, Seoul says</li></ul></div></article></body></html>";
        Document d = ingestor.readBytes("b.html", bytes(html)).documents().get(0);
        assertTrue(d.text().contains("Chile recalled"));
        assertFalse(d.text().contains("North Korea"), d.text());
        assertTrue(
                d.boilerplateRemoved().contains("You may also like"),
                d.boilerplateRemoved().toString());
    }

    @Test
    void pageStructuresThatOnceLostText() {
        String wrapped =
                "<html><body><div class='layout has-sidebar'><article><p>Oman hosted the talks on <time>Tuesday</time>, "
                        + "<span class='share-price'>officials</span> said.</p></article></div></body></html>";
        Document d = ingestor.readBytes("w.html", bytes(wrapped)).documents().get(0);
        assertTrue(d.text().contains("Oman hosted the talks on Tuesday, officials said."), d.text());
        Document bare = ingestor.readBytes(
                        "bare.html",
                        bytes(
                                "<html><body><article>Peru expelled two diplomats.<br>Bolivia protested.</article></body></html>"))
                .documents()
                .get(0);
        assertTrue(bare.text().contains("Peru expelled two diplomats."), bare.text());
    }

    @Test
    void aSentenceStartingWithByIsNoByline() {
        Document d = ingestor.readBytes("t.txt", bytes("Envoys leave\n\nBy Tuesday night the envoys had left Doha."))
                .documents()
                .get(0);
        assertNull(d.author());
        assertTrue(d.text().contains("By Tuesday night the envoys had left Doha."));
        assertEquals(
                "Ana de la Cruz",
                ingestor.readBytes("u.txt", bytes("T\nBy Ana de la Cruz\n\nText here."))
                        .documents()
                        .get(0)
                        .author());
    }

    @Test
    void idsStayUniqueWhenFileNamesCollide() {
        Map<String, byte[]> items = new LinkedHashMap<>();
        items.put("report.txt", bytes("A\n\nChile recalled its ambassador."));
        items.put("report.html", bytes("<p>Peru expelled two diplomats.</p>"));
        items.put("report-2.txt", bytes("B\n\nBolivia protested."));
        List<String> ids =
                ingestor.readBytes(items).documents().stream().map(Document::id).toList();
        assertEquals(3, ids.stream().distinct().count(), ids.toString());
    }

    @Test
    void jsonLinesKeepsGoodRecordsAndReportsBadOnes() {
        String jsonl =
                "{\"id\":\"a1\",\"title\":\"T\",\"author\":\"R\",\"published\":\"2024-01-02\",\"text\":\"Iran and Oman held talks.\"}\n"
                        + "{not json\n"
                        + "{\"id\":\"a2\",\"text\":\"\"}\n"
                        + "{\"id\":\"a3\",\"html\":\"<p>Egypt mediated between Israel and Hamas.</p>\"}\n";
        IngestResult r = ingestor.readBytes("feed.jsonl", bytes(jsonl));
        assertEquals(
                List.of("a1", "a3"), r.documents().stream().map(Document::id).toList());
        assertEquals(LocalDate.of(2024, 1, 2), r.documents().get(0).published());
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().get(0).item().endsWith(":2"));
        assertTrue(r.problems().get(0).cause().startsWith("malformed JSON"));
        assertTrue(r.problems().get(1).cause().startsWith("empty"));
    }

    @Test
    void badItemsAreReportedWithTheirCauseAndTheBatchGoesOn() {
        Map<String, byte[]> items = new LinkedHashMap<>();
        items.put("empty.txt", new byte[0]);
        items.put("blank.txt", bytes("   \n\n  "));
        items.put("binary.txt", new byte[] {1, 2, 0, 3, 4});
        items.put("latin1.txt", new byte[] {'C', 'a', 'r', 'a', 'c', 'a', 's', ' ', (byte) 0xE9, 't', 'a', 'i', 't'});
        items.put("huge.txt", new byte[20_000]);
        items.put("good.txt", bytes("Good\n\nBrazil praised Colombia."));
        IngestResult r = ingestor.readBytes(items);
        assertEquals(
                List.of("latin1", "good"),
                r.documents().stream().map(Document::id).toList(),
                "Latin-1 is still text");
        assertTrue(
                r.documents().get(0).text().contains("Caracas était"),
                r.documents().get(0).text());
        Map<String, String> causes = new LinkedHashMap<>();
        r.problems().forEach(p -> causes.put(p.item(), p.cause()));
        assertTrue(causes.get("empty.txt").startsWith("empty"));
        assertTrue(causes.get("blank.txt").startsWith("empty"));
        assertTrue(causes.get("binary.txt").startsWith("binary"));
        assertFalse(causes.containsKey("latin1.txt"));
        assertTrue(causes.get("huge.txt").startsWith("oversize"));
    }

    @Test
    void hostileMarkupIsTextNotCode() {
        String html =
                "<html><body><p>Officials met.</p><script>alert('x')</script><p>Robert'); DROP TABLE events;-- spoke.</p></body></html>";
        Document d = ingestor.readBytes("h.html", bytes(html)).documents().get(0);
        assertFalse(d.text().contains("alert"));
        assertTrue(d.text().contains("DROP TABLE events"), "SQL in text is kept as text");
    }

    @Test
    void directoriesAreReadInOrderAndDuplicatesSkipped(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("b.txt"), "B\n\nKenya hosted Ethiopian envoys.");
        Files.writeString(dir.resolve("a.txt"), "B\n\nKenya   hosted Ethiopian envoys.");
        Files.writeString(dir.resolve("c.html"), "<p>Chile recalled its ambassador.</p>");
        IngestResult r = ingestor.read(
                List.of(dir.toString(), dir.resolve("missing.txt").toString()), new ByteArrayInputStream(new byte[0]));
        assertEquals(List.of("a", "c"), r.documents().stream().map(Document::id).toList());
        assertEquals(1, r.duplicates().size());
        assertEquals("no such file or directory", r.problems().get(0).cause());
    }

    @Test
    void standardInput() {
        IngestResult r =
                ingestor.read(List.of("-"), new ByteArrayInputStream(bytes("Headline\n\nPeru expelled a diplomat.")));
        assertEquals("stdin", r.documents().get(0).id());
    }

    @Test
    void publicationDatesInSeveralLayouts() {
        assertEquals(LocalDate.of(2025, 3, 4), PublicationDates.parse("March 4, 2025"));
        assertEquals(LocalDate.of(2025, 3, 4), PublicationDates.parse("4 March 2025"));
        assertEquals(LocalDate.of(2025, 3, 4), PublicationDates.parse("2025-03-04T10:00:00Z"));
        assertEquals(LocalDate.of(2024, 9, 30), PublicationDates.parse("Sept. 30, 2024"));
        assertEquals(LocalDate.of(2024, 9, 5), PublicationDates.parse("September 5, 2024"));
        assertEquals(LocalDate.of(2024, 9, 5), PublicationDates.parse("5 September 2024"));
        assertNull(PublicationDates.parse("no date here"));
        assertNull(PublicationDates.parse("2025-13-45"));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
