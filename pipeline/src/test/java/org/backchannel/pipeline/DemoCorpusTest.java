package org.backchannel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.backchannel.model.Analysis;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedDocument;
import org.junit.jupiter.api.Test;

/** End to end on the demo corpus: every article yields events, and none comes from page furniture. */
class DemoCorpusTest {

    @Test
    void everyArticleYieldsEvents() {
        Analysis a = Fixtures.demo().analysis();
        assertTrue(a.documents().size() >= 17, "documents: " + a.documents().size());
        assertTrue(
                Fixtures.demoInput().problems().isEmpty(),
                Fixtures.demoInput().problems().toString());
        Map<String, Long> perDoc = a.events().stream()
                .collect(Collectors.groupingBy(e -> e.primaryEvidence().document(), Collectors.counting()));
        for (ParsedDocument p : a.documents()) {
            assertTrue(
                    perDoc.getOrDefault(p.document().id(), 0L) > 0,
                    "no events from " + p.document().id());
        }
    }

    @Test
    void noEventComesFromPageFurniture() {
        Analysis a = Fixtures.demo().analysis();
        for (ParsedDocument p : a.documents()) {
            for (String removed : p.document().boilerplateRemoved()) {
                assertFalse(
                        p.document().text().contains(removed) && removed.length() > 12,
                        removed + " still in " + p.document().id());
            }
        }
        List<String> furniture = List.of(
                "You may also like",
                "Related stories",
                "Leave a Comment",
                "Share this",
                "Sign up",
                "cookies",
                "Newsletter");
        for (Event e : a.events()) {
            for (String f : furniture) {
                assertFalse(
                        e.primaryEvidence().text().toLowerCase().contains(f.toLowerCase()),
                        "event from furniture: " + e.primaryEvidence().text());
            }
        }
        long htmlDocs = a.documents().stream()
                .filter(p -> p.document().origin().endsWith(".html"))
                .count();
        long htmlWithFurniture = a.documents().stream()
                .filter(p -> p.document().origin().endsWith(".html")
                        && !p.document().boilerplateRemoved().isEmpty())
                .count();
        assertEquals(htmlDocs, htmlWithFurniture, "every demo page has furniture to remove");
    }

    @Test
    void evidenceSpansPointIntoTheDocumentText() {
        Analysis a = Fixtures.demo().analysis();
        Map<String, String> texts = a.documents().stream()
                .collect(Collectors.toMap(
                        p -> p.document().id(), p -> p.document().text()));
        for (Event e : a.events()) {
            var ev = e.primaryEvidence();
            assertEquals(ev.text(), texts.get(ev.document()).substring(ev.charStart(), ev.charEnd()));
        }
    }
}
