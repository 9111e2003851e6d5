package org.backchannel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: real pipeline, real DuckDB file, exit codes that mean something. */
class CommandsTest {

    private static String run(int expectedExit, String... args) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            assertEquals(expectedExit, Main.execute(args), "exit code of " + String.join(" ", args));
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void analyzeIngestQueryAndClaims(@TempDir Path dir) throws Exception {
        Path article = dir.resolve("talks.txt");
        Files.writeString(
                article,
                "Talks in Doha\n\nPublished: 2025-03-06\n\nUS officials secretly met Venezuelan envoys in Doha on Tuesday, "
                        + "diplomats said. The Venezuelan government denied on Wednesday that its envoys met US officials.");
        Path empty = dir.resolve("empty.txt");
        Files.writeString(empty, "");
        JsonNode out = new ObjectMapper()
                .readTree(run(1, "analyze", article.toString(), empty.toString(), "--format", "json"));
        assertEquals("talks", out.get("documents").get(0).get("id").asText());
        assertTrue(out.get("events").size() >= 2, out.toPrettyString());
        assertEquals(
                "empty.txt",
                Path.of(out.get("problems").get(0).get("item").asText())
                        .getFileName()
                        .toString());

        Path db = dir.resolve("store.duckdb");
        assertTrue(run(0, "ingest", article.toString(), "--db", db.toString()).contains("1 added"));
        assertTrue(run(0, "ingest", article.toString(), "--db", db.toString()).contains("0 added, 1 already stored"));
        String csv = run(0, "query", "--db", db.toString(), "--country", "VEN", "--format", "csv");
        assertTrue(csv.lines().count() >= 2, csv);
        String secret = run(0, "query", "--db", db.toString(), "--secret", "--format", "json");
        assertTrue(new ObjectMapper().readTree(secret).size() >= 1, secret);
        String claims = run(0, "claims", "--db", db.toString(), "--format", "json");
        assertTrue(new ObjectMapper().readTree(claims).get("claims").size() >= 1, claims);
        assertEquals(3, Main.execute("analyze", dir.resolve("missing.txt").toString()), "nothing could be read");
        assertEquals(2, Main.execute("query", "--no-such-option"));
    }

    @Test
    void evalEpistemicReportsDevAndHeldOutApart(@TempDir Path dir) throws Exception {
        Path cases = dir.resolve("cases.jsonl");
        Files.writeString(
                cases,
                String.join(
                        "\n",
                        "{\"id\": \"t-1\", \"date\": \"2024-05-01\", \"text\": \"Japan is expected to sign a defence pact with the Philippines next week.\", "
                                + "\"status\": \"hypothetical\", \"cameo_root\": \"05\", \"source\": \"JPN\", \"target\": \"PHL\", \"secret\": false, \"mediator\": null, \"split\": \"dev\"}",
                        "{\"id\": \"t-2\", \"date\": \"2024-05-01\", \"text\": \"Norway brokered the talks between the Colombian government and the ELN in Oslo.\", "
                                + "\"status\": \"asserted\", \"cameo_root\": \"04\", \"source\": \"COLGOV\", \"target\": \"COLREB\", \"secret\": false, \"mediator\": \"NOR\", \"split\": \"heldout\"}"));
        JsonNode out = new ObjectMapper().readTree(run(0, "eval", "--epistemic", cases.toString(), "--format", "json"));
        assertEquals(1, out.get("parts").get("dev").get("cases").asInt());
        assertEquals(1, out.get("parts").get("heldout").get("cases").asInt());
        assertEquals(2, out.get("parts").get("all").get("cases").asInt());
        assertTrue(out.get("parts").get("all").get("status").has("per_status"));
        assertEquals(
                1, out.get("parts").get("heldout").get("mediator").get("gold").asInt());
        String table = run(0, "eval", "--epistemic", cases.toString());
        assertTrue(table.contains("heldout") && table.contains("mediator precision"), table);
    }

    @Test
    void demoAnalyzesTheBuiltInCorpusIntoTheStore(@TempDir Path dir) {
        Path db = dir.resolve("demo.duckdb");
        String out = run(0, "demo", "--db", db.toString());
        assertTrue(out.contains("Read 17 documents"), out);
        assertTrue(out.contains("17 documents added"), out);
        assertTrue(run(0, "demo", "--db", db.toString()).contains("0 documents added, 17 already there"));
        assertTrue(out.contains("Knowledge: ") && out.contains(" 1990s "), out);
    }

    @Test
    void aPetrarchDictionaryIsReadWholeAndItsBadLinesReported(@TempDir Path dir) throws Exception {
        Path dict = dir.resolve("mine.actors");
        Files.writeString(dict, "ZORAN_TESTOVIC_\n\t[SRBGOV 19970101-20001005]\n\t[SRBGOV 2000100-20010101]\n");
        Path article = dir.resolve("talks.txt");
        Files.writeString(
                article,
                "Talks in Belgrade\n\nPublished: 1999-05-04\n\nZoran Testovic met Russian officials in Belgrade on Tuesday.");
        PrintStream oldErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        String out;
        try {
            out = run(1, "analyze", article.toString(), "--petrarch-actors", dict.toString(), "--format", "json");
        } finally {
            System.setErr(oldErr);
        }
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("mine.actors:3: date '2000100' has 7 digits"),
                err.toString(StandardCharsets.UTF_8));
        assertTrue(out.contains("zoran-testovic") && out.contains("SRBGOV"), out);
    }
}
