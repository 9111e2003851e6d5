package org.backchannel.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.date_format;
import static org.apache.spark.sql.functions.lit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.apache.spark.util.LongAccumulator;
import org.backchannel.ingest.DocumentReader;
import org.backchannel.ingest.Ingestor;
import org.backchannel.ingest.dedupe.Reprints;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.SyndicatedCopy;
import org.backchannel.store.EventStore;
import org.backchannel.store.ParquetImport;
import org.backchannel.store.Syndication;

/**
 * The pipeline as a Spark job. Input files are read on the executors by the single-JVM readers; each
 * text is analysed once (documents are keyed by the content hash the store uses, and texts a finished
 * run already wrote are skipped); reprints of one story are collapsed across the whole input by the
 * single-JVM rule ({@link ReprintCollapse}) and written to {@code OUT/document_copies/}; each document is analysed on its own by its executor's pipeline; the
 * store's tables are appended as Parquet under {@code OUT/TABLE/} (events and claims partitioned by event
 * day, documents by publication day), and {@code OUT/_runs/RUN.json} marks the run finished. Documents
 * that fail are written to {@code OUT/failures/} and can be retried alone.
 */
public final class SparkJob {
    /** Where documents live whose event or publication date is unknown. */
    static final String UNDATED = "undated";

    /**
     * What to run.
     *
     * @param inputs      files or folders (JSON Lines, text, HTML and whatever else the single-JVM readers take), any Hadoop path
     * @param out         the output folder; re-running into it adds nothing already there
     * @param master      the Spark master, or null to take the one spark-submit set (local[*] when none)
     * @param partitions  how many partitions to analyse in (0: four per core)
     * @param retryFailed analyse only the documents earlier runs failed on, instead of the inputs
     * @param failIds     document ids to fail on purpose (drills and tests of the retry path)
     */
    public record Options(
            List<String> inputs, String out, String master, int partitions, boolean retryFailed, Set<String> failIds) {}

    /** A document the job could not analyse. */
    public record Failure(String id, String origin, String contentHash, String error) {}

    /** What a run did; written as {@code OUT/_runs/RUN.json} and {@code OUT/summary.json}. */
    public record Summary(
            String run,
            String master,
            int partitions,
            long documentsRead,
            long documentsAlreadyWritten,
            long copiesCollapsed,
            long documentsAnalyzed,
            long sentences,
            long events,
            List<Failure> failures,
            List<String> inputProblems,
            double seconds) {
        /** Documents analysed per second of the whole run, start-up of the session excluded. */
        public double documentsPerSecond() {
            return seconds > 0 ? documentsAnalyzed / seconds : 0;
        }
    }

    private SparkJob() {}

    /** Runs the job in a session of its own (local mode unless a master is given or set by spark-submit), then stops it. */
    public static Summary run(Options options) {
        SparkSession spark = session(options.master());
        try {
            return runWith(spark, options);
        } finally {
            spark.stop();
        }
    }

    /** A session for the job: the given master, or spark-submit's, or local[*]. */
    static SparkSession session(String master) {
        SparkSession.Builder b = SparkSession.builder().appName("backchannel");
        String m = master != null ? master : System.getProperty("spark.master", "local[*]");
        b.master(m);
        if (m.startsWith("local")) {
            b.config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "localhost")
                    .config("spark.driver.bindAddress", "127.0.0.1");
        }
        b.config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
                .config("spark.sql.shuffle.partitions", "8");
        SparkSession s = b.getOrCreate();
        s.sparkContext().setLogLevel("WARN");
        return s;
    }

    /** Runs the job in an existing session. */
    static Summary runWith(SparkSession spark, Options o) {
        long t0 = System.nanoTime();
        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        String run = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS'Z'", Locale.ROOT)
                .withZone(ZoneOffset.UTC)
                .format(Instant.now());
        Path out = new Path(o.out());
        FileSystem fs = fileSystem(out, sc);
        List<String> runs = finishedRuns(fs, out);
        Map<String, StructType> schemas = StoreTables.schemas();

        // what finished runs already wrote: texts by hash, and the ids they took
        Set<String> writtenHashes = new HashSet<>();
        Set<String> takenIds = new HashSet<>();
        for (Row r : finished(spark, fs, out, "documents", schemas.get("documents"), runs)
                .select("content_hash", "id")
                .collectAsList()) {
            writtenHashes.add(r.getString(0));
            takenIds.add(r.getString(1));
        }
        // reprints finished runs recorded count as written: a re-run must not analyse them after all
        for (Row r : finished(spark, fs, out, "document_copies", schemas.get("document_copies"), runs)
                .select("content_hash")
                .collectAsList()) {
            writtenHashes.add(r.getString(0));
        }

        CollectionAccumulator<String> problems = sc.sc().collectionAccumulator("input problems");
        JavaRDD<SourceDocument> read =
                o.retryFailed() ? failedBefore(spark, fs, out, runs) : read(sc, o.inputs(), problems);
        read = read.persist(StorageLevel.MEMORY_AND_DISK());
        List<String[]> keys = read.map(d -> new String[] {d.contentHash(), d.id(), d.origin()})
                .collect();
        Map<String, String[]> chosen = choose(keys, writtenHashes, takenIds);
        Broadcast<Map<String, String[]>> pick = sc.broadcast(chosen);
        JavaRDD<SourceDocument> todo = read.filter(d -> {
                    String[] c = pick.value().get(d.contentHash());
                    return c != null && c[0].equals(d.origin()) && c[2].equals(d.id());
                })
                .map(d -> d.withId(pick.value().get(d.contentHash())[1]));
        ReprintCollapse.Result collapse = ReprintCollapse.run(sc, todo, earlier(spark, fs, out, runs, schemas));
        int kept = chosen.size() - collapse.copies().size();

        int partitions = o.partitions() > 0 ? o.partitions() : Math.max(1, Math.min(kept, sc.defaultParallelism() * 4));
        LongAccumulator sentences = sc.sc().longAccumulator("sentences");
        Set<String> failIds = o.failIds() == null ? Set.of() : Set.copyOf(o.failIds());
        JavaRDD<TableRow> rows = collapse.kept()
                .repartition(partitions)
                .mapPartitions(new PartitionAnalyzer(failIds, sentences))
                .persist(StorageLevel.MEMORY_AND_DISK());

        long events = 0;
        List<Failure> failures = new ArrayList<>();
        if (!chosen.isEmpty()) {
            for (String table : EventStore.DATA_TABLES) {
                Dataset<Row> df = frame(spark, rows, table, schemas.get(table), run);
                switch (table) {
                    case "actors" -> df = df.dropDuplicates("id"); // every partition names the actors it met
                    case "roles" -> df = df.dropDuplicates();
                    case "events" -> df = df.withColumn("event_day", day("event_date"));
                    case "documents" -> df = df.withColumn("published_day", day("published"));
                    case "document_copies" -> df = copies(spark, collapse.copies(), schemas.get(table), run);
                    default -> {}
                }
                write(
                        df,
                        out,
                        table,
                        table.equals("events") ? "event_day" : table.equals("documents") ? "published_day" : null);
                if (table.equals("events")) {
                    write(claims(df), out, "claims", "event_day");
                }
            }
            Dataset<Row> failed = frame(spark, rows, PartitionAnalyzer.FAILURES, StoreTables.FAILURES, run);
            write(failed, out, PartitionAnalyzer.FAILURES, null);
            events = rows.filter(t -> t.table().equals("events")).count();
            Set<String> failedHashes = new HashSet<>();
            for (Row r : failed.select("id", "origin", "content_hash", "error").collectAsList()) {
                failures.add(new Failure(r.getString(0), r.getString(1), r.getString(2), r.getString(3)));
                failedHashes.add(r.getString(2));
            }
            failures.sort(Comparator.comparing(Failure::id));
            // band keys of the documents written only: a failed one gets its keys when a retry writes it
            Broadcast<Set<String>> notWritten = sc.broadcast(failedHashes);
            write(
                    bands(
                            spark,
                            collapse.keptBands().filter(t -> !notWritten.value().contains(t._1())),
                            schemas.get(ParquetImport.BANDS),
                            run),
                    out,
                    ParquetImport.BANDS,
                    null);
        }
        rows.unpersist();
        collapse.release();
        read.unpersist();
        List<String> inputProblems = new ArrayList<>(problems.value());
        inputProblems.sort(null);
        Summary s = new Summary(
                run,
                sc.master(),
                partitions,
                keys.size(),
                keys.size() - chosen.size(),
                collapse.copies().size(),
                kept - failures.size(),
                sentences.value(),
                events,
                failures,
                inputProblems,
                (System.nanoTime() - t0) / 1e9);
        // the run's marker is written last: rows of a run without one are ignored by later runs and by the import
        writeJson(fs, new Path(out, ParquetImport.RUNS + "/" + run + ".json"), s);
        writeJson(fs, new Path(out, "summary.json"), s);
        return s;
    }

    /**
     * Which copy of each text to analyse and under which id: the copy read from the first origin; texts
     * already written are left out; an id another text already took gets the text's hash appended.
     */
    static Map<String, String[]> choose(List<String[]> keys, Set<String> writtenHashes, Set<String> takenIds) {
        List<String[]> sorted = new ArrayList<>(keys);
        sorted.sort(Comparator.comparing((String[] k) -> k[2]).thenComparing(k -> k[1]));
        Map<String, String[]> out = new HashMap<>();
        Set<String> ids = new HashSet<>(takenIds);
        for (String[] k : sorted) {
            if (writtenHashes.contains(k[0]) || out.containsKey(k[0])) {
                continue;
            }
            String id = ids.contains(k[1]) ? k[1] + "-" + k[0].substring(0, 8) : k[1];
            ids.add(id);
            out.put(k[0], new String[] {k[2], id, k[1]});
        }
        return out;
    }

    /** Reads every file under the inputs on the executors with the single-JVM readers ({@link Ingestor#stream}: JSON Lines, text, HTML, WARC, RSS/Atom). */
    private static JavaRDD<SourceDocument> read(
            JavaSparkContext sc, List<String> inputs, CollectionAccumulator<String> problems) {
        sc.hadoopConfiguration().set("mapreduce.input.fileinputformat.input.dir.recursive", "true");
        List<String> paths = new ArrayList<>();
        for (String in : inputs) {
            paths.add(
                    in.contains(":/")
                            ? in
                            : java.nio.file.Path.of(in).toAbsolutePath().toUri().toString());
        }
        return sc.binaryFiles(String.join(",", paths)).flatMap(file -> {
            String name = file._1().startsWith("file:")
                    ? java.nio.file.Path.of(java.net.URI.create(file._1())).toString()
                    : file._1();
            if (name.toLowerCase(Locale.ROOT).endsWith(".md")) {
                return java.util.Collections
                        .emptyIterator(); // read-me files beside a corpus, as the single-JVM ingest skips them
            }
            List<SourceDocument> docs = new ArrayList<>();
            String fileName = java.nio.file.Path.of(name).getFileName().toString();
            try (java.io.InputStream in = file._2().open()) {
                // streamed: a WARC file of any size is read record by record
                new Ingestor().stream(name, in, new DocumentReader.Sink() {
                    @Override
                    public void document(Document d) {
                        if (d.text().isBlank()) {
                            problems.add(name + ": empty: nothing left after removing page furniture");
                        } else {
                            docs.add(SourceDocument.of(d));
                        }
                    }

                    @Override
                    public void problem(String item, String cause) {
                        problems.add((item.startsWith(fileName) ? name + item.substring(fileName.length()) : item)
                                + ": " + cause);
                    }
                });
            } catch (IOException e) {
                problems.add(name + ": unreadable: " + e.getMessage());
            }
            return docs.iterator();
        });
    }

    /** The documents finished runs failed on and no finished run has written since. */
    private static JavaRDD<SourceDocument> failedBefore(
            SparkSession spark, FileSystem fs, Path out, List<String> runs) {
        return finished(spark, fs, out, PartitionAnalyzer.FAILURES, StoreTables.FAILURES, runs)
                .toJavaRDD()
                .map(r -> {
                    String boiler = r.getAs("boilerplate_removed");
                    java.sql.Date published = r.getAs("published");
                    return new SourceDocument(
                            r.getAs("id"),
                            r.getAs("origin"),
                            r.getAs("url"),
                            r.getAs("title"),
                            r.getAs("author"),
                            published == null ? null : published.toLocalDate(),
                            r.getAs("dateline"),
                            r.getAs("agency"),
                            r.getAs("body"),
                            boiler == null || boiler.isEmpty()
                                    ? new ArrayList<>()
                                    : new ArrayList<>(List.of(boiler.split("\\|"))),
                            r.getAs("content_hash"));
                });
    }

    /** A table's rows written by finished runs (none when the table was never written). */
    private static Dataset<Row> finished(
            SparkSession spark, FileSystem fs, Path out, String table, StructType schema, List<String> runs) {
        Path dir = new Path(out, table);
        try {
            if (runs.isEmpty() || !fs.exists(dir)) {
                return spark.createDataFrame(List.of(), schema);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return spark.read()
                .schema(schema)
                .parquet(dir.toString())
                .where(col(StoreTables.RUN_ID).isin(runs.toArray()));
    }

    private static Dataset<Row> frame(
            SparkSession spark, JavaRDD<TableRow> rows, String table, StructType schema, String run) {
        JavaRDD<Row> r = rows.filter(t -> t.table().equals(table)).map(t -> {
            Object[] v = java.util.Arrays.copyOf(t.values(), t.values().length + 1);
            v[v.length - 1] = run;
            return RowFactory.create(v);
        });
        return spark.createDataFrame(r, schema);
    }

    /** What finished runs wrote, for the reprint collapse to compare new documents with (null when none finished). */
    private static ReprintCollapse.Earlier earlier(
            SparkSession spark, FileSystem fs, Path out, List<String> runs, Map<String, StructType> schemas) {
        if (runs.isEmpty()) {
            return null;
        }
        JavaPairRDD<Long, String> bands = finished(
                        spark, fs, out, ParquetImport.BANDS, schemas.get(ParquetImport.BANDS), runs)
                .select("band_key", "content_hash")
                .toJavaRDD()
                .mapToPair(r -> new scala.Tuple2<>(r.getLong(0), r.getString(1)));
        return new ReprintCollapse.Earlier(bands, hashes -> {
            List<Reprints.KnownText> out2 = new ArrayList<>();
            for (Row r : finished(spark, fs, out, "documents", schemas.get("documents"), runs)
                    .where(col("content_hash").isin(hashes.toArray()))
                    .select("id", "content_hash", "body")
                    .collectAsList()) {
                out2.add(new Reprints.KnownText(r.getString(0), r.getString(1), r.getString(2)));
            }
            return out2;
        });
    }

    /** The reprints left out, as the store's {@code document_copies} rows ({@link EventStore#save} maps them, in a scratch store). */
    private static Dataset<Row> copies(SparkSession spark, List<SyndicatedCopy> copies, StructType schema, String run) {
        List<Row> rows = new ArrayList<>();
        try (EventStore scratch = EventStore.inMemory()) {
            scratch.save(
                    new Analysis(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                    new Syndication(Map.of(), copies));
            StoreTables.rows(scratch, "document_copies", values -> {
                Object[] v = java.util.Arrays.copyOf(values, values.length + 1);
                v[v.length - 1] = run;
                rows.add(RowFactory.create(v));
            });
        }
        return spark.createDataFrame(rows, schema);
    }

    /** The band keys of the documents kept, one row per key, so a store they are imported into finds their reprints later. */
    private static Dataset<Row> bands(
            SparkSession spark, JavaPairRDD<String, long[]> bands, StructType schema, String run) {
        JavaRDD<Row> r = bands.flatMap(t -> {
            List<Row> out = new ArrayList<>(t._2().length);
            for (long k : t._2()) {
                out.add(RowFactory.create(t._1(), k, run));
            }
            return out.iterator();
        });
        return spark.createDataFrame(r, schema);
    }

    /** The claims ledger: events someone is said to assert, claim or deny, and events others dispute. */
    private static Dataset<Row> claims(Dataset<Row> events) {
        return events.where(col("attributed_to")
                        .isNotNull()
                        .or(col("status").isin("reported", "claimed", "denied", "corrected"))
                        .or(col("disputed_by")
                                .isNotNull()
                                .and(col("disputed_by").notEqual(""))))
                .select(
                        "id",
                        "document_id",
                        "sentence",
                        "event_date",
                        "cameo",
                        "cameo_name",
                        "source_actor",
                        "source_text",
                        "target_actor",
                        "target_text",
                        "status",
                        "status_cue",
                        "attributed_to",
                        "mediator",
                        "disputed_by",
                        "secret",
                        "sources",
                        StoreTables.RUN_ID,
                        "event_day");
    }

    private static Column day(String dateColumn) {
        return coalesce(date_format(col(dateColumn), "yyyy-MM-dd"), lit(UNDATED));
    }

    private static void write(Dataset<Row> df, Path out, String table, String partitionColumn) {
        var w = df.write().mode(SaveMode.Append);
        if (partitionColumn != null) {
            w = w.partitionBy(partitionColumn);
        }
        w.parquet(new Path(out, table).toString());
    }

    private static FileSystem fileSystem(Path out, JavaSparkContext sc) {
        try {
            return out.getFileSystem(sc.hadoopConfiguration());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runs under {@code out} that finished (wrote their marker), oldest first. */
    static List<String> finishedRuns(FileSystem fs, Path out) {
        Path dir = new Path(out, ParquetImport.RUNS);
        List<String> runs = new ArrayList<>();
        try {
            if (fs.exists(dir)) {
                for (FileStatus f : fs.listStatus(dir)) {
                    String n = f.getPath().getName();
                    if (n.endsWith(".json") && !n.startsWith(".")) {
                        runs.add(n.substring(0, n.length() - ".json".length()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.sort(null);
        return runs;
    }

    private static void writeJson(FileSystem fs, Path file, Summary s) {
        try (OutputStream o = fs.create(file, true)) {
            o.write(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(s)
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
