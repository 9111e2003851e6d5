package org.backchannel.server;

import static org.backchannel.server.Client.q;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The read side of the API against the real server and store, as a viewer. */
class ReadApiTest {
    static Client viewer;
    static JsonNode all;

    @BeforeAll
    static void login() throws Exception {
        viewer = new Client(Fixture.server());
        assertEquals(200, viewer.login("viewer", Fixture.PASSWORD).status());
        all = viewer.get("/api/events?limit=500").json();
    }

    @Test
    void healthIsOpenAndCountsTheStore() throws Exception {
        Client anonymous = new Client(Fixture.server());
        JsonNode h = anonymous.get("/api/health").json();
        assertEquals("ok", h.get("status").asText());
        assertEquals(
                org.backchannel.store.EventStore.SCHEMA_VERSION,
                h.get("schema_version").asInt());
        assertEquals(4, h.get("counts").get("documents").asInt());
        assertTrue(h.get("counts").get("events").asInt() > 10, h.toString());
    }

    @Test
    void everyEventIsListedOnceAcrossCursorPages() throws Exception {
        int total = all.get("total").asInt();
        assertEquals(total, all.get("events").size(), "one page of 500 holds the small store");
        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode p = viewer.get("/api/events?limit=7" + (cursor == null ? "" : "&cursor=" + q(cursor)))
                    .json();
            assertEquals(total, p.get("total").asInt());
            p.get("events").forEach(e -> paged.add(e.get("id").asText()));
            cursor = p.get("next_cursor").isNull() ? null : p.get("next_cursor").asText();
            pages++;
        } while (cursor != null && pages < 100);
        List<String> once = new ArrayList<>();
        all.get("events").forEach(e -> once.add(e.get("id").asText()));
        assertEquals(once, paged, "pages in order, nothing skipped or repeated");
        assertEquals((total + 6) / 7, pages);
    }

    @Test
    void sortsByGoldsteinBothWaysAndPagesInThatOrder() throws Exception {
        List<Double> up = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode p = viewer.get(
                            "/api/events?sort=goldstein&limit=5" + (cursor == null ? "" : "&cursor=" + q(cursor)))
                    .json();
            p.get("events").forEach(e -> up.add(e.get("goldstein").asDouble()));
            cursor = p.get("next_cursor").isNull() ? null : p.get("next_cursor").asText();
        } while (cursor != null);
        assertEquals(all.get("total").asInt(), up.size());
        for (int i = 1; i < up.size(); i++) {
            assertTrue(up.get(i - 1) <= up.get(i), "ascending: " + up);
        }
        JsonNode down = viewer.get("/api/events?sort=-goldstein&limit=1").json();
        assertEquals(
                up.get(up.size() - 1),
                down.get("events").get(0).get("goldstein").asDouble());
    }

    @Test
    void eachFilterKeepsOnlyMatchingEvents() throws Exception {
        for (JsonNode e : list("country=VEN")) {
            assertTrue(e.toString().contains("VEN"), e.toString());
        }
        assertFalse(list("country=VEN").isEmpty());
        for (JsonNode e : list("code=04")) {
            assertTrue(e.get("cameo").asText().startsWith("04"));
        }
        assertFalse(list("root=04").isEmpty());
        for (JsonNode e : list("status=denied,claimed")) {
            assertTrue(Set.of("denied", "claimed").contains(e.get("status").asText()));
        }
        for (JsonNode e : list("secret=true")) {
            assertTrue(e.get("secret").asBoolean());
        }
        assertFalse(list("secret=true").isEmpty(), "the flagship has secret talks");
        assertEquals(
                all.get("total").asInt(),
                list("secret=true").size() + list("secret=false").size());
        for (JsonNode e : list("mediator=any")) {
            assertFalse(e.get("mediator").isNull());
        }
        assertFalse(list("mediator=any").isEmpty(), "Qatar mediates in the flagship");
        for (JsonNode e : list("text=" + q("Doha"))) {
            assertTrue(e.get("evidence").toString().contains("Doha"));
        }
        JsonNode first = all.get("events").get(0);
        String plover = first.get("plover").get("type").asText();
        for (JsonNode e : list("plover=" + q(plover.toLowerCase()))) {
            assertEquals(plover, e.get("plover").get("type").asText());
        }
        for (JsonNode e : list("from=2025-01-01&to=2025-12-31")) {
            assertTrue(e.get("date").asText().startsWith("2025"), e.get("date").asText());
        }
        assertEquals(0, list("text=" + q("no such words anywhere")).size());
    }

    @Test
    void aDyadMatchesEitherDirectionAndAnActorByIdOrName() throws Exception {
        List<JsonNode> dyad = list("dyad=USA,VEN");
        assertFalse(dyad.isEmpty());
        assertEquals(dyad.size(), list("dyad=VEN,USA").size(), "a dyad has no direction");
        for (JsonNode e : dyad) {
            String s = e.get("source").toString() + e.get("target");
            assertTrue(s.contains("USA") && s.contains("VEN") || s.contains("usa") || s.contains("ven"), s);
        }
        assertFalse(list("actor=" + q("Qatar")).isEmpty());
    }

    @Test
    void badParametersAre400WithAMessageAndNoStackTrace() throws Exception {
        for (String bad : List.of(
                "limit=abc",
                "limit=0",
                "limit=100000",
                "from=yesterday",
                "sort=loudness",
                "cursor=garbage",
                "status=rumoured",
                "code=abc",
                "secret=maybe",
                "dyad=USA",
                "from=2025-02-01&to=2025-01-01")) {
            Client.Answer a = viewer.get("/api/events?" + bad);
            assertEquals(400, a.status(), bad);
            assertEquals(400, a.json().get("status").asInt());
            assertFalse(a.json().get("message").asText().isBlank());
            assertFalse(
                    a.raw().body().contains("Exception") || a.raw().body().contains("at org."),
                    a.raw().body());
        }
        String cursor =
                viewer.get("/api/events?limit=2").json().get("next_cursor").asText();
        assertEquals(
                400,
                viewer.get("/api/events?sort=goldstein&cursor=" + q(cursor)).status(),
                "a cursor continues only its own order");
        assertEquals(400, viewer.get("/api/timeline").status(), "a is required");
        assertEquals(400, viewer.get("/api/analogs?a=USA&b=Venezuela").status());
        assertEquals(400, viewer.get("/api/network?from=soon").status());
        assertEquals(400, viewer.get("/api/timeline?a=USA&by=fortnight").status());
    }

    @Test
    void unknownIdsAre404() throws Exception {
        for (String path : List.of(
                "/api/events/" + q("ev:nope#1.1"),
                "/api/documents/nope",
                "/api/actors/nope",
                "/api/no-such-endpoint")) {
            Client.Answer a = viewer.get(path);
            assertEquals(404, a.status(), path);
            assertEquals(404, a.json().get("status").asInt(), path);
        }
    }

    @Test
    void anEventComesWithItsEvidenceSpanAndWhatDisputesIt() throws Exception {
        JsonNode disputedEvent = null;
        for (JsonNode e : all.get("events")) {
            if (!e.get("disputed_by").isEmpty()) {
                disputedEvent = e;
            }
        }
        assertNotNull(disputedEvent, "the flagship has a denial");
        JsonNode d =
                viewer.get("/api/events/" + q(disputedEvent.get("id").asText())).json();
        JsonNode ev = d.get("event").get("evidence").get(0);
        assertTrue(ev.get("char_end").asInt() > ev.get("char_start").asInt());
        assertFalse(ev.get("text").asText().isBlank());
        assertEquals(
                disputedEvent.get("disputed_by").size(), d.get("disputed_by").size());
        String disputer = d.get("disputed_by").get(0).get("id").asText();
        JsonNode other = viewer.get("/api/events/" + q(disputer)).json();
        Set<String> disputes = new HashSet<>();
        other.get("disputes").forEach(x -> disputes.add(x.get("id").asText()));
        assertTrue(disputes.contains(disputedEvent.get("id").asText()), "the reverse link: " + disputes);
    }

    @Test
    void documentsAreListedAndReadWithSentencesAndTheirEvents() throws Exception {
        JsonNode docs = viewer.get("/api/documents").json();
        assertEquals(4, docs.get("total").asInt());
        String id = null;
        for (JsonNode d : docs.get("documents")) {
            if (d.get("id").asText().contains("venezuela")) {
                id = d.get("id").asText();
            }
        }
        assertNotNull(id, docs.toString());
        JsonNode doc = viewer.get("/api/documents/" + q(id)).json();
        String text = doc.get("text").asText();
        int coded = 0;
        for (JsonNode s : doc.get("sentences")) {
            assertEquals(
                    s.get("text").asText(),
                    text.substring(
                            s.get("char_start").asInt(), s.get("char_end").asInt()));
            coded += s.get("events").size();
        }
        assertEquals(doc.get("events").asInt(), coded, "every event under its sentence");
        assertTrue(coded > 5);
        assertEquals(
                1, viewer.get("/api/documents?limit=1").json().get("documents").size());
    }

    @Test
    void actorsAreListedAndReadWithDatedRolesAndEvents() throws Exception {
        JsonNode actors = viewer.get("/api/actors?country=VEN").json().get("actors");
        assertFalse(actors.isEmpty());
        JsonNode withRoles = null;
        for (JsonNode a : actors) {
            assertEquals("VEN", a.get("country").asText());
            if (!a.get("roles").isEmpty() && a.get("events").asInt() > 0) {
                withRoles = a;
            }
        }
        assertNotNull(withRoles, "a Venezuelan official with a dated role: " + actors);
        JsonNode a =
                viewer.get("/api/actors/" + q(withRoles.get("id").asText())).json();
        assertFalse(a.get("roles").get(0).get("from").isNull());
        assertEquals(withRoles.get("events").asInt(), a.get("event_count").asInt());
        for (JsonNode e : a.get("events")) {
            assertTrue(e.get("source").toString().contains(withRoles.get("id").asText())
                    || e.get("target").toString().contains(withRoles.get("id").asText()));
        }
    }

    @Test
    void theAnalysisEndpointsAnswerAsTheCommandsDo() throws Exception {
        JsonNode net = viewer.get("/api/network").json();
        assertFalse(net.get("nodes").isEmpty());
        JsonNode edge = net.get("edges").get(0);
        assertTrue(edge.get("count").asInt() >= 1
                && edge.get("events").size() == edge.get("count").asInt());
        JsonNode countries = viewer.get("/api/network?countries=true&factual=true&events=false")
                .json();
        for (JsonNode n : countries.get("nodes")) {
            assertTrue(n.get("id").asText().matches("[A-Z]{3}|.*"), n.toString());
        }
        assertNull(countries.get("edges").get(0).get("events"));
        JsonNode brokers = viewer.get("/api/brokers?top=3").json().get("brokers");
        assertTrue(brokers.size() <= 3 && !brokers.isEmpty());
        assertEquals(
                "qat", brokers.get(0).get("actor").asText(), "Qatar brokers between the United States and Venezuela");
        assertFalse(viewer.get("/api/backchannels").json().get("backchannels").isEmpty());
        JsonNode tl = viewer.get("/api/timeline?a=USA&b=VEN&by=month").json();
        assertFalse(tl.get("events").isEmpty());
        assertFalse(tl.get("buckets").isEmpty());
        JsonNode analogs = viewer.get("/api/analogs?a=usa&b=ven&top=2").json();
        assertEquals(2, analogs.get("analogs").size());
        assertFalse(analogs.get("features").isEmpty());
        JsonNode claims = viewer.get("/api/claims").json().get("claims");
        assertFalse(claims.isEmpty());
    }

    @Test
    void theOpenApiDocumentListsEveryRouteAndSwaggerUiIsServedFromItsWebJar() throws Exception {
        JsonNode doc = viewer.get("/openapi.json").json();
        assertEquals("3.0.3", doc.get("openapi").asText());
        for (String p : List.of(
                "/api/health",
                "/api/events",
                "/api/events/{id}",
                "/api/documents",
                "/api/documents/{id}",
                "/api/actors",
                "/api/actors/{id}",
                "/api/claims",
                "/api/network",
                "/api/brokers",
                "/api/backchannels",
                "/api/timeline",
                "/api/analogs",
                "/api/login",
                "/api/comments",
                "/api/users",
                "/api/audit")) {
            assertTrue(doc.get("paths").has(p), p);
        }
        assertTrue(
                doc.get("paths").get("/api/events").get("get").get("parameters").size() >= 12);
        Client.Answer page = viewer.get("/swagger");
        assertEquals(200, page.status());
        String css = page.raw().body().replaceAll("(?s).*href=\"([^\"]+swagger-ui\\.css)\".*", "$1");
        assertEquals(200, viewer.get(css).status(), css);
        assertEquals("nosniff", page.header("X-Content-Type-Options"));
        assertTrue(page.header("Content-Security-Policy").contains("default-src 'self'"));
    }

    private static List<JsonNode> list(String query) throws Exception {
        Client.Answer a = viewer.get("/api/events?limit=500&" + query);
        assertEquals(200, a.status(), query + ": " + a.raw().body());
        List<JsonNode> out = new ArrayList<>();
        a.json().get("events").forEach(out::add);
        return out;
    }
}
