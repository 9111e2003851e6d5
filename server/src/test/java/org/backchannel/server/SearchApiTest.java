package org.backchannel.server;

import static org.backchannel.server.Client.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.backchannel.server.auth.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code /api/search} and {@code /api/related} against the real server, its DuckDB store and the Lucene index beside it. */
class SearchApiTest {
    static Client viewer;

    @BeforeAll
    static void login() throws Exception {
        viewer = new Client(Fixture.server());
        assertEquals(200, viewer.login("viewer", Fixture.PASSWORD).status());
    }

    @Test
    void findsSentencesWithTheMatchesAtTheirOffsets() throws Exception {
        JsonNode r = viewer.get("/api/search?q=Doha").json();
        assertTrue(r.get("total").asInt() >= 2, r.toPrettyString());
        for (JsonNode h : r.get("hits")) {
            String text = h.get("text").asText();
            assertFalse(h.get("matches").isEmpty(), h.toPrettyString());
            for (JsonNode m : h.get("matches")) {
                assertEquals(
                        "doha",
                        text.substring(m.get("start").asInt(), m.get("end").asInt())
                                .toLowerCase(Locale.ROOT));
            }
            assertTrue(h.get("marked").asText().contains("<mark>Doha</mark>"), h.toPrettyString());
            assertTrue(h.has("document_id") && h.has("sentence"), h.toPrettyString());
        }
        assertTrue(
                r.get("facets").has("country")
                        && r.get("facets").has("root")
                        && r.get("facets").has("actor"),
                r.get("facets").toString());
    }

    @Test
    void aFacetCountIsTheTotalOfTheSearchFilteredByIt() throws Exception {
        JsonNode all = viewer.get("/api/search?q=talks").json();
        JsonNode countries = all.get("facets").get("country");
        assertFalse(countries.isEmpty(), all.toPrettyString());
        for (JsonNode c : countries) {
            JsonNode filtered = viewer.get(
                            "/api/search?q=talks&country=" + q(c.get("value").asText()))
                    .json();
            assertEquals(c.get("count").asInt(), filtered.get("total").asInt(), "country " + c);
        }
        for (JsonNode root : all.get("facets").get("root")) {
            JsonNode filtered = viewer.get(
                            "/api/search?q=talks&root=" + q(root.get("value").asText()))
                    .json();
            assertEquals(root.get("count").asInt(), filtered.get("total").asInt(), "root " + root);
        }
    }

    @Test
    void pagesFollowTheCursor() throws Exception {
        int total = viewer.get("/api/search?q=said").json().get("total").asInt();
        assertTrue(total > 3, "enough hits to page");
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            JsonNode p = viewer.get("/api/search?q=said&limit=3" + (cursor == null ? "" : "&cursor=" + q(cursor)))
                    .json();
            assertEquals(total, p.get("total").asInt());
            p.get("hits")
                    .forEach(h -> assertTrue(
                            seen.add(h.get("document_id").asText() + "#"
                                    + h.get("sentence").asInt()),
                            "no hit twice"));
            cursor = p.get("next_cursor").isNull() ? null : p.get("next_cursor").asText();
        } while (cursor != null);
        assertEquals(total, seen.size());
    }

    @Test
    void documentScopeAndBadParameters() throws Exception {
        JsonNode docs = viewer.get("/api/search?q=Doha&scope=documents").json();
        assertTrue(docs.get("total").asInt() >= 1);
        assertFalse(docs.get("hits").get(0).has("sentence"), "a document hit has no sentence");
        for (String bad : new String[] {
            "from=2024-13-01",
            "cursor=" + q("<x>"),
            "scope=words",
            "limit=0",
            "limit=999",
            "from=2025-02-01&to=2025-01-01"
        }) {
            Client.Answer a = viewer.get("/api/search?q=talks&" + bad);
            assertEquals(400, a.status(), bad);
            assertTrue(
                    a.json().has("message") || a.json().has("error"), a.json().toString());
            assertFalse(
                    a.raw().body().contains("Exception"),
                    "no stack trace: " + a.raw().body());
        }
        assertEquals(
                401, new Client(Fixture.server()).get("/api/search?q=talks").status(), "viewers and up only");
        JsonNode api = viewer.get("/openapi.json").json().get("paths");
        assertTrue(api.has("/api/search") && api.has("/api/related/{documentId}"), "documented in /openapi.json");
        assertTrue(api.get("/api/search").get("get").get("parameters").size() >= 10);
    }

    @Test
    void relatedExplainsItsRanking() throws Exception {
        JsonNode related = viewer.get("/api/related/01-doha-talks").json();
        assertTrue(related.isArray() && !related.isEmpty(), String.valueOf(related));
        JsonNode top = related.get(0);
        assertTrue(top.get("score").asDouble() > 0, top.toPrettyString());
        assertNotEquals("similar words only", top.get("why").asText());
        assertFalse(top.get("shared_actors").isEmpty(), top.toPrettyString());
        for (int i = 1; i < related.size(); i++) {
            assertTrue(
                    related.get(i - 1).get("score").asDouble()
                            >= related.get(i).get("score").asDouble(),
                    "ranked by score: " + related);
        }
        assertEquals(404, viewer.get("/api/related/no-such-document").status());
        assertEquals(400, viewer.get("/api/related/01-doha-talks?limit=x").status());
    }

    @Test
    void anUploadIsSearchableAtOnceAndItsHostileTextStaysText() throws Exception {
        Path dir = Files.createTempDirectory("backchannel-search-api");
        try (WorkspaceServer own = WorkspaceServer.start(
                WorkspaceServer.Settings.of(dir.resolve("own.duckdb"), "127.0.0.1", 0), Fixture::pipeline)) {
            own.services().users().add("test", "analyst", Role.ANALYST, Fixture.PASSWORD);
            Client analyst = new Client(own);
            assertEquals(200, analyst.login("analyst", Fixture.PASSWORD).status());
            assertEquals(
                    0,
                    analyst.get("/api/search?q=negotiators").json().get("total").asInt());
            // the text reader drops well-formed tags itself; the stray '<' and '&' reach the index and must come back
            // escaped
            String text =
                    "Vienna talks\n\nPublished: 2025-03-06\n\n<script>alert('x')</script> Iranian and US negotiators met in Vienna on Monday "
                            + "as 1 <b 2 & <img src=x onerror=alert(1) diplomats said.";
            assertEquals(
                    201,
                    analyst.send("POST", "/api/documents?name=vienna.txt", "text/plain", text)
                            .status());
            JsonNode r = analyst.get("/api/search?q=negotiators").json();
            assertEquals(1, r.get("total").asInt(), r.toPrettyString());
            JsonNode hit = r.get("hits").get(0);
            String plain = hit.get("text").asText();
            String marked = hit.get("marked").asText();
            assertTrue(
                    plain.contains("<") && plain.contains("&"), "returned as the text it is: " + hit.toPrettyString());
            assertFalse(marked.contains("<script") || marked.contains("<img") || marked.contains("<b "), marked);
            assertEquals(
                    plain.chars().filter(c -> c == '<').count(),
                    marked.split("&lt;", -1).length - 1,
                    "every < escaped: " + marked);
            assertTrue(marked.contains("<mark>negotiators</mark>") && marked.contains("&amp;"), marked);
            int start = hit.get("matches").get(0).get("start").asInt();
            assertEquals(
                    "negotiators",
                    plain.substring(start, hit.get("matches").get(0).get("end").asInt()));
            assertEquals(
                    200,
                    analyst.send("POST", "/api/documents?name=vienna.txt", "text/plain", text)
                            .status(),
                    "the same text again");
            assertEquals(
                    1,
                    analyst.get("/api/search?q=negotiators").json().get("total").asInt(),
                    "indexed once");
        }
        assertTrue(Files.isDirectory(dir.resolve("own.duckdb.lucene")));
    }
}
