package org.backchannel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes as the README documents them, for every command, without loading CoreNLP. */
class ExitCodesTest {
    /** Every command that reads the store. */
    static final List<String> READERS =
            List.of("query", "claims", "network", "brokers", "backchannels", "timeline", "analogs", "export");

    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void emptyStore() {
        store = dir.resolve("empty.duckdb");
        EventStore.open(store).close();
    }

    /** Runs a command line; returns its exit code and what it wrote to stderr. */
    private static Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            return new Result(Main.execute(args), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    record Result(int code, String err) {}

    private static String[] args(String command, String... rest) {
        List<String> a = new java.util.ArrayList<>(List.of(command));
        if (command.equals("timeline") || command.equals("analogs")) {
            a.addAll(List.of("USA", "VEN"));
        }
        if (command.equals("export")) {
            a.addAll(List.of("-o", dir.resolve("out.graphml").toString()));
            if (!List.of(rest).contains("--format")) {
                a.addAll(List.of("--format", "graphml"));
            }
        }
        a.addAll(List.of(rest));
        return a.toArray(String[]::new);
    }

    @Test
    void readCommandsOnAnEmptyStoreAreDone() {
        for (String c : READERS) {
            Result r = run(args(c, "--db", store.toString()));
            assertEquals(0, r.code(), c + ": " + r.err());
        }
    }

    @Test
    void anUnknownFormatIsABadCommandLineForEveryCommand() {
        for (String c : List.of(
                "query",
                "claims",
                "network",
                "brokers",
                "backchannels",
                "analogs",
                "export",
                "analyze",
                "eval",
                "bench")) {
            String[] a = c.equals("analyze")
                    ? new String[] {"analyze", "x.txt", "--format", "yaml"}
                    : args(c, "--db", store.toString(), "--format", "yaml");
            if (c.equals("eval") || c.equals("bench")) {
                a = new String[] {c, "--format", "yaml"};
            }
            Result r = run(a);
            assertEquals(2, r.code(), c + ": " + r.err());
            assertTrue(r.err().contains("unknown --format yaml"), c + ": " + r.err());
        }
    }

    @Test
    void aMissingStoreIsAnErrorNotANewStore() {
        Path missing = dir.resolve("nowhere").resolve("missing.duckdb");
        for (String c : READERS) {
            Result r = run(args(c, "--db", missing.toString()));
            assertEquals(2, r.code(), c + ": " + r.err());
            assertTrue(r.err().contains("no store at " + missing), r.err());
            assertFalse(Files.exists(missing), c + " created a store");
        }
    }

    @Test
    void aMissingOutputFolderIsNamed() {
        Path out = dir.resolve("no-such-folder").resolve("net.graphml");
        Result r = run("export", "--db", store.toString(), "--format", "graphml", "-o", out.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("output folder " + out.getParent().toAbsolutePath() + " does not exist"), r.err());
    }

    @Test
    void badOptionsAndValuesAreBadCommandLines() {
        assertEquals(2, run("query", "--no-such-option").code());
        assertEquals(
                2,
                run("network", "--db", store.toString(), "--status", "rumoured").code());
        assertEquals(
                2, run("query", "--db", store.toString(), "--from", "yesterday").code());
        assertEquals(2, run("no-such-command").code());
        assertEquals(0, run("--help").code());
        assertEquals(0, run("help", "ingest").code());
    }

    @Test
    void aDamagedStoreIsAStoreErrorWithAWayOut() throws Exception {
        Path junk = dir.resolve("junk.duckdb");
        Files.writeString(junk, "this is not a database, just text that happens to sit here");
        for (String c : READERS) {
            Result r = run(args(c, "--db", junk.toString()));
            assertEquals(4, r.code(), c + ": " + r.err());
            assertTrue(r.err().contains("not a DuckDB database") && r.err().contains("move it aside"), r.err());
        }
    }
}
