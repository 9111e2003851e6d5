package org.backchannel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Analysts' changes on the real server: comments, reviews and uploads, with their audit rows; hostile
 * text (script tags, SQL) is stored and answered back exactly, as data.
 */
class NotesApiTest {
    static final List<String> HOSTILE = List.of(
            "<script>alert('xss')</script>",
            "<img src=x onerror=alert(1)>",
            "'); DROP TABLE events; --",
            "\" OR 1=1 --",
            "</textarea><svg onload=alert(1)>",
            "{{constructor.constructor('alert(1)')()}}",
            "javascript:alert(1)");
    static Client analyst;
    static Client admin;
    static String event;

    @BeforeAll
    static void login() throws Exception {
        analyst = new Client(Fixture.server());
        analyst.login("analyst", Fixture.PASSWORD);
        admin = new Client(Fixture.server());
        admin.login("admin", Fixture.PASSWORD);
        event = AccessApiTest.firstEvent(analyst);
    }

    @Test
    void commentsOnEventsActorsAndDocumentsComeBackWithTheirTarget() throws Exception {
        String actor = analyst.get("/api/actors?limit=1")
                .json()
                .get("actors")
                .get(0)
                .get("id")
                .asText();
        String document = analyst.get("/api/documents?limit=1")
                .json()
                .get("documents")
                .get(0)
                .get("id")
                .asText();
        Map<String, String> targets = Map.of("event", event, "actor", actor, "document", document);
        for (var t : targets.entrySet()) {
            Client.Answer a = analyst.postJson(
                    "/api/comments",
                    Map.of("target_kind", t.getKey(), "target_id", t.getValue(), "body", "note on " + t.getKey()));
            assertEquals(201, a.status(), a.raw().body());
            assertEquals("analyst", a.json().get("author").asText());
        }
        assertTrue(analyst.get("/api/events/" + Client.q(event))
                .json()
                .get("comments")
                .toString()
                .contains("note on event"));
        assertTrue(analyst.get("/api/actors/" + Client.q(actor))
                .json()
                .get("comments")
                .toString()
                .contains("note on actor"));
        assertTrue(analyst.get("/api/documents/" + Client.q(document))
                .json()
                .get("comments")
                .toString()
                .contains("note on document"));
        assertTrue(analyst.get("/api/comments?kind=actor&id=" + Client.q(actor))
                .json()
                .get("comments")
                .toString()
                .contains("note on actor"));
        assertEquals(
                404,
                analyst.postJson(
                                "/api/comments",
                                Map.of("target_kind", "event", "target_id", "ev:none#0.0", "body", "x"))
                        .status());
        assertEquals(
                400,
                analyst.postJson("/api/comments", Map.of("target_kind", "planet", "target_id", event, "body", "x"))
                        .status());
        assertEquals(
                400,
                analyst.postJson("/api/comments", Map.of("target_kind", "event", "target_id", event, "body", "  "))
                        .status());
        assertEquals(
                400,
                analyst.send("POST", "/api/comments", "application/json", "{not json")
                        .status());
        assertTrue(audit().contains("analyst comment.add actor:" + actor), audit());
    }

    @Test
    void aReviewMarksAnEventDisputedOrConfirmedAndTheLatestStands() throws Exception {
        String path = "/api/events/" + Client.q(event) + "/reviews";
        assertEquals(
                201,
                analyst.postJson(path, Map.of("verdict", "disputed", "reason", "the ministry denied it the next day"))
                        .status());
        assertEquals(
                201,
                analyst.postJson(path, Map.of("verdict", "confirmed", "reason", "two wire agencies confirm"))
                        .status());
        JsonNode d = analyst.get("/api/events/" + Client.q(event)).json();
        assertEquals("confirmed", d.get("review").asText());
        assertEquals(2, d.get("reviews").size());
        assertEquals(
                "the ministry denied it the next day",
                d.get("reviews").get(0).get("reason").asText());
        assertEquals(
                400,
                analyst.postJson(path, Map.of("verdict", "maybe", "reason", "x"))
                        .status());
        assertEquals(400, analyst.postJson(path, Map.of("verdict", "disputed")).status(), "a reason is required");
        assertEquals(
                404,
                analyst.postJson("/api/events/nothing/reviews", Map.of("verdict", "disputed", "reason", "x"))
                        .status());
        assertTrue(audit().contains("analyst event.review event:" + event), audit());
    }

    @Test
    void hostileTextIsStoredAndAnsweredExactlyAsData() throws Exception {
        for (String h : HOSTILE) {
            Client.Answer a =
                    analyst.postJson("/api/comments", Map.of("target_kind", "event", "target_id", event, "body", h));
            assertEquals(201, a.status());
            assertEquals("application/json", a.header("Content-Type").replaceAll(";.*", ""));
            assertEquals("nosniff", a.header("X-Content-Type-Options"));
        }
        JsonNode comments = analyst.get("/api/comments?kind=event&id=" + Client.q(event))
                .json()
                .get("comments");
        for (String h : HOSTILE) {
            boolean found = false;
            for (JsonNode c : comments) {
                found |= c.get("body").asText().equals(h);
            }
            assertTrue(found, "stored as written: " + h);
        }
        assertTrue(
                analyst.get("/api/health").json().get("counts").get("events").asInt() > 0,
                "the events table is still there");
        JsonNode byName = analyst.get(
                        "/api/events?actor=" + Client.q("'; DROP TABLE events; --") + "&text=" + Client.q("%_'\""))
                .json();
        assertEquals(0, byName.get("total").asInt(), "SQL and LIKE wildcards in filters are words to look for");
    }

    @Test
    void anUploadGoesThroughThePipelineReportsBadItemsAndIsAudited() throws Exception {
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        Fixture.server().services().ingest().addListener(a -> a.documents()
                .forEach(d -> told.add(d.document().title())));
        int before =
                analyst.get("/api/health").json().get("counts").get("events").asInt();
        String html =
                "<html><head><title>Oman hosts talks</title><script>alert('in head')</script></head><body><article>"
                        + "<p>Oman hosted talks between Iran and the United States in Muscat on Saturday.</p>"
                        + "<p>The Iranian foreign minister met the American envoy <script>document.cookie</script> for two hours.</p>"
                        + "<img src=x onerror=\"alert(1)\"></article></body></html>";
        Client.Answer up = analyst.send("POST", "/api/documents?name=oman-talks.html", "text/html", html);
        assertEquals(201, up.status(), up.raw().body());
        assertEquals(1, up.json().get("documents_added").asInt());
        assertTrue(up.json().get("events_added").asInt() >= 1, up.raw().body());
        String id = up.json().get("document_ids").get(0).asText();
        JsonNode doc = analyst.get("/api/documents/" + Client.q(id)).json();
        assertTrue(doc.get("text").asText().contains("Oman hosted talks"));
        assertFalse(
                doc.get("text").asText().contains("<script")
                        || doc.get("text").asText().contains("onerror"),
                doc.get("text").asText());
        assertTrue(analyst.get("/api/health").json().get("counts").get("events").asInt() > before);
        JsonNode net = analyst.get("/api/network?countries=true&events=false").json();
        assertTrue(net.get("nodes").toString().contains("OMN"), "the analysis reloads after an upload");

        assertEquals(List.of("Oman hosts talks"), told, "listeners hear of what an upload saved");
        Client.Answer again = analyst.send("POST", "/api/documents?name=oman-talks.html", "text/html", html);
        assertEquals(200, again.status());
        assertEquals(0, again.json().get("documents_added").asInt());
        assertEquals(1, again.json().get("documents_skipped").asInt(), "the same text is not stored twice");

        String lines =
                "{\"id\":\"jl-1\",\"title\":\"<script>alert(1)</script>\",\"text\":\"Russia expelled two French diplomats on Monday. <b>bold</b>\"}\n"
                        + "this line is not JSON\n"
                        + "{\"id\":\"jl-2\",\"title\":\"no text\"}\n";
        Client.Answer jl = analyst.send("POST", "/api/documents", "application/x-ndjson", lines);
        assertEquals(201, jl.status(), jl.raw().body());
        assertEquals(1, jl.json().get("documents_added").asInt());
        assertEquals(2, jl.json().get("problems").size(), jl.raw().body());
        JsonNode stored = analyst.get("/api/documents/"
                        + Client.q(jl.json().get("document_ids").get(0).asText()))
                .json();
        assertFalse(
                stored.get("title").asText().contains("<script"),
                "ingest keeps the words of markup in a title, not the markup: " + stored.get("title"));
        assertTrue(
                stored.get("text").asText().startsWith("Russia expelled"),
                stored.get("text").asText());

        assertEquals(
                400,
                analyst.send("POST", "/api/documents", "application/pdf", "%PDF")
                        .status());
        assertEquals(
                400, analyst.send("POST", "/api/documents", "text/plain", "").status());
        assertTrue(audit().contains("analyst documents.ingest oman-talks.html"), audit());
    }

    private static String audit() throws Exception {
        StringBuilder b = new StringBuilder();
        for (JsonNode row : admin.get("/api/audit?limit=1000").json().get("audit")) {
            b.append(row.get("user").asText())
                    .append(' ')
                    .append(row.get("action").asText())
                    .append(' ')
                    .append(row.get("target").asText())
                    .append('\n');
        }
        return b.toString();
    }
}
