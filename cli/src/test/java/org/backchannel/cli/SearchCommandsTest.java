package org.backchannel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** {@code ingest} keeps the search index in step; {@code search} and {@code related} read it. Real pipeline, DuckDB and Lucene. */
class SearchCommandsTest {

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
    void ingestIndexesAndSearchFindsTheMarkedSentence(@TempDir Path dir) throws Exception {
        Path talks = dir.resolve("talks.txt");
        Files.writeString(
                talks,
                "Talks in Doha\n\nPublished: 2025-03-06\n\nUS officials secretly met Venezuelan envoys in Doha on Tuesday, "
                        + "diplomats said. The Venezuelan government denied on Wednesday that its envoys met US officials.");
        Path reply = dir.resolve("reply.txt");
        Files.writeString(
                reply,
                "Caracas replies\n\nPublished: 2025-03-08\n\nVenezuela accused US officials of spreading lies about envoys on Friday. "
                        + "<script>alert(1)</script> was found in the page.");
        Path db = dir.resolve("work.duckdb");
        run(0, "ingest", talks.toString(), reply.toString(), "--db", db.toString());
        assertTrue(Files.isDirectory(dir.resolve("work.duckdb.lucene")), "ingest writes the index beside the store");

        JsonNode r = new ObjectMapper()
                .readTree(run(0, "search", "secretly met", "--db", db.toString(), "--format", "json"));
        assertEquals(1, r.get("total").asInt(), r.toPrettyString());
        JsonNode hit = r.get("hits").get(0);
        assertEquals("talks", hit.get("document").asText());
        assertTrue(hit.get("marked").asText().contains("<mark>secretly</mark> <mark>met</mark>"), hit.toPrettyString());
        assertTrue(
                r.get("facets").get("country").toString().contains("VEN"),
                r.get("facets").toPrettyString());

        JsonNode filtered = new ObjectMapper()
                .readTree(run(0, "search", "officials", "--country", "ZZZ", "--db", db.toString(), "--format", "json"));
        assertEquals(0, filtered.get("total").asInt());

        JsonNode hostile =
                new ObjectMapper().readTree(run(0, "search", "alert", "--db", db.toString(), "--format", "json"));
        assertEquals(1, hostile.get("total").asInt(), hostile.toPrettyString());
        assertFalse(hostile.get("hits").get(0).get("marked").asText().contains("<script"));

        String table = run(0, "search", "envoys", "--db", db.toString());
        assertTrue(table.contains("[envoys]"), table);

        run(0, "ingest", talks.toString(), "--db", db.toString());
        JsonNode again = new ObjectMapper()
                .readTree(run(0, "search", "secretly met", "--db", db.toString(), "--format", "json"));
        assertEquals(1, again.get("total").asInt(), "re-ingesting adds nothing to the index");

        JsonNode related =
                new ObjectMapper().readTree(run(0, "related", "talks", "--db", db.toString(), "--format", "json"));
        assertEquals("reply", related.get(0).get("document").asText(), related.toPrettyString());
        assertEquals(3, Main.execute("related", "no-such-document", "--db", db.toString()));
        assertEquals(2, Main.execute("search", "x", "--db", db.toString(), "--format", "xml"));
    }
}
