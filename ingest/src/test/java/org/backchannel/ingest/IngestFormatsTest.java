package org.backchannel.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.backchannel.model.Document;
import org.backchannel.model.IngestProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WARC files and RSS/Atom feeds, read from the fixtures that make-fixtures.py writes. */
class IngestFormatsTest {
    private final Ingestor ingestor = new Ingestor();

    private static Path fixture(String name) {
        try {
            return Path.of(
                    IngestFormatsTest.class.getResource("/fixtures/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private IngestResult read(String name) {
        return ingestor.read(List.of(fixture(name).toString()), InputStream.nullInputStream());
    }

    @Test
    void warcResponsesAndResourcesBecomeDocumentsWithUriAndDate() {
        for (String name : List.of("news.warc", "news.warc.gz")) {
            IngestResult r = read(name);
            List<String> urls = r.documents().stream().map(Document::url).toList();
            assertEquals(
                    List.of(
                            "https://www.harbourtimes.example/world/2025/04/12/oman-talks.html",
                            "https://news.example.org/africa/river-data",
                            "file:///wire/geneva.txt"),
                    urls,
                    name);
            Document oman = r.documents().get(0);
            assertTrue(oman.text().contains("Omani mediators carried messages"), oman.text());
            assertFalse(oman.text().contains("Copyright 2025"), "page furniture is removed as for any page");
            assertEquals(LocalDate.of(2025, 4, 12), oman.published());
            assertEquals("harbourtimes-example-world-2025-04-12-oman-talks", oman.id());
            Document river = r.documents().get(1);
            assertTrue(
                    river.text().contains("share river flow data"),
                    "a gzip Content-Encoding is decoded: " + river.text());
            assertEquals(LocalDate.of(2025, 6, 2), river.published(), "a page without a date takes the WARC date");
            assertTrue(r.documents().get(2).text().contains("Swiss diplomats hosted"));
            // redirects, images, requests and metadata pass silently; the page with nothing but a menu is reported
            assertEquals(1, r.problems().size(), r.problems().toString());
            IngestProblem p = r.problems().get(0);
            assertTrue(p.item().contains("record 7") && p.item().contains("https://news.example.org/index"), p.item());
            assertTrue(p.cause().startsWith("empty"), p.cause());
        }
    }

    @Test
    void warcIsRecognisedByItsBytesWithoutAnExtension() throws IOException {
        IngestResult plain = ingestor.readBytes("capture.bin", Files.readAllBytes(fixture("news.warc")));
        IngestResult zipped = ingestor.readBytes("stdin", Files.readAllBytes(fixture("news.warc.gz")));
        assertEquals(3, plain.documents().size(), plain.problems().toString());
        assertEquals(3, zipped.documents().size(), zipped.problems().toString());
    }

    @Test
    void aBrokenWarcRecordIsReportedAndTheRecordsBeforeItAreKept() {
        IngestResult r = read("broken.warc");
        assertEquals(1, r.documents().size());
        assertTrue(r.documents().get(0).text().contains("Omani mediators"));
        assertEquals(1, r.problems().size(), r.problems().toString());
        assertTrue(
                r.problems().get(0).item().endsWith("broken.warc:record 2"),
                r.problems().get(0).item());
        assertTrue(
                r.problems().get(0).cause().startsWith("malformed WARC record"),
                r.problems().get(0).cause());
    }

    @Test
    void warcIsStreamedNotLoadedWhole(@TempDir Path dir) throws IOException {
        // a WARC larger than the per-item size limit is still read, record by record
        Ingestor small = new Ingestor(new IngestOptions(4_000));
        byte[] one = Files.readAllBytes(fixture("news.warc"));
        Path big = dir.resolve("crawl.warc");
        try (var out = Files.newOutputStream(big)) {
            for (int i = 0; i < 200; i++) {
                out.write(one);
            }
        }
        long size = Files.size(big);
        assertTrue(size > 4_000 * 100);
        CountingStream counting = new CountingStream(Files.newInputStream(big));
        List<Document> docs = new ArrayList<>();
        small.stream("crawl.warc", counting, new DocumentReader.Sink() {
            @Override
            public void document(Document d) {
                if (docs.isEmpty()) {
                    assertTrue(
                            counting.read.get() < size / 2,
                            "the first document arrives long before the file is read to its end");
                }
                docs.add(d);
            }

            @Override
            public void problem(String item, String cause) {}
        });
        assertEquals(600, docs.size());
        IngestResult collected = small.read(List.of(big.toString()), InputStream.nullInputStream());
        assertEquals(3, collected.documents().size(), "repeated records are exact duplicates");
        assertEquals(597, collected.duplicates().size());
    }

    @Test
    void rssItemsBecomeDocumentsAndAnItemWithoutTextIsReported() {
        IngestResult r = read("wire.rss");
        assertEquals(2, r.documents().size(), r.problems().toString());
        Document qatar = r.documents().get(0);
        assertEquals("Qatar hosts talks on prisoner exchange", qatar.title());
        assertEquals("https://www.harbourtimes.example/world/2025/03/04/qatar-talks.html", qatar.url());
        assertEquals(LocalDate.of(2025, 3, 4), qatar.published());
        assertEquals("Lena Park", qatar.author());
        assertTrue(
                qatar.text().contains("behind closed doors"),
                "content:encoded, the longer body, is read: " + qatar.text());
        assertFalse(qatar.text().contains("Share this article"), "the HTML is cleaned as a page is");
        assertEquals("DOHA", qatar.dateline());
        Document france = r.documents().get(1);
        assertTrue(france.text().contains("summoned the Russian ambassador"), "an escaped HTML description is read");
        assertFalse(france.text().contains("<p>"));
        assertEquals(1, r.problems().size());
        assertTrue(
                r.problems().get(0).item().endsWith("wire.rss:item 3"),
                r.problems().get(0).item());
        assertTrue(
                r.problems().get(0).cause().startsWith("no text"),
                r.problems().get(0).cause());
    }

    @Test
    void atomEntriesTakeLinkOrUrlIdAndDates() {
        IngestResult r = read("lake.atom");
        assertEquals(2, r.documents().size(), r.problems().toString());
        Document clash = r.documents().get(0);
        assertEquals("https://lakecourier.example/asia/border-clash", clash.url());
        assertEquals(LocalDate.of(2025, 5, 28), clash.published());
        assertEquals("Somchai Rattana", clash.author());
        assertTrue(clash.text().contains("exchanged fire"));
        Document czech = r.documents().get(1);
        assertNull(czech.url(), "an id that is no URL is no link");
        assertEquals("lake-2", czech.id());
        assertTrue(
                czech.text().contains("summoned the Chinese ambassador"),
                "plain-text summary is read: " + czech.text());
        assertEquals(LocalDate.of(2025, 5, 28), czech.published(), "updated stands in for published");
    }

    @Test
    void feedsAreSniffedAndMalformedFeedsReported(@TempDir Path dir) throws IOException {
        IngestResult sniffed = read("feed-snapshot.xml");
        assertEquals(2, sniffed.documents().size(), "an .xml file whose root is <rss> is a feed");
        IngestResult broken = read("broken.rss");
        assertTrue(broken.documents().isEmpty());
        assertEquals(1, broken.problems().size());
        assertTrue(
                broken.problems().get(0).cause().startsWith("malformed feed"),
                broken.problems().get(0).cause());
        // a folder of snapshots of one feed (a feed archive): repeated items are dropped as exact duplicates
        Files.copy(fixture("wire.rss"), dir.resolve("2025-03-19.rss"));
        Files.copy(fixture("feed-snapshot.xml"), dir.resolve("2025-03-20.xml"));
        Files.copy(fixture("broken.rss"), dir.resolve("2025-03-21.rss"));
        IngestResult archive = ingestor.read(List.of(dir.toString()), InputStream.nullInputStream());
        assertEquals(2, archive.documents().size());
        assertEquals(2, archive.duplicates().size());
        assertEquals(
                3, archive.problems().size(), "item 3 of each snapshot and the broken file: " + archive.problems());
    }

    @Test
    void otherFormatsStillGoToTheirReaders() {
        IngestResult r =
                ingestor.readBytes(Map.of("a.txt", "<rss> is mentioned in text\n\nNot a feed at all.".getBytes()));
        assertEquals(1, r.documents().size());
        assertTrue(FeedReader.looksLikeFeed(
                "<?xml version='1.0'?>\n<!-- c -->\n<feed xmlns='http://www.w3.org/2005/Atom'>"));
        assertFalse(FeedReader.looksLikeFeed("<html><body><feed>"));
        assertFalse(WarcFileReader.isWarc("WAR".getBytes(), "x"));
    }

    /** Counts the bytes read through it. */
    private static final class CountingStream extends java.io.FilterInputStream {
        final AtomicLong read = new AtomicLong();

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }
}
