package org.backchannel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each encoding read with its decision reported; each limit reported per item while the rest goes on. */
class EncodingsAndLimitsTest {
    private static final String STORY =
            "Talks in Bogotá\n\nThe ministers’ envoys met in Bogotá on Tuesday — “a first step”, said Peña. "
                    + "Señor Muñoz welcomed the café meeting.";

    private static Decoded decision(IngestResult r) {
        return r.encodings().get(0);
    }

    @Test
    void windows1252IsDecodedNotRefused() {
        IngestResult r = new Ingestor().readBytes("w.txt", STORY.getBytes(Charset.forName("windows-1252")));
        assertEquals(List.of(), r.problems());
        assertTrue(
                r.documents().get(0).text().contains("“a first step”"),
                r.documents().get(0).text());
        assertTrue(r.documents().get(0).text().contains("Peña"));
        assertEquals("windows-1252", decision(r).charset(), decision(r).toString());
        assertTrue(decision(r).notable());
    }

    @Test
    void latin1IsReadAsItsSuperset() {
        String text =
                "Talks in Bogotá\n\nSeñor Muñoz met the envoys in Bogotá on Tuesday, officials said. The café was closed.";
        IngestResult r = new Ingestor().readBytes("l.txt", text.getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(
                r.documents().get(0).text().contains("Muñoz"),
                r.documents().get(0).text());
        assertTrue(
                decision(r).charset().equals("windows-1252")
                        || decision(r).charset().equals("ISO-8859-1"),
                decision(r).toString());
    }

    @Test
    void utf16WithByteOrderMarkAndUtf8() {
        for (Charset c : List.of(StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE)) {
            byte[] body = STORY.getBytes(c);
            byte[] bom = c == StandardCharsets.UTF_16BE
                    ? new byte[] {(byte) 0xFE, (byte) 0xFF}
                    : new byte[] {(byte) 0xFF, (byte) 0xFE};
            byte[] all = new byte[body.length + 2];
            System.arraycopy(bom, 0, all, 0, 2);
            System.arraycopy(body, 0, all, 2, body.length);
            IngestResult r = new Ingestor().readBytes("u.txt", all);
            assertTrue(r.documents().get(0).text().contains("“a first step”"), c + ": " + r);
            assertEquals(c.name(), decision(r).charset());
            assertEquals("byte-order mark", decision(r).how());
        }
        IngestResult r = new Ingestor().readBytes("u8.txt", STORY.getBytes(StandardCharsets.UTF_8));
        assertEquals("UTF-8", decision(r).charset());
        assertTrue(!decision(r).notable());
    }

    @Test
    void onlyUndecodableBytesAreRefused() {
        byte[] odd = {(byte) 0xFF, (byte) 0xFE, 'a', 0, 'b'}; // UTF-16LE with half a character
        IngestResult r = new Ingestor().readBytes("odd.txt", odd);
        assertEquals(0, r.documents().size());
        assertTrue(
                r.problems().get(0).cause().contains("undecodable"),
                r.problems().toString());
        IngestResult bin = new Ingestor().readBytes("b.txt", new byte[] {'a', 0, 1, 2});
        assertTrue(bin.problems().get(0).cause().contains("binary"));
    }

    @Test
    void deepHtmlIsRefusedWithItsCause() {
        String deep = "<html><body>" + "<div>".repeat(5000) + "Envoys met in Doha on Tuesday." + "</div>".repeat(5000)
                + "</body></html>";
        String fine = "<html><body><p>Envoys met in Doha on Tuesday, officials said.</p></body></html>";
        IngestResult r = new Ingestor()
                .readBytes(java.util.Map.of(
                        "deep.html",
                        deep.getBytes(StandardCharsets.UTF_8),
                        "fine.html",
                        fine.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, r.documents().size());
        assertEquals(1, r.problems().size());
        assertTrue(
                r.problems().get(0).cause().contains("deeper than " + IngestOptions.DEFAULT_MAX_HTML_DEPTH),
                r.problems().toString());
    }

    @Test
    void jsonLinesAreStreamedWithALineLimitAndADocumentLimit(@TempDir Path dir) throws Exception {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            b.append("{\"id\":\"d")
                    .append(i)
                    .append("\",\"text\":\"Envoy number ")
                    .append(i)
                    .append(" met the ministers in Doha on Tuesday.\"}\n");
        }
        b.append("{\"id\":\"long\",\"text\":\"").append("x ".repeat(2000)).append("\"}\n");
        b.append("{\"id\":\"w\",\"text\":\"Se\u00f1or Mu\u00f1oz met envoys.\"}\n");
        Path f = dir.resolve("feed.jsonl");
        byte[] utf8 = b.toString().getBytes(StandardCharsets.UTF_8);
        // the last line in windows-1252: decoded on its own
        String last = "{\"id\":\"w\",\"text\":\"Se\u00f1or Mu\u00f1oz met envoys.\"}\n";
        byte[] head = b.substring(0, b.length() - last.length()).getBytes(StandardCharsets.UTF_8);
        byte[] tail = last.getBytes(Charset.forName("windows-1252"));
        byte[] all = new byte[head.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(tail, 0, all, head.length, tail.length);
        Files.write(f, all);
        IngestOptions limits =
                new IngestOptions(IngestOptions.DEFAULT_MAX_BYTES, 1000, IngestOptions.DEFAULT_MAX_HTML_DEPTH, 4);
        List<Document> got = new ArrayList<>();
        IngestResult r =
                new Ingestor(limits).stream(List.of(f.toString()), new ByteArrayInputStream(new byte[0]), got::add);
        assertEquals(4, got.size(), got.toString());
        assertTrue(
                r.problems().stream()
                        .anyMatch(p -> p.item().endsWith(":6") && p.cause().contains("longer than 1000 bytes")),
                r.problems().toString());
        assertTrue(
                r.problems().stream().anyMatch(p -> p.cause().contains("limit of 4 documents")),
                r.problems().toString());
        assertTrue(
                r.encodings().stream()
                        .anyMatch(d -> d.item().endsWith(":7") && d.charset().equals("windows-1252")),
                r.encodings().toString());
        assertTrue(utf8.length > 0);
    }

    @Test
    void oversizeFilesAndStandardInputAreSkipped(@TempDir Path dir) throws Exception {
        Path big = dir.resolve("big.txt");
        Files.writeString(big, "Envoys met. ".repeat(200));
        IngestOptions small = new IngestOptions(1000);
        IngestResult r = new Ingestor(small)
                .read(
                        List.of(big.toString(), "-"),
                        new ByteArrayInputStream("Envoys met. ".repeat(200).getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, r.problems().size(), r.problems().toString());
        assertTrue(r.problems().stream().allMatch(p -> p.cause().startsWith("oversize")));
    }
}
