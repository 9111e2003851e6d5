package org.backchannel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.ActorType;
import org.backchannel.model.Analysis;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Document;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;
import org.backchannel.model.Location;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Role;
import org.backchannel.model.Status;
import org.backchannel.model.SyndicatedCopy;
import org.backchannel.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventStoreTest {

    static Analysis sample(String docId, String text) {
        Document d = new Document(
                docId,
                docId + ".txt",
                null,
                "T",
                null,
                LocalDate.of(2024, 1, 5),
                null,
                null,
                text,
                List.of(),
                "hash-" + text.hashCode());
        ParsedSentence s = new ParsedSentence(0, text, 0, text.length(), List.of(), List.of());
        Actor usa =
                new Actor("usa", "United States", List.of("US"), ActorType.STATE, "USA", null, "USA", null, List.of());
        Actor rubio = new Actor(
                "marco-rubio",
                "Marco Rubio",
                List.of("Rubio"),
                ActorType.PERSON,
                "USA",
                null,
                "USA",
                "m",
                List.of(new Role("Secretary of State", "USA", "GOV", LocalDate.of(2025, 1, 21), null)));
        Evidence ev = new Evidence(docId, 0, text, 0, text.length());
        Event talks = new Event(
                "ev-" + docId + "-1",
                new EventDate(LocalDate.of(2023, 10, 1), DatePrecision.QUARTER, true),
                new ActorRef("usa", "US officials", "USAGOV"),
                new ActorRef("ven", "Caracas", "VEN"),
                new EventCode("046", "Engage in negotiation", 1, 7.0, "CONSULT", null),
                "talks",
                3,
                new Epistemic(Status.REPORTED, true, null, "qat", List.of("ev-" + docId + "-2"), "revelations"),
                List.of("diplomatic"),
                new Location("Doha", "Doha", "QAT", 25.2855, 51.531, 290030L, Location.Precision.CITY),
                List.of(ev),
                0.8);
        Event denial = new Event(
                "ev-" + docId + "-2",
                new EventDate(LocalDate.of(2024, 1, 5), DatePrecision.DAY, false),
                new ActorRef("ven", "Venezuela", "VENGOV"),
                ActorRef.NONE,
                new EventCode("125", "Reject proposal", 3, -5.0, "REJECT", null),
                "denial",
                1,
                new Epistemic(Status.ASSERTED, false, null, null, List.of(), null),
                List.of(),
                null,
                List.of(ev),
                0.7);
        return new Analysis(
                List.of(new ParsedDocument(d, List.of(s))),
                List.of(usa, rubio),
                List.of(talks, denial),
                List.of(),
                List.of(new Warning("temporal-inconsistency", "check", List.of(ev))),
                List.of());
    }

    @Test
    void savingTwiceAddsNothingTwice(@TempDir Path dir) {
        Path file = dir.resolve("nested/store.duckdb");
        try (EventStore s = EventStore.open(file)) {
            assertEquals(EventStore.SCHEMA_VERSION, s.schemaVersion());
            SaveReport first = s.save(sample("a", "Secret talks between US officials and Caracas."));
            assertEquals(1, first.documentsAdded());
            assertEquals(2, first.eventsAdded());
            SaveReport again = s.save(sample("a", "Secret talks between US officials and Caracas."));
            assertEquals(0, again.documentsAdded());
            assertEquals(1, again.documentsSkipped());
            assertEquals(2, s.counts().get("events"));
            assertEquals(1, s.counts().get("roles"));
        }
        try (EventStore s = EventStore.open(file)) {
            assertEquals(1, s.counts().get("documents"), "reopening keeps the data and the version");
            s.save(sample("a", "Another article about Caracas."));
            assertEquals(2, s.counts().get("documents"));
            assertTrue(
                    s.rows("SELECT id FROM documents ORDER BY id").stream()
                            .map(r -> r.get(0))
                            .toList()
                            .contains("a-2"),
                    "a second document with the same id but other text is kept under a new id");
        }
    }

    @Test
    void queriesFilterByActorCountryCodeDateStatusAndSecrecy(@TempDir Path dir) {
        try (EventStore s = EventStore.open(dir.resolve("q.duckdb"))) {
            s.save(sample("a", "Secret talks between US officials and Caracas."));
            assertEquals(2, s.events(EventQuery.ALL).size());
            assertEquals(
                    1,
                    s.events(new EventQuery(null, null, "04", null, null, null, null, 0))
                            .size());
            assertEquals(
                    2,
                    s.events(new EventQuery(null, "VEN", null, null, null, null, null, 0))
                            .size());
            assertEquals(
                    1,
                    s.events(new EventQuery("United States", null, null, null, null, null, null, 0))
                            .size());
            assertEquals(
                    1,
                    s.events(new EventQuery(null, null, null, LocalDate.of(2024, 1, 1), null, null, null, 0))
                            .size());
            assertEquals(
                    1,
                    s.events(new EventQuery(null, null, null, null, null, null, true, 0))
                            .size());
            Event talks = s.events(new EventQuery(null, null, null, null, null, "reported", null, 0))
                    .get(0);
            assertEquals("qat", talks.epistemic().mediator());
            assertEquals(List.of("ev-a-2"), talks.epistemic().disputedBy());
            assertEquals("2023-Q4", talks.date().label());
            assertEquals(
                    "Secret talks between US officials and Caracas.",
                    talks.primaryEvidence().text());
            assertEquals(
                    0,
                    s.events(new EventQuery("x'); DROP TABLE events;--", null, null, null, null, null, null, 0))
                            .size());
            assertEquals(2, s.counts().get("events"), "hostile filter text is a value, not SQL");
        }
    }

    @Test
    void locationsComeBackWithTheirPointAndPrecision(@TempDir Path dir) {
        try (EventStore s = EventStore.open(dir.resolve("loc.duckdb"))) {
            s.save(sample("a", "Secret talks between US officials and Caracas."));
            Event talks = s.events(new EventQuery(null, null, "04", null, null, null, null, 0))
                    .get(0);
            assertEquals(
                    new Location("Doha", "Doha", "QAT", 25.2855, 51.531, 290030L, Location.Precision.CITY),
                    talks.location());
            Event denial = s.events(new EventQuery(null, null, "12", null, null, null, null, 0))
                    .get(0);
            assertNull(denial.location(), "no place named, none stored");
        }
    }

    @Test
    void aVersionOneStoreIsMigratedAndItsPlacesReadAsUnresolved(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("v1.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file.toAbsolutePath());
                Statement st = c.createStatement()) {
            String v1 = new String(
                    EventStore.class
                            .getResourceAsStream("/backchannel/store/schema-v1.sql")
                            .readAllBytes(),
                    StandardCharsets.UTF_8);
            for (String sql : v1.replaceAll("(?m)^--.*$", "").split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                    st.execute(sql);
                }
            }
            st.execute("INSERT INTO schema_version VALUES (1, now())");
            st.execute(
                    "INSERT INTO events (id, document_id, sentence, cameo, root, quad_class, goldstein, status, secret, sources, location) "
                            + "VALUES ('old', 'd', 0, '040', '04', 1, 1.0, 'asserted', false, 1, 'Geneva')");
        }
        try (EventStore s = EventStore.open(file)) {
            assertEquals(EventStore.SCHEMA_VERSION, s.schemaVersion(), "migrated to the current version");
            Event old = s.events(EventQuery.ALL).get(0);
            assertEquals(Location.unresolved("Geneva"), old.location(), "a version 1 row knew only the words");
            s.save(sample("b", "Talks in Doha."));
            assertEquals(
                    "QAT",
                    s.events(new EventQuery(null, null, "046", null, null, null, null, 0))
                            .get(0)
                            .location()
                            .country());
        }
    }

    @Test
    void syndicatedCopiesAndBandKeysAreStoredOnceAndFoundAgain(@TempDir Path dir) {
        Path file = dir.resolve("copies.duckdb");
        Analysis a = sample("wire", "Talks between US officials and Caracas in Doha.");
        String keptHash = a.documents().get(0).document().contentHash();
        SyndicatedCopy copy = new SyndicatedCopy(
                "wire",
                keptHash,
                "daily-talks",
                "daily.example",
                "https://daily.example/talks",
                "talks.html",
                "Talks in Doha",
                LocalDate.of(2024, 1, 6),
                "hash-copy",
                0.82);
        Syndication syn = new Syndication(java.util.Map.of(keptHash, new long[] {11L, -22L, 33L}), List.of(copy));
        try (EventStore s = EventStore.open(file)) {
            s.save(a, syn);
            s.save(a, syn);
            assertEquals(1, s.counts().get("document_copies"), "a copy is recorded once");
            assertEquals(List.of(copy), s.copies("wire"));
            assertEquals(
                    List.of("wire"),
                    s.sharingBands(new long[] {5L, -22L}).stream()
                            .map(StoredText::id)
                            .toList());
            assertTrue(s.sharingBands(new long[] {5L}).isEmpty());
            assertEquals(java.util.Set.of("hash-copy"), s.copyHashes());
            assertEquals(
                    List.of(List.of("wire", "1", "daily.example")),
                    s.rows("SELECT document_id, copies, sources FROM syndication"));
        }
        try (EventStore s = EventStore.open(file)) {
            assertEquals(
                    EventStore.SCHEMA_VERSION,
                    s.schemaVersion(),
                    "the version 4 script runs again on open without harm");
            assertEquals(1, s.counts().get("document_copies"));
        }
    }
}
