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
import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.SyndicatedCopy;
import org.backchannel.store.EventStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Syndicated copies through the commands: a wire story, its reprint on another site (other furniture
 * and headline, ending trimmed) and a different report of the same talks.
 */
class ReprintsCommandTest {
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

    private static Path copy(Path dir, String name) throws Exception {
        Path p = dir.resolve(name);
        Files.write(
                p,
                ReprintsCommandTest.class
                        .getResourceAsStream("/reprints/" + name)
                        .readAllBytes());
        return p;
    }

    @Test
    void aReprintIsNotCodedAgainButDifferentReportingStillCorroborates(@TempDir Path dir) throws Exception {
        Path first = Files.createDirectories(dir.resolve("first"));
        Path later = Files.createDirectories(dir.resolve("later"));
        copy(first, "wire.txt");
        copy(first, "other.txt");
        copy(later, "reprint.html");
        JsonNode out =
                new ObjectMapper().readTree(run(0, "analyze", first.toString(), later.toString(), "--format", "json"));
        List<String> ids = new ArrayList<>();
        out.get("documents").forEach(d -> ids.add(d.get("id").asText()));
        assertEquals(List.of("other", "wire"), ids, "the reprint is left out of coding");
        boolean corroborated = false;
        for (JsonNode e : out.get("events")) {
            for (JsonNode ev : e.get("evidence")) {
                assertTrue(!ev.get("document").asText().contains("reprint"), "no event rests on the reprint");
            }
            corroborated |= e.get("sources").asInt() == 2;
        }
        assertTrue(
                corroborated,
                "the different report of the talks still counts as a second source: " + out.get("events"));

        Path db = dir.resolve("store.duckdb");
        assertTrue(run(0, "ingest", first.toString(), "--db", db.toString()).contains("2 added"));
        String second = run(0, "ingest", later.toString(), "--db", db.toString());
        assertTrue(second.contains("0 added") && second.contains("reprints recorded, not coded: 1"), second);
        String again = run(0, "ingest", first.toString(), later.toString(), "--db", db.toString());
        assertTrue(again.contains("0 added, 3 already stored") && again.contains("not coded: 0"), again);
        try (EventStore s = EventStore.open(db)) {
            List<SyndicatedCopy> copies = s.copies("wire");
            assertEquals(1, copies.size());
            assertEquals("reprint", copies.get(0).id());
            assertTrue(copies.get(0).similarity() >= 0.5);
            assertEquals(List.of(List.of("wire", "1")), s.rows("SELECT document_id, copies FROM syndication"));
            assertEquals(
                    0,
                    s.rows("SELECT 1 FROM events WHERE document_id = 'reprint'").size());
        }
    }
}
