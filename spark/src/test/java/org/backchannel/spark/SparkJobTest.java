package org.backchannel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.ingest.Ingestor;
import org.backchannel.ingest.dedupe.Reprints;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
import org.backchannel.model.SyndicatedCopy;
import org.backchannel.nlp.SentenceParser;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.store.EventQuery;
import org.backchannel.store.EventStore;
import org.backchannel.store.ParquetImport;
import org.backchannel.store.SaveReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real job in local mode on six articles (two text files, a JSON Lines item, three items of a WARC file) and a
 * planted reprint of one of them: the reprint is collapsed as the single-JVM path collapses it, a failed document is
 * reported and retried alone, a re-run adds nothing, the events equal the single-JVM
 * pipeline's on the same input, and the import into the store gives the same events back. One class, so the
 * Spark session starts once.
 */
class SparkJobTest {
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkJob.session("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void jobMatchesTheSingleJvmPipelineAndIsResumable(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String name : List.of("01-doha-talks.txt", "04-north-korea-threat.txt")) {
            Files.write(corpus.resolve(name), DemoCorpus.bytes(DemoCorpus.DEMO + name));
        }
        String jsonl = DemoCorpus.lines(DemoCorpus.DEMO + "extra.jsonl").get(0);
        Files.writeString(corpus.resolve("wire.jsonl"), jsonl + "\n");
        // a web archive with three articles (and records that are not articles), from the ingest module's fixtures
        Files.copy(Path.of("../ingest/src/test/resources/fixtures/news.warc.gz"), corpus.resolve("crawl.warc.gz"));
        Files.writeString(corpus.resolve("README.md"), "not an article\n");
        // a planted reprint: the Doha story a day later on another page, retitled, a word changed, its ending cut
        String doha = new String(DemoCorpus.bytes(DemoCorpus.DEMO + "01-doha-talks.txt"), StandardCharsets.UTF_8);
        String reprint = "Qatar hosts quiet US-Venezuela talks\nPublished: 2025-03-05\n\n"
                + doha.substring(doha.indexOf("DOHA, March 4"), doha.indexOf("Will the Doha channel"))
                        .replace("two diplomats", "two envoys");
        Files.writeString(corpus.resolve("99-gulf-daily-reprint.txt"), reprint);
        String out = tmp.resolve("out").toString();

        SparkJob.Summary first = SparkJob.runWith(
                spark,
                new SparkJob.Options(List.of(corpus.toString()), out, null, 0, false, Set.of("04-north-korea-threat")));
        assertEquals(7, first.documentsRead());
        assertEquals(1, first.copiesCollapsed(), "the reprint is collapsed");
        assertEquals(5, first.documentsAnalyzed());
        assertEquals(
                1,
                first.inputProblems().size(),
                "the archive's page with nothing but a menu: " + first.inputProblems());
        assertEquals(1, first.failures().size());
        assertEquals("04-north-korea-threat", first.failures().get(0).id());
        assertTrue(first.events() > 0);

        SparkJob.Summary retry = SparkJob.runWith(spark, new SparkJob.Options(List.of(), out, null, 0, true, Set.of()));
        assertEquals(1, retry.documentsAnalyzed(), "only the failed document is analysed again");
        assertTrue(retry.failures().isEmpty());

        long eventsWritten = spark.read().parquet(out + "/events").count();
        // a reprint of the story the retry wrote arrives with the re-run: it is compared with what earlier runs wrote
        String korea =
                new String(DemoCorpus.bytes(DemoCorpus.DEMO + "04-north-korea-threat.txt"), StandardCharsets.UTF_8);
        Files.writeString(
                corpus.resolve("98-seoul-wire-reprint.txt"),
                "Pyongyang warns of an overwhelming response\nPublished: 2025-08-20\n\n"
                        + korea.substring(
                                korea.indexOf("\n\n") + 2, korea.indexOf("Is another nuclear test possible?")));
        SparkJob.Summary again = SparkJob.runWith(
                spark, new SparkJob.Options(List.of(corpus.toString()), out, null, 0, false, Set.of()));
        assertEquals(8, again.documentsRead());
        assertEquals(0, again.documentsAnalyzed());
        assertEquals(7, again.documentsAlreadyWritten(), "the recorded reprint counts as written");
        assertEquals(1, again.copiesCollapsed(), "the new reprint of an earlier run's story");
        assertEquals(eventsWritten, spark.read().parquet(out + "/events").count(), "a re-run adds nothing");
        assertEquals(first.events() + retry.events(), eventsWritten);

        java.util.Map<String, String> copies = new java.util.TreeMap<>(); // copy id -> kept document's hash
        for (Row r : spark.read().parquet(out + "/document_copies").collectAsList()) {
            copies.put(r.getAs("copy_id"), r.getAs("kept_hash"));
            assertTrue(r.<Double>getAs("similarity") >= 0.5);
        }
        assertEquals(List.of("98-seoul-wire-reprint", "99-gulf-daily-reprint"), List.copyOf(copies.keySet()));

        // the single-JVM collapse keeps the same documents and records the same copies
        Pipeline pipeline = Pipeline.standard();
        Reprints.Collapse collapse = new Reprints()
                .collapse(new Ingestor()
                        .read(List.of(corpus.toString()), new ByteArrayInputStream(new byte[0]))
                        .documents());
        java.util.Map<String, String> singleCopies = new java.util.TreeMap<>();
        collapse.copies().forEach(c -> singleCopies.put(c.id(), c.keptHash()));
        assertEquals(singleCopies, copies);
        List<Document> documents = collapse.kept();
        assertEquals(
                sorted(documents.stream().map(Document::id).toList()),
                sorted(spark.read()
                        .parquet(out + "/documents")
                        .select("id")
                        .as(Encoders.STRING())
                        .collectAsList()));
        // the job analyses each document on its own: the single-JVM pipeline doing the same gives the very same events
        List<String> single = new ArrayList<>();
        for (Analysis a : pipeline.analyzeSeparately(documents)) {
            a.events().forEach(e -> single.add(key(e)));
        }
        List<String> distributed = new ArrayList<>();
        for (Row r : spark.read()
                .parquet(out + "/events")
                .select("document_id", "sentence", "cameo", "source_actor", "target_actor", "status", "event_date")
                .collectAsList()) {
            distributed.add(key(
                    r.getString(0),
                    r.getInt(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.get(6)));
        }
        assertFalse(single.isEmpty());
        assertEquals(sorted(single), sorted(distributed));
        // and `analyze` (Pipeline.run: read, collapse, analyse) over the whole input at once too, since no event
        // here is told by two of the kept articles (docs/spark.md)
        List<String> batch = new ArrayList<>();
        pipeline.run(
                        List.of(corpus.toString()),
                        new ByteArrayInputStream(new byte[0]),
                        SentenceParser.ProgressListener.NONE)
                .analysis()
                .events()
                .forEach(e -> batch.add(key(e)));
        assertEquals(sorted(batch), sorted(distributed));
        assertTrue(spark.read().parquet(out + "/claims").count() <= eventsWritten);

        try (EventStore store = EventStore.open(tmp.resolve("store.duckdb"))) {
            SaveReport imported = ParquetImport.into(store, Path.of(out));
            assertEquals(6, imported.documentsAdded());
            assertEquals(2, store.counts().get("document_copies"), "the import carries the copies along");
            String dohaHash = copies.get("99-gulf-daily-reprint");
            String keptId = store.rows("SELECT id FROM documents WHERE content_hash = '" + dohaHash + "'")
                    .get(0)
                    .get(0);
            assertEquals(
                    List.of("99-gulf-daily-reprint"),
                    store.copies(keptId).stream().map(SyndicatedCopy::id).toList());
            assertEquals(
                    "40",
                    store.rows("SELECT count(*) FROM document_bands WHERE content_hash = '" + dohaHash + "'")
                            .get(0)
                            .get(0),
                    "so a later ingest into the store finds reprints of it");
            assertEquals(eventsWritten, imported.eventsAdded());
            List<String> stored = new ArrayList<>();
            for (Event e : store.events(EventQuery.ALL)) {
                stored.add(key(e));
                assertFalse(e.evidence().get(0).text().isEmpty(), "evidence comes along");
            }
            assertEquals(sorted(single), sorted(stored));
            SaveReport twice = ParquetImport.into(store, Path.of(out));
            assertEquals(0, twice.documentsAdded());
            assertEquals(6, twice.documentsSkipped());
            assertEquals(6, store.counts().get("documents"));
            assertEquals(2, store.counts().get("document_copies"));
        }
        assertTrue(Files.readString(Path.of(out, "summary.json"), StandardCharsets.UTF_8)
                .contains("\"documentsAnalyzed\""));
    }

    /**
     * The distributed collapse keeps exactly what {@link Reprints#collapse} keeps on a corpus of planted reprints:
     * each demo article reprinted one to three times (a word changed, the ending cut, a credit added, dated the same
     * day or later, or undated), and reprints of reprints, so that components are chains. No CoreNLP here.
     */
    @Test
    void distributedCollapseKeepsWhatTheSingleJvmCollapseKeeps() {
        java.util.Random random = new java.util.Random(12);
        List<Document> docs = new ArrayList<>();
        int planted = 0;
        for (Document d : new Ingestor().readBytes(DemoCorpus.demoFiles()).documents()) {
            docs.add(d);
            Document last = d;
            int copies = 1 + random.nextInt(3);
            for (int k = 1; k <= copies; k++) {
                Document from = random.nextBoolean() ? d : last; // a reprint of the original or of the last reprint
                List<String> paragraphs = new ArrayList<>(List.of(from.text().split("\n\n")));
                if (paragraphs.size() > 3 && random.nextBoolean()) {
                    paragraphs.remove(paragraphs.size() - 1);
                }
                int p = random.nextInt(paragraphs.size());
                paragraphs.set(p, paragraphs.get(p).replaceFirst("\\b(said|says|the)\\b", "reportedly"));
                paragraphs.add("Distributed by wire partner " + k + " of " + d.id() + ".");
                String text = String.join("\n\n", paragraphs);
                java.time.LocalDate published = d.published() == null || random.nextInt(4) == 0
                        ? null
                        : d.published().plusDays(random.nextInt(3));
                String id = d.id() + "-copy" + k;
                last = new Document(
                        id,
                        "site" + k + "/" + id,
                        "https://site" + k + ".example/" + id,
                        null,
                        null,
                        published,
                        null,
                        null,
                        text,
                        List.of(),
                        org.backchannel.ingest.DocumentIds.contentHash(text));
                docs.add(last);
                planted++;
            }
        }
        List<Document> inOriginOrder = docs.stream()
                .sorted(java.util.Comparator.comparing(Document::origin).thenComparing(Document::id))
                .toList();
        Reprints.Collapse single = new Reprints().collapse(inOriginOrder);

        var sc = org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext());
        ReprintCollapse.Result distributed = ReprintCollapse.run(
                sc, sc.parallelize(docs.stream().map(SourceDocument::of).toList(), 3));
        List<String> keptHere = distributed.kept().map(SourceDocument::id).collect();
        distributed.release();

        assertTrue(single.copies().size() > planted / 2, single.copies().size() + " of " + planted + " planted");
        assertEquals(
                sorted(single.kept().stream().map(Document::id).toList()), sorted(keptHere), "the same documents kept");
        assertEquals(
                sorted(single.copies().stream()
                        .map(c -> c.id() + " copies " + c.keptId() + " " + c.similarity())
                        .toList()),
                sorted(distributed.copies().stream()
                        .map(c -> c.id() + " copies " + c.keptId() + " " + c.similarity())
                        .toList()),
                "the same copies, each of the same kept document");
        System.out.printf(
                "planted %d reprints of %d articles: %d collapsed, the same %d kept by both%n",
                planted, docs.size() - planted, single.copies().size(), keptHere.size());
    }

    private static List<String> sorted(List<String> keys) {
        return keys.stream().sorted().toList();
    }

    private static String key(Event e) {
        return key(
                e.primaryEvidence().document(),
                e.primaryEvidence().sentence(),
                e.code().cameo(),
                e.source().actorId(),
                e.target().actorId(),
                e.epistemic().status().label(),
                e.date() == null ? null : e.date().day());
    }

    private static String key(
            String doc, int sentence, String cameo, String source, String target, String status, Object date) {
        return doc + "#" + sentence + " " + cameo + " " + source + "->" + target + " " + status + " "
                + (date == null ? "" : date.toString());
    }
}
