package org.backchannel.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The web page in real headless Chromium against the real server and store: log in, filter events,
 * open an event's evidence, comment, see the network and the timeline drawn, the other views, a
 * phone-sized window and the keyboard. Screenshots of each page go to target/screenshots/.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WebPageTest {
    private static LiveWorkspace ws;
    private static Browser browser;
    private static LiveWorkspace.Client api;

    @BeforeAll
    static void start() throws Exception {
        Browser.assumeInstalled();
        ws = LiveWorkspace.get();
        api = ws.client(LiveWorkspace.ANALYST);
        browser = Browser.open(ws.base);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    /** Non-blank pixels of the first canvas inside {@code css}: a chart that drew something has many. */
    private static long drawnPixels(String css) {
        Object n = browser.js(
                "const c = document.querySelector(arguments[0] + ' canvas'); if (!c || !c.width) return 0;"
                        + "const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let k = 0;"
                        + "for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && (d[i] < 235 || d[i + 1] < 235 || d[i + 2] < 235)) k++; return k;",
                css);
        return ((Number) n).longValue();
    }

    private static void assertNoError() {
        assertTrue(
                browser.all("#view .note-error").isEmpty(),
                () -> "the page shows an error: " + browser.find("#view").getText());
    }

    @Test
    @Order(1)
    void logsIn() {
        browser.go("#/login");
        browser.find("#login-name").sendKeys(LiveWorkspace.ANALYST);
        browser.find("#login-password").sendKeys("wrong password");
        browser.find(".login-form button[type=submit]").click();
        browser.until(d -> browser.all(".login-form .note-error").isEmpty() ? null : true);
        browser.screenshot("login-failed");
        browser.find("#login-password").sendKeys(LiveWorkspace.PASSWORD);
        browser.find("#login-password").sendKeys(Keys.ENTER);
        WebElement user = browser.until(d -> browser.all(".who .user").isEmpty()
                ? null
                : browser.all(".who .user").get(0));
        assertTrue(
                user.getText().contains(LiveWorkspace.ANALYST) && user.getText().contains("analyst"), user.getText());
        browser.waitRendered();
        assertTrue(browser.driver.getCurrentUrl().endsWith("#/events"));
        assertFalse(browser.all("[data-needs=analyst]:not([hidden])").isEmpty(), "the upload link shows for analysts");
    }

    @Test
    @Order(2)
    void filtersEvents() {
        JsonNode all = api.get("/api/events", Map.of("limit", "500"));
        String country = null;
        for (JsonNode e : all.path("events")) {
            String c = e.path("source").path("code").asText("");
            if (c.length() >= 3 && c.substring(0, 3).matches("[A-Z]{3}")) {
                country = c.substring(0, 3);
                break;
            }
        }
        assertTrue(country != null, "the store has events with a country");
        long expected = api.get("/api/events", Map.of("country", country, "limit", "1"))
                .path("total")
                .asLong();
        long total = all.path("total").asLong();
        assertNotEquals(total, expected, "the filter must narrow the events for this test to mean something");

        browser.go("#/events");
        browser.screenshot("events");
        WebElement input = browser.find("#f-country");
        input.clear();
        input.sendKeys(country);
        browser.find(".filters button[type=submit]").click();
        String c = country;
        browser.until(d -> d.getCurrentUrl().contains("country=" + c) ? true : null);
        browser.waitRendered();
        String count = browser.find(".count").getText();
        assertTrue(count.endsWith("of " + expected), count + " (expected " + expected + " events of " + c + ")");
        long rows = browser.all(".event-table tbody tr").size();
        assertEquals(Math.min(50, expected), rows);
        assertEquals(c, browser.find("#f-country").getAttribute("value"), "the form keeps the filter");
        browser.screenshot("events-filtered");

        new Select(browser.find("#f-status")).selectByValue("claimed");
        browser.find(".filters button[type=submit]").click();
        browser.until(d -> d.getCurrentUrl().contains("status=claimed") ? true : null);
        browser.waitRendered();
        for (WebElement badge : browser.all(".event-table tbody td:nth-child(5) .badge:not(.secret)")) {
            assertEquals("claimed", badge.getText());
        }
    }

    @Test
    @Order(3)
    void opensEvidenceAndComments() {
        browser.go("#/events");
        WebElement link = browser.find(".event-table a.evidence-link");
        String id = URLDecoder.decode(link.getAttribute("href").replaceAll(".*#/event/", ""), StandardCharsets.UTF_8);
        link.click();
        WebElement mark = browser.find("mark.evidence-mark");
        JsonNode event =
                api.get("/api/events/" + LiveWorkspace.segment(id), Map.of()).path("event");
        String sentence = event.path("evidence").get(0).path("text").asText();
        assertEquals(
                sentence.replaceAll("\\s+", " ").trim(),
                mark.getText().replaceAll("\\s+", " ").trim(),
                "the event's sentence is marked in its document");
        assertTrue(
                browser.find(".evidence-text").getText().length()
                        > mark.getText().length(),
                "the sentence is shown inside its paragraph");
        browser.screenshot("event");

        String note = "Checked against the wire copy, " + System.nanoTime();
        browser.find("#comment-event").sendKeys(note);
        browser.find(".comment-form button[type=submit]").click();
        browser.until(d -> browser.texts(".comment-text").contains(note) ? true : null);
        JsonNode comments =
                api.get("/api/comments", Map.of("kind", "event", "id", id)).path("comments");
        assertTrue(comments.toString().contains(note), "the comment is stored");
        browser.screenshot("event-commented");

        browser.find("#mark-reason").sendKeys("Two independent sources");
        browser.find("button.confirm").click();
        browser.until(d -> browser.all(".badge.mark-confirmed").isEmpty() ? null : true);
        browser.find(".evidence figcaption a").click();
        browser.find(".reader-text .sentence.chosen");
        browser.screenshot("document");
    }

    @Test
    @Order(4)
    void drawsTheNetworkAndListsAnEdgesEvents() {
        browser.go("#/network");
        browser.find(".network-chart canvas");
        long pixels = browser.until(d -> {
            long p = drawnPixels(".network-chart");
            return p > 500 ? p : null;
        });
        assertTrue(pixels > 500);
        browser.find("table button.link-button").click();
        browser.until(d -> browser.all(".edge-panel .edge-events li").isEmpty() ? null : true);
        assertFalse(browser.find(".edge-panel .edge-events .action").getText().isBlank(), "the edge's events are read");
        browser.screenshot("network");
        browser.go("#/network?countries=true");
        browser.until(d -> drawnPixels(".network-chart") > 500 ? true : null);
        browser.screenshot("network-countries");
    }

    @Test
    @Order(5)
    void drawsTheTimeline() {
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode e : api.get("/api/events", Map.of("limit", "500")).path("events")) {
            String c = e.path("source").path("code").asText("");
            if (c.length() >= 3 && c.substring(0, 3).matches("[A-Z]{3}")) {
                counts.merge(c.substring(0, 3), 1, Integer::sum);
            }
        }
        String a = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        browser.go("#/timeline?a=" + a);
        browser.find(".timeline-chart canvas");
        browser.until(d -> drawnPixels(".timeline-chart") > 500 ? true : null);
        assertFalse(browser.all(".timeline .event-table tbody tr").isEmpty(), "the dyad's events are listed");
        browser.screenshot("timeline");
    }

    @Test
    @Order(6)
    void showsTheOtherViews() {
        for (String view : List.of("claims", "documents", "analogs?a=USA&b=VEN", "search?q=talks", "upload")) {
            browser.go("#/" + view);
            assertNoError();
            assertFalse(browser.find("#view h1").getText().isBlank());
            browser.screenshot(view.replaceAll("[^a-z]+", "-").replaceAll("-$", ""));
            if (view.equals("claims")) {
                assertFalse(browser.all(".ledger-row").isEmpty(), "the ledger lists claims");
            }
            if (view.startsWith("search")) {
                assertFalse(browser.all(".hit mark").isEmpty(), "hits with the matched words marked");
                assertTrue(
                        browser.texts(".hit mark").stream().allMatch(m -> m.toLowerCase(java.util.Locale.ROOT)
                                .startsWith("talk")),
                        browser.texts(".hit mark").toString());
            }
        }
        browser.go("#/documents");
        browser.find("#view table a").click();
        browser.find(".reader-text");
        assertNoError();
        browser.screenshot("reader");
    }

    @Test
    @Order(7)
    void fitsAPhone() {
        browser.size(390, 844);
        try {
            for (String view : List.of("events", "claims", "network")) {
                browser.go("#/" + view);
                Object overflow = browser.js("return document.documentElement.scrollWidth - window.innerWidth;");
                assertTrue(
                        ((Number) overflow).intValue() <= 1,
                        view + " scrolls sideways on a phone by " + overflow + " px");
                browser.screenshot("phone-" + view);
            }
            WebElement toggle = browser.find(".menu-toggle");
            assertTrue(toggle.isDisplayed());
            assertFalse(browser.find("#nav").isDisplayed());
            toggle.click();
            assertTrue(browser.find("#nav").isDisplayed());
            assertEquals("true", toggle.getAttribute("aria-expanded"));
            browser.screenshot("phone-menu");
        } finally {
            browser.size(1280, 1000);
        }
    }

    @Test
    @Order(8)
    void worksFromTheKeyboard() {
        browser.reload("#/events");
        WebElement body = browser.driver.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement first = browser.driver.switchTo().activeElement();
        assertEquals("Skip to content", first.getAttribute("textContent"));
        assertNotEquals("none", first.getCssValue("outline-style"), "focus is visible");
        first.sendKeys(Keys.TAB);
        first = browser.driver.switchTo().activeElement();
        assertEquals("a", first.getTagName(), "the next stop is a real link");
        for (int i = 0; i < 3; i++) {
            browser.driver.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        WebElement nav = browser.driver.switchTo().activeElement();
        String target = nav.getAttribute("href");
        nav.sendKeys(Keys.ENTER);
        browser.until(d -> d.getCurrentUrl().equals(target) ? true : null);
        browser.waitRendered();
        for (WebElement input : browser.all("#view input, #view select, #view textarea")) {
            String id = input.getAttribute("id");
            assertFalse(
                    id == null
                            || id.isEmpty()
                            || browser.all("label[for='" + id + "']").isEmpty(),
                    "every field has a label: " + input.getAttribute("name"));
        }
    }
}
