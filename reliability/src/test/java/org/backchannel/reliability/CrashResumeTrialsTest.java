package org.backchannel.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.backchannel.store.EventStore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash-and-resume trials: {@code ingest} runs in a child JVM (the cli jar) and is killed with
 * SIGKILL at a random moment while it writes; a second run resumes it; the store must then equal
 * the store of one clean run: the same documents with all their sentences, the same events and
 * evidence, nothing twice. Also a kill during an export. {@code -Dcrash.trials=N} (default 1 in the
 * build; 20 for the report in docs/reliability.md), {@code -Dcrash.seed=S} to repeat a run.
 */
class CrashResumeTrialsTest {
    /** What a store holds, apart from when rows were written. */
    static final List<String> CONTENT = List.of(
            "SELECT * EXCLUDE (ingested_at) FROM documents ORDER BY id",
            "SELECT * FROM sentences ORDER BY ALL",
            "SELECT * FROM events ORDER BY ALL",
            "SELECT * FROM evidence ORDER BY ALL",
            "SELECT * FROM warnings ORDER BY ALL",
            "SELECT * FROM analogs ORDER BY ALL",
            "SELECT count(*), count(DISTINCT content_hash) FROM documents");

    @TempDir
    static Path dir;

    static Path corpus;
    static Path clean;
    static List<List<List<String>>> expected;
    /** How long the clean run wrote: from the store's appearance (models loaded) to its end. */
    static long writeMillis;

    static Path jar() {
        Path jar = Path.of(System.getProperty("cli.jar", "../cli/target/backchannel-cli.jar"));
        Assumptions.assumeTrue(Files.isRegularFile(jar), "the cli jar is built by `mvn package`: " + jar);
        return jar;
    }

    static Process start(Path log, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx3g",
                "-XX:+UseParallelGC",
                "-Dfile.encoding=UTF-8",
                "-jar",
                jar().toString()));
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    static List<List<List<String>>> content(Path db) {
        try (EventStore s = EventStore.open(db, EventStore.Mode.READ, Duration.ofSeconds(30))) {
            List<List<List<String>>> out = new ArrayList<>();
            for (String q : CONTENT) {
                out.add(s.rows(q));
            }
            return out;
        }
    }

    @BeforeAll
    static void cleanRun() throws Exception {
        if (Integer.getInteger("crash.trials", 1) <= 0) {
            return;
        }
        corpus = Files.createDirectories(dir.resolve("corpus"));
        String[] stories = {
            "US officials secretly met Venezuelan envoys in Doha on Tuesday, diplomats said. Caracas denied the meeting.",
            "Qatar hosted talks between the two sides. The mediator urged restraint.",
            "Russia threatened to expel Polish diplomats on Monday. Warsaw summoned the Russian ambassador.",
            "China and the Philippines agreed to resume talks over the shoal, officials said.",
            "Israeli troops raided a camp in Jenin on Wednesday, the army said. Hamas condemned the raid.",
            "The European Union imposed new sanctions on Iran. Tehran vowed to retaliate.",
            "Kenya offered to mediate between Sudan's warring generals, its foreign ministry said.",
            "Turkey and Greece signed an agreement on migration in Athens on Thursday.",
        };
        for (int i = 0; i < stories.length; i++) {
            Files.writeString(
                    corpus.resolve(String.format("story-%02d.txt", i)),
                    "Story " + i + "\n\n" + stories[i] + "\n",
                    StandardCharsets.UTF_8);
        }
        clean = dir.resolve("clean.duckdb");
        Process p =
                start(dir.resolve("clean.log"), "ingest", corpus.toString(), "--db", clean.toString(), "--batch", "1");
        while (!Files.exists(clean) && p.isAlive()) {
            Thread.sleep(20);
        }
        long t0 = System.nanoTime();
        assertEquals(0, p.waitFor(), Files.readString(dir.resolve("clean.log")));
        writeMillis = (System.nanoTime() - t0) / 1_000_000;
        expected = content(clean);
        assertEquals(stories.length, expected.get(0).size(), "the clean run stored every story");
    }

    @Test
    void killedIngestsResumeToTheCleanStore() throws Exception {
        int trials = Integer.getInteger("crash.trials", 1);
        Assumptions.assumeTrue(trials > 0);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random random = new Random(seed);
        int passed = 0;
        int killedWhileWriting = 0;
        for (int t = 0; t < trials; t++) {
            long trialSeed = random.nextLong();
            Random r = new Random(trialSeed);
            Path db = dir.resolve("trial-" + t + ".duckdb");
            Path log = dir.resolve("trial-" + t + ".log");
            Process p = start(log, "ingest", corpus.toString(), "--db", db.toString(), "--batch", "1");
            // the store appears once the models are loaded: kill somewhere in the writing that follows
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while (!Files.exists(db) && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            long delay = (long) (r.nextDouble() * Math.max(200, writeMillis));
            boolean killed = !p.waitFor(delay, TimeUnit.MILLISECONDS);
            if (killed) {
                p.destroyForcibly(); // SIGKILL on Linux
                killedWhileWriting++;
            }
            p.waitFor();
            int before = Files.exists(db) ? content(db).get(0).size() : 0;
            Process resume = start(log, "ingest", corpus.toString(), "--db", db.toString(), "--batch", "1");
            assertEquals(0, resume.waitFor(), "trial " + t + " seed " + trialSeed + ": " + Files.readString(log));
            List<List<List<String>>> got = content(db);
            for (int q = 0; q < CONTENT.size(); q++) {
                assertEquals(
                        expected.get(q),
                        got.get(q),
                        "trial " + t + " (seed " + trialSeed + ", killed after " + delay + " ms with " + before
                                + " documents stored): " + CONTENT.get(q));
            }
            passed++;
            System.out.printf(
                    "crash trial %d: seed %d, kill after %d ms (%s), %d documents stored before the resume: passed%n",
                    t, trialSeed, delay, killed ? "killed" : "had finished", before);
        }
        System.out.printf(
                "crash trials: %d/%d passed (%d killed mid-run), seed %d%n", passed, trials, killedWhileWriting, seed);
    }

    @Test
    void aKilledExportLeavesTheStoreWhole() throws Exception {
        Assumptions.assumeTrue(Integer.getInteger("crash.trials", 1) > 0);
        long seed = Long.getLong("crash.seed", System.nanoTime());
        Random r = new Random(seed);
        for (int t = 0; t < 3; t++) {
            Path out = Files.createDirectories(dir.resolve("export-" + t));
            Path log = dir.resolve("export-" + t + ".log");
            String format = t % 2 == 0 ? "parquet" : "csv";
            Process p = start(
                    log,
                    "export",
                    "--db",
                    clean.toString(),
                    "--format",
                    format,
                    "-o",
                    out.resolve("tables").toString());
            long delay = 300 + r.nextInt(2500);
            if (!p.waitFor(delay, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
            }
            p.waitFor();
            assertEquals(expected, content(clean), "export trial " + t + " seed " + seed + ": the store is unchanged");
            Process again = start(
                    log,
                    "export",
                    "--db",
                    clean.toString(),
                    "--format",
                    format,
                    "-o",
                    out.resolve("tables").toString());
            assertEquals(0, again.waitFor(), Files.readString(log));
            assertTrue(Files.list(out.resolve("tables")).findAny().isPresent());
        }
        Map<String, Integer> n;
        try (EventStore s = EventStore.open(clean, EventStore.Mode.READ, Duration.ofSeconds(30))) {
            n = s.counts();
        }
        System.out.println("export kill trials: 3/3 passed, store " + n + ", seed " + seed);
    }
}
