package org.backchannel.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.store.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real DuckDB store and a real Lucene index in a temporary directory, fed the hand-made corpus. */
class EvidenceIndexTest {
    @TempDir
    Path dir;

    EventStore store;
    EvidenceIndex index;

    @BeforeEach
    void open() {
        store = EventStore.open(dir.resolve("work.duckdb"));
        index = EvidenceIndex.attach(store);
        store.save(Corpus.sample().analysis());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void theIndexLivesBesideTheStoreAndFollowsItsSaves() {
        assertTrue(Files.isDirectory(dir.resolve("work.duckdb.lucene")));
        assertEquals(5, index.documentCount(), "the save reached the index through the listener alone");
    }

    @Test
    void findsTheMatchingSentencesWithTheirTermsMarked() {
        SearchResults r = index.search(SearchQuery.of("secret talks"));
        Set<String> found =
                r.hits().stream().map(h -> h.documentId() + "#" + h.sentence()).collect(Collectors.toSet());
        assertEquals(Set.of("doha-talks#0", "oil-market#0", "oil-market#1"), found);
        assertEquals(3, r.total());
        for (SearchHit h : r.hits()) {
            assertEquals(2, h.matches().size(), h.toString());
            for (Span m : h.matches()) {
                String marked = h.text().substring(m.start(), m.end()).toLowerCase(Locale.ROOT);
                assertTrue(marked.equals("secret") || marked.startsWith("talk"), marked);
            }
        }
        SearchHit doha = r.hits().stream()
                .filter(h -> h.documentId().equals("doha-talks"))
                .findFirst()
                .orElseThrow();
        assertEquals("US and Venezuelan officials held secret talks in Doha about oil sanctions.", doha.text());
        assertEquals("Secret talks in Doha", doha.title());
        assertEquals(List.of("ev:doha-talks#0.046"), doha.eventIds());
        assertTrue(doha.markedHtml().contains("<mark>secret</mark> <mark>talks</mark>"), doha.markedHtml());
    }

    @Test
    void stemmingFindsOtherFormsOfTheWord() {
        SearchResults r = index.search(SearchQuery.of("threatening"));
        assertEquals(1, r.total());
        SearchHit h = r.hits().get(0);
        assertEquals(
                "threatened",
                h.text()
                        .substring(
                                h.matches().get(0).start(), h.matches().get(0).end()));
    }

    @Test
    void facetsCountTheHitsByActorCountryRootCodeAndMonth() {
        SearchResults r = index.search(SearchQuery.of("oil sanctions"));
        // doha-talks#0 (046 usa>ven), caracas-answer#0 (125 ven>usa), oil-market#0 (061 sau>rus), oil-market#1 (no
        // event)
        assertEquals(4, r.total());
        Map<String, Integer> countries = counts(r, "country");
        assertEquals(Map.of("USA", 2, "VEN", 2, "SAU", 1, "RUS", 1), countries);
        assertEquals(Map.of("04", 1, "12", 1, "06", 1), counts(r, "root"));
        assertEquals(Map.of("046", 1, "125", 1, "061", 1), counts(r, "code"));
        // months: event months, and the document's own month for the sentence without an event
        assertEquals(Map.of("2023-10", 1, "2024-01", 1, "2024-02", 2), counts(r, "month"));
        FacetCount usa = r.facets().get("actor").stream()
                .filter(f -> f.value().equals("usa"))
                .findFirst()
                .orElseThrow();
        assertEquals("United States", usa.label());
        assertEquals(2, usa.count());
    }

    @Test
    void filtersNarrowTheHits() {
        SearchQuery oil = SearchQuery.of("oil");
        assertEquals(
                Set.of("caracas-answer#0"),
                ids(index.search(oil.withCountry("ven").withRoot("12"))));
        assertEquals(Set.of("doha-talks#0"), ids(index.search(oil.withCode("04"))));
        assertEquals(Set.of("doha-talks#0", "caracas-answer#0"), ids(index.search(oil.withActor("ven"))));
        assertEquals(
                Set.of("doha-talks#0", "caracas-answer#0"),
                ids(index.search(oil.withActor("Venezuela"))),
                "by the actor's name");
        assertEquals(
                Set.of("caracas-answer#0", "oil-market#0", "oil-market#1", "hostile#0"),
                ids(index.search(oil.withDates(LocalDate.of(2024, 1, 1), null))));
        assertEquals(Set.of("doha-talks#0"), ids(index.search(oil.withDates(null, LocalDate.of(2023, 12, 31)))));
        assertEquals(
                Set.of("korea#0"),
                ids(index.search(SearchQuery.of("").withRoot("13"))),
                "filters alone, without words");
    }

    @Test
    void documentScopeFindsWholeDocumentsByTitleAndText() {
        SearchResults r = index.search(SearchQuery.of("Doha").withScope(SearchQuery.Scope.DOCUMENTS));
        assertEquals(Set.of("doha-talks#-1", "oil-market#-1"), ids(r));
        assertEquals("doha-talks", r.hits().get(0).documentId(), "the title match ranks first");
        SearchHit best = r.hits().get(0);
        assertTrue(best.text().contains("Doha"));
        assertFalse(best.matches().isEmpty());
    }

    @Test
    void hostileTextComesBackAsTextAndEscapedInMarkup() {
        SearchResults r = index.search(SearchQuery.of("Vienna"));
        assertEquals(1, r.total());
        SearchHit h = r.hits().get(0);
        assertTrue(h.text().startsWith("<script>alert('x')</script>"), "the stored text, unchanged");
        assertEquals("<b>Vienna</b> meeting", h.title());
        String html = h.markedHtml();
        assertFalse(html.contains("<script"), html);
        assertTrue(html.startsWith("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), html);
        assertTrue(html.contains("<mark>Vienna</mark> &amp; talked."), html);
        assertTrue(html.replace("<mark>", "").replace("</mark>", "").indexOf('<') < 0, "no markup but the marks");
    }

    @Test
    void reindexingAddsNothingTwice() {
        SearchResults before = index.search(SearchQuery.of("oil"));
        store.save(Corpus.sample().analysis()); // the store skips the same texts: the listener hears nothing
        List<String> all = store.rows("SELECT id FROM documents").stream()
                .map(r -> r.get(0))
                .toList();
        index.index(store, all);
        index.index(store, all);
        assertEquals(5, index.documentCount());
        assertEquals(before.total(), index.search(SearchQuery.of("oil")).total());
        assertEquals(5, index.rebuild(store));
        assertEquals(5, index.documentCount());
        assertEquals(before.total(), index.search(SearchQuery.of("oil")).total());
        assertEquals(0, index.catchUp(store));
    }

    @Test
    void aStoreFilledWithoutTheIndexIsCaughtUpWhenTheIndexIsAttached() {
        Path other = dir.resolve("plain.duckdb");
        try (EventStore s = EventStore.open(other)) {
            s.save(Corpus.sample().analysis());
        }
        assertFalse(Files.exists(EvidenceIndex.besideStore(other)));
        try (EventStore s = EventStore.open(other)) {
            EvidenceIndex late = EvidenceIndex.attach(s);
            assertEquals(5, late.documentCount());
            assertEquals(3, late.search(SearchQuery.of("secret talks")).total());
        }
        try (EventStore s = EventStore.open(other)) {
            assertEquals(5, EvidenceIndex.attach(s).documentCount(), "reopening finds the index on disk");
        }
    }

    @Test
    void pagesFollowTheCursorToTheEnd() {
        SearchQuery q = SearchQuery.of("oil").withLimit(2);
        Set<String> seen = new HashSet<>();
        int pages = 0;
        String cursor = null;
        do {
            SearchResults r = index.search(q.withCursor(cursor));
            assertEquals(5, r.total(), "the total does not depend on the page");
            r.hits().forEach(h -> assertTrue(seen.add(h.documentId() + "#" + h.sentence()), "no hit twice"));
            cursor = r.nextCursor();
            pages++;
        } while (cursor != null);
        assertEquals(3, pages);
        assertEquals(5, seen.size());
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("oil").withCursor("<script>"));
    }

    @Test
    void relatedRanksSharedActorsAndDyadsAboveSharedWords() {
        List<RelatedDocument> related = index.related("doha-talks", 10);
        List<String> order = related.stream().map(RelatedDocument::documentId).toList();
        assertEquals("caracas-answer", order.get(0), related.toString());
        RelatedDocument caracas = related.get(0);
        assertEquals(List.of("046 usa>ven"), caracas.sharedEvents());
        assertEquals(List.of("usa~ven"), caracas.sharedDyads());
        assertEquals(Set.of("usa", "ven"), Set.copyOf(caracas.sharedActors()));
        assertTrue(caracas.why().startsWith("shares events 046 usa>ven; dyads usa~ven; actors"), caracas.why());
        // oil-market shares more words (secret talks, Doha, oil sanctions) but no actor: it comes after korea, which
        // shares the US
        assertTrue(order.indexOf("korea") < order.indexOf("oil-market"), order.toString());
        RelatedDocument oil = related.get(order.indexOf("oil-market"));
        assertEquals("similar words only", oil.why());
        assertTrue(oil.wordScore() > caracas.wordScore(), "words alone would have ranked it higher: " + related);
        assertFalse(order.contains("doha-talks"), "never itself");
        assertTrue(index.related("no-such-document", 5).isEmpty());
    }

    private static Map<String, Integer> counts(SearchResults r, String facet) {
        return r.facets().get(facet).stream().collect(Collectors.toMap(FacetCount::value, FacetCount::count));
    }

    private static Set<String> ids(SearchResults r) {
        assertNotNull(r.hits());
        return r.hits().stream().map(h -> h.documentId() + "#" + h.sentence()).collect(Collectors.toSet());
    }

    @Test
    void badQueriesAreRejectedBeforeSearching() {
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x").withLimit(0));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x")
                .withDates(LocalDate.of(2025, 1, 2), LocalDate.of(2025, 1, 1)));
        assertNull(index.search(SearchQuery.of("the")).nextCursor(), "stop words only: no hits, no next page");
        assertEquals(0, index.search(SearchQuery.of("the")).total());
    }
}
