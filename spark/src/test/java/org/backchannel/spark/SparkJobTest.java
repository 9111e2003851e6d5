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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
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
 * The real job in local mode on six articles (two text files, a JSON Lines item, three items of a WARC file): a failed
 * document is reported and retried alone, a re-run adds nothing, the events equal the single-JVM
 * pipeline's on the same input, and the import into the store gives the same events back. One test,
 * so CoreNLP and the Spark session start once.
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
        String out = tmp.resolve("out").toString();

        SparkJob.Summary first = SparkJob.runWith(
                spark,
                new SparkJob.Options(List.of(corpus.toString()), out, null, 0, false, Set.of("04-north-korea-threat")));
        assertEquals(6, first.documentsRead());
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
        SparkJob.Summary again = SparkJob.runWith(
                spark, new SparkJob.Options(List.of(corpus.toString()), out, null, 0, false, Set.of()));
        assertEquals(0, again.documentsAnalyzed());
        assertEquals(6, again.documentsAlreadyWritten());
        assertEquals(eventsWritten, spark.read().parquet(out + "/events").count(), "a re-run adds nothing");
        assertEquals(first.events() + retry.events(), eventsWritten);

        // the job analyses each document on its own: the single-JVM pipeline doing the same gives the very same events
        Pipeline pipeline = Pipeline.standard();
        List<Document> documents = new Ingestor()
                .read(List.of(corpus.toString()), new ByteArrayInputStream(new byte[0]))
                .documents();
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
        // and `analyze` over the whole input at once too, since no event here is told by two of the articles
        // (docs/spark.md)
        List<String> batch = new ArrayList<>();
        pipeline.analyze(documents, SentenceParser.ProgressListener.NONE)
                .analysis()
                .events()
                .forEach(e -> batch.add(key(e)));
        assertEquals(sorted(batch), sorted(distributed));
        assertTrue(spark.read().parquet(out + "/claims").count() <= eventsWritten);

        try (EventStore store = EventStore.open(tmp.resolve("store.duckdb"))) {
            SaveReport imported = ParquetImport.into(store, Path.of(out));
            assertEquals(6, imported.documentsAdded());
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
        }
        assertTrue(Files.readString(Path.of(out, "summary.json"), StandardCharsets.UTF_8)
                .contains("\"documentsAnalyzed\""));
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
