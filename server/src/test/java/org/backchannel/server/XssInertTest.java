package org.backchannel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The XSS corpus ({@code browser/xss-payloads.txt}) ingested through every path — file ingest into the
 * store (text, HTML, JSON Lines; actor names), POST /api/documents, comments through the API and the
 * page's own form — ends inert in real Chromium: no script dialog, no injected element or attribute,
 * and the payloads shown as the text they are. The page's Content-Security-Policy is bypassed in
 * these runs, so only the page's own handling of text stands between a payload and execution.
 */
class XssInertTest {
    private static LiveWorkspace ws;
    private static Browser browser;
    private static List<String> payloads;
    private static final List<String> docs = new ArrayList<>();
    private static final Set<String> events = new LinkedHashSet<>();
    private static final Set<String> actors = new LinkedHashSet<>();

    @BeforeAll
    static void ingestEverywhere() throws Exception {
        Browser.assumeInstalled();
        ws = LiveWorkspace.get();
        payloads = XssCorpus.payloads();
        LiveWorkspace.Client api = ws.client(LiveWorkspace.ANALYST);
        for (JsonNode r : List.of(
                api.upload("posted.txt", "text/plain", XssCorpus.text("Posted " + payloads.get(1))),
                api.upload("posted.html", "text/html", XssCorpus.html("Posted page " + payloads.get(7))),
                api.upload("posted.jsonl", "application/x-ndjson", XssCorpus.jsonl("posted-feed")))) {
            assertTrue(r.path("documents_added").asInt() > 0, "POST /api/documents stored the hostile upload: " + r);
        }
        for (JsonNode d : api.get("/api/documents", Map.of("limit", "500")).path("documents")) {
            if (payloads.stream()
                            .anyMatch(p ->
                                    (d.path("title").asText() + d.path("author").asText()).contains(p))
                    || d.path("title").asText().startsWith("Hostile")
                    || d.path("title").asText().startsWith("Posted")) {
                docs.add(d.path("id").asText());
            }
        }
        assertTrue(docs.size() >= 6, "hostile documents from file ingest and upload: " + docs);
        for (String id : docs) {
            for (JsonNode s : api.get("/api/documents/" + LiveWorkspace.segment(id), Map.of())
                    .path("sentences")) {
                s.path("events").forEach(e -> events.add(e.path("id").asText()));
            }
        }
        for (JsonNode a : api.get("/api/actors", Map.of("limit", "500")).path("actors")) {
            if (a.path("name").asText().startsWith("Actor ")) {
                actors.add(a.path("id").asText());
            }
        }
        assertTrue(events.size() >= 5, "events coded from hostile sentences: " + events.size());
        String event = events.iterator().next();
        String actor = actors.isEmpty() ? null : actors.iterator().next();
        for (String p : payloads) {
            api.comment("event", event, p);
            api.comment("document", docs.get(0), p);
            if (actor != null) {
                api.comment("actor", actor, p);
            }
        }
        browser = Browser.open(ws.base);
        browser.go("#/login");
        browser.find("#login-name").sendKeys(LiveWorkspace.ANALYST);
        browser.find("#login-password").sendKeys(LiveWorkspace.PASSWORD);
        browser.find(".login-form button[type=submit]").click();
        browser.until(d -> browser.all(".who .user").isEmpty() ? null : true);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Visits a view and checks that nothing ran and nothing was injected; answers the view's text. */
    private static String inert(String hash) {
        browser.go(hash);
        browser.waitRendered();
        sleepForLateHandlers();
        List<String> dialogs = browser.scriptDialogs();
        assertEquals(List.of(), dialogs, "script ran on " + hash);
        List<WebElement> injected = browser.all(XssCorpus.INJECTED);
        assertTrue(
                injected.isEmpty(),
                () -> "markup injected on " + hash + ": "
                        + injected.stream()
                                .map(e -> e.getTagName() + " " + e.getAttribute("outerHTML"))
                                .limit(3)
                                .toList());
        Object title = browser.js("return document.title;");
        assertTrue(
                String.valueOf(title).endsWith("Backchannel workspace"), "the document title is the page's: " + title);
        return browser.find("#view").getText();
    }

    private static void sleepForLateHandlers() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void everyViewWithHostileDataStaysInert() {
        Set<String> shown = new LinkedHashSet<>();
        List<String> views = new ArrayList<>(List.of(
                "#/events",
                "#/claims",
                "#/network",
                "#/network?countries=true",
                "#/documents",
                "#/search?q=alert",
                "#/events?text=coup"));
        docs.forEach(d -> views.add("#/document/" + LiveWorkspace.segment(d)));
        events.stream().limit(12).forEach(e -> views.add("#/event/" + LiveWorkspace.segment(e)));
        actors.stream().limit(4).forEach(a -> views.add("#/actor/" + LiveWorkspace.segment(a)));
        for (String view : views) {
            String text = inert(view);
            payloads.stream().filter(text::contains).forEach(shown::add);
        }
        browser.go("#/event/" + LiveWorkspace.segment(events.iterator().next()));
        browser.screenshot("xss-event");
        browser.go("#/document/" + LiveWorkspace.segment(docs.get(0)));
        browser.screenshot("xss-document");
        browser.go("#/events");
        browser.screenshot("xss-events");
        List<String> missing = payloads.stream().filter(p -> !shown.contains(p)).toList();
        assertEquals(List.of(), missing, "payloads not shown as text anywhere");
        System.out.printf(
                "XSS corpus: %d payloads, %d views, %d hostile documents, %d events, %d renamed actors; all inert, all shown as text%n",
                payloads.size(), views.size(), docs.size(), events.size(), actors.size());
    }

    @Test
    void uploadedTextReadsBackAsText() {
        LiveWorkspace.Client api = ws.client(LiveWorkspace.VIEWER);
        for (String id : docs) {
            String stored = api.get("/api/documents/" + LiveWorkspace.segment(id), Map.of())
                    .path("text")
                    .asText();
            String page = inert("#/document/" + LiveWorkspace.segment(id));
            for (String p : payloads) {
                if (stored.contains(p)) {
                    assertTrue(page.contains(p), "document " + id + " shows " + p + " as text");
                }
            }
        }
    }

    @Test
    void uploadThroughThePageFormStaysText() {
        inert("#/upload");
        String title = "Pasted " + payloads.get(4);
        browser.find("#up-title").sendKeys(title);
        browser.js(
                "document.getElementById('up-text').value = arguments[0];",
                XssCorpus.text("Pasted body " + payloads.get(8)).substring(0, 1500));
        browser.find(".upload-form button[type=submit]").click();
        WebElement link = browser.until(d -> browser.all(".upload-status a").isEmpty()
                ? null
                : browser.all(".upload-status a").get(0));
        assertTrue(
                browser.find(".upload-status").getText().startsWith("Added 1 document"),
                browser.find(".upload-status").getText());
        assertEquals(List.of(), browser.scriptDialogs());
        String id = link.getText();
        link.click();
        browser.waitRendered();
        String text = inert(browser.driver.getCurrentUrl().replaceAll("^[^#]*", ""));
        JsonNode stored = ws.client(LiveWorkspace.VIEWER).get("/api/documents/" + LiveWorkspace.segment(id), Map.of());
        assertTrue(
                text.contains(stored.path("title").asText()),
                "the stored title is shown as text: " + stored.path("title"));
        for (String p : payloads) {
            if (stored.path("text").asText().contains(p)) {
                assertTrue(text.contains(p), "the pasted text shows " + p + " as text");
            }
        }
        browser.screenshot("xss-uploaded");
    }

    @Test
    void commentsThroughThePageFormStayText() {
        String event = events.iterator().next();
        inert("#/event/" + LiveWorkspace.segment(event));
        for (String p : payloads.subList(0, 5)) {
            WebElement area = browser.find("#comment-event");
            area.clear();
            area.sendKeys(p);
            browser.find(".comment-form button[type=submit]").click();
            browser.until(d ->
                    browser.texts(".comment-text").stream().filter(p::equals).count() >= 2 ? true : null);
        }
        String text = inert("#/event/" + LiveWorkspace.segment(event));
        for (String p : payloads) {
            assertTrue(text.contains(p), "comment shown as text: " + p);
        }
        browser.screenshot("xss-comments");
    }
}
