package org.backchannel.ingest.dedupe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.ingest.DocumentIds;
import org.backchannel.model.Document;
import org.backchannel.model.SyndicatedCopy;
import org.junit.jupiter.api.Test;

class ReprintsTest {
    private static final String P1 =
            "Omani mediators carried written messages between the Iranian and American delegations on Saturday, "
                    + "according to two officials who spoke on condition of anonymity because the talks were not public.";
    private static final String P2 =
            "The foreign minister of Oman said both sides had agreed to meet again next week in Muscat, "
                    + "and described the atmosphere of the first round as constructive and businesslike.";
    private static final String P3 =
            "Washington has demanded that Tehran halt uranium enrichment, while Iranian officials have said "
                    + "any agreement must lift sanctions that have hurt the country's economy for years.";
    private static final String P4 =
            "Israel, which was not present, has lobbied against any deal that leaves Iran able to enrich uranium, "
                    + "diplomats in the region said, and its prime minister was expected to call the White House.";
    private static final String OTHER =
            "Protesters gathered outside the parliament in Tbilisi for a fifth night on Monday after the government "
                    + "suspended talks on joining the European Union, and police used water cannon to clear the avenue. The interior ministry said "
                    + "more than two hundred people had been detained and that officers had been injured by fireworks thrown from the crowd.";
    /** Same topic, different reporting: shares one background paragraph with the original. */
    private static final String FOLLOW_UP =
            "Iran's supreme leader said on Wednesday that talks with the United States would not solve the "
                    + "country's problems but that he did not oppose them, a day after the second round ended without a joint statement. "
                    + "Analysts in Tehran said the remarks gave negotiators room to continue while protecting the leader if talks fail. "
                    + P3 + " Oil prices fell slightly after the remarks were broadcast on state television.";

    private static Document doc(String id, String url, LocalDate published, String text) {
        return new Document(
                id,
                id + ".html",
                url,
                null,
                null,
                published,
                null,
                null,
                text,
                List.of(),
                DocumentIds.contentHash(text));
    }

    private static String join(String... paragraphs) {
        return String.join("\n\n", paragraphs);
    }

    @Test
    void shinglesAndJaccardAreExactAndStable() {
        MinHasher h = new MinHasher(MinHashParameters.DEFAULTS);
        long[] a = h.shingles("One two three four five six");
        assertEquals(2, a.length);
        assertArrayEquals(a, h.shingles("ONE two, three -- four five six!"), "case and punctuation do not matter");
        assertEquals(1.0 / 3, MinHasher.jaccard(a, h.shingles("one two three four five seven")), 1e-9);
        assertEquals(1, h.shingles("too short").length, "a text shorter than a shingle is one shingle");
        assertEquals(0, h.shingles(" ... ").length);
        assertEquals(
                h.sign(P1),
                new MinHasher(MinHashParameters.DEFAULTS).sign(P1),
                "signatures do not depend on the instance or run");
    }

    @Test
    void signatureEstimatesJaccard() {
        MinHasher h = new MinHasher(MinHashParameters.DEFAULTS);
        String a = join(P1, P2, P3, P4);
        String b = join(P1, P2, P3);
        double exact = MinHasher.jaccard(h.shingles(a), h.shingles(b));
        double estimate = h.sign(a).estimate(h.sign(b));
        assertTrue(exact > 0.6 && exact < 0.9, "exact " + exact);
        assertEquals(exact, estimate, 0.15, "120 hashes estimate within about three standard errors");
        assertEquals(0, h.sign(a).estimate(h.sign(OTHER)), 0.1);
    }

    @Test
    void bandingCurveIsTheDocumentedOne() {
        MinHashParameters p = MinHashParameters.DEFAULTS;
        assertEquals(0.995, p.candidateProbability(0.5), 0.001);
        assertEquals(0.66, p.candidateProbability(0.3), 0.01);
        assertEquals(0.04, p.candidateProbability(0.1), 0.005);
        assertThrows(IllegalArgumentException.class, () -> new MinHashParameters(5, 100, 40, 3, 0.5));
        assertThrows(IllegalArgumentException.class, () -> new MinHashParameters(5, 120, 40, 3, 0));
    }

    @Test
    void lshFindsTheReprintAndNotTheOtherStory() {
        MinHasher h = new MinHasher(MinHashParameters.DEFAULTS);
        LshIndex<String> index = new LshIndex<>(MinHashParameters.DEFAULTS);
        index.add("original", h.sign(join(P1, P2, P3, P4)));
        index.add("other", h.sign(OTHER));
        assertEquals(List.of("original"), List.copyOf(index.candidates(h.sign(join("Talks in Oman", P1, P2, P3)))));
    }

    @Test
    void reprintsCollapseToTheEarliestAndSameTopicStoriesStay() {
        Document original = doc(
                "wire",
                "https://wire.example/oman-talks",
                LocalDate.of(2025, 4, 12),
                join("Oman hosts talks", P1, P2, P3, P4));
        Document trimmed = doc(
                "daily",
                "https://www.daily.example/world/iran-us",
                LocalDate.of(2025, 4, 13),
                join("Iran and US hold indirect talks in Muscat", P1, P2, P3));
        Document changed = doc(
                "herald",
                "https://herald.example/a/1",
                null,
                join(
                        "Talks in Oman",
                        P1,
                        "Oman's foreign minister told reporters both delegations would return next week.",
                        P3,
                        P4));
        Document followUp = doc("analysis", "https://wire.example/khamenei", LocalDate.of(2025, 4, 16), FOLLOW_UP);
        Document other = doc("tbilisi", "https://wire.example/tbilisi", LocalDate.of(2025, 4, 12), OTHER);
        Reprints.Collapse c = new Reprints().collapse(List.of(trimmed, changed, original, followUp, other));
        assertEquals(
                List.of("wire", "analysis", "tbilisi"),
                c.kept().stream().map(Document::id).toList(),
                "kept in input order");
        assertEquals(2, c.copies().size());
        for (SyndicatedCopy copy : c.copies()) {
            assertEquals("wire", copy.keptId(), "the earliest is kept: " + copy);
            assertEquals(original.contentHash(), copy.keptHash());
            assertTrue(copy.similarity() >= 0.5, copy.toString());
        }
        assertEquals("daily.example", c.copies().get(0).publisher());
        assertEquals(3, c.bandKeys().size());
        assertEquals(40, c.bandKeys().get(original.contentHash()).length);
    }

    @Test
    void aStoredDocumentStaysTheKeptOne() {
        Document stored = doc(
                "stored",
                "https://wire.example/oman-talks",
                LocalDate.of(2025, 4, 14),
                join("Oman hosts talks", P1, P2, P3, P4));
        Reprints reprints = new Reprints();
        long[] storedKeys = reprints.hasher().sign(stored.text()).bandKeys(MinHashParameters.DEFAULTS);
        Reprints.Known store = keys -> {
            for (long k : keys) {
                for (long s : storedKeys) {
                    if (k == s) {
                        return List.of(new Reprints.KnownText(stored.id(), stored.contentHash(), stored.text()));
                    }
                }
            }
            return List.of();
        };
        Document earlierReprint = doc("early", null, LocalDate.of(2025, 4, 12), join("Talks in Oman", P1, P2, P3));
        Reprints.Collapse c = reprints.collapse(List.of(earlierReprint, doc("tbilisi", null, null, OTHER)), store);
        assertEquals(List.of("tbilisi"), c.kept().stream().map(Document::id).toList());
        assertEquals("stored", c.copies().get(0).keptId());
    }
}
