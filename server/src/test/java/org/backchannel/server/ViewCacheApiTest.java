package org.backchannel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backchannel.server.service.ViewCache;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The analysis views are computed once per store generation and parameters and answered from the
 * cache after that; a comment leaves them be, an upload (new events) has them computed anew.
 */
class ViewCacheApiTest {
    static Client viewer;
    static Client analyst;

    @BeforeAll
    static void login() throws Exception {
        viewer = new Client(Fixture.server());
        viewer.login("viewer", Fixture.PASSWORD);
        analyst = new Client(Fixture.server());
        analyst.login("analyst", Fixture.PASSWORD);
    }

    @Test
    void aViewIsComputedOnceAndComputedAnewWhenTheEventsChange() throws Exception {
        ViewCache views = Fixture.server().services().views();
        // parameters no other test asks for (every status named: all events, undated ones too), so this
        // test's requests are the only ones under this key
        String network = "/api/network?countries=true&events=false"
                + "&status=asserted,reported,claimed,denied,hypothetical,negated,corrected,uncertain,question";
        ViewCache.Counts start = views.counts();
        Client.Answer first = viewer.get(network);
        assertEquals(200, first.status(), first.raw().body());
        assertEquals(
                "application/json",
                first.raw().headers().firstValue("Content-Type").orElse(""));
        Client.Answer second = viewer.get(network);
        assertEquals(first.raw().body(), second.raw().body(), "two identical requests, one body");
        ViewCache.Counts after = views.counts();
        assertEquals(start.computed() + 1, after.computed(), "computed once");
        assertEquals(start.served() + 1, after.served(), "the second answer came from the cache");

        // twenty identical requests at the same time: one computation, one body
        String brokers = "/api/brokers?countries=true&top=7&from=1900-01-01";
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<Callable<String>> asks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                asks.add(() -> viewer.get(brokers).raw().body());
            }
            ViewCache.Counts before = views.counts();
            List<String> bodies = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(asks)) {
                bodies.add(f.get());
            }
            assertEquals(1, bodies.stream().distinct().count(), bodies.get(0));
            assertTrue(bodies.get(0).contains("\"brokers\""), bodies.get(0));
            assertEquals(before.computed() + 1, views.counts().computed(), "twenty requests, one computation");
        } finally {
            pool.shutdownNow();
        }

        // a comment does not change the events the views are made of: still answered from the cache
        String event = AccessApiTest.firstEvent(analyst);
        assertEquals(
                201,
                analyst.postJson(
                                "/api/comments",
                                Map.of("target_kind", "event", "target_id", event, "body", "cached view check"))
                        .status());
        ViewCache.Counts beforeUpload = views.counts();
        assertEquals(first.raw().body(), viewer.get(network).raw().body());
        assertEquals(beforeUpload.computed(), views.counts().computed(), "a comment leaves the views be");

        // an upload adds events: the view is computed anew and shows them
        assertFalse(first.raw().body().contains("\"NOR\""), "Norway is not in the fixture's stories");
        String text = "On 12 March 2024 Norway hosted talks between Colombia and the ELN in Oslo on Tuesday. "
                + "The Norwegian foreign minister met Colombian negotiators in Oslo.";
        Client.Answer up = analyst.send("POST", "/api/documents?name=oslo-talks.txt", "text/plain", text);
        assertEquals(201, up.status(), up.raw().body());
        assertTrue(up.json().get("events_added").asInt() >= 1, up.raw().body());
        String third = viewer.get(network).raw().body();
        assertNotEquals(first.raw().body(), third, "the upload's events are in the view");
        assertTrue(third.contains("\"NOR\""), third);
        assertEquals(beforeUpload.computed() + 1, views.counts().computed(), "computed anew after the upload");
        assertEquals(third, viewer.get(network).raw().body());
    }
}
