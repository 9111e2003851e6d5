package org.backchannel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
import org.junit.jupiter.api.Test;

/**
 * One event told by several articles — a wire story, a syndicated copy of it, an independent report
 * and a denial — comes out as one event with two independent sources and the denial linked.
 */
class CrossArticleTest {
    private static Document doc(String id, LocalDate day, String text) {
        return new Document(id, id, null, null, null, day, null, null, text, List.of(), id + text.hashCode());
    }

    @Test
    void syndicatedCopiesCountOnceAndTheDenialDisputesTheMergedEvent() {
        LocalDate day = LocalDate.of(2025, 3, 6);
        String wire =
                "US officials met Venezuelan envoys in Doha on Tuesday, according to two diplomats briefed on the talks. "
                        + "The meeting was the first direct contact between the two governments in months. "
                        + "Qatar arranged the venue and kept the agenda confidential, the diplomats said.";
        List<Document> docs = List.of(
                doc("wire", day, "Envoys meet in Doha\n\n" + wire),
                doc("copy", day, "US and Venezuelan envoys meet in Qatar\n\n" + wire + " Markets were calm."),
                doc(
                        "other",
                        day,
                        "Talks in Qatar\n\nAmerican officials held talks with Venezuelan envoys in Doha on Tuesday, a Qatari official said."),
                doc(
                        "denial",
                        day.plusDays(1),
                        "Caracas denies meeting\n\nThe Venezuelan government denied on Wednesday that its envoys met US officials in Doha."));
        Analysis a = Fixtures.pipeline().analyze(docs, (x, y) -> {}).analysis();
        List<Event> talks = a.events().stream()
                .filter(e -> e.code().root().equals("04"))
                .filter(e -> "USA".equals(e.source().country())
                                && "VEN".equals(e.target().country())
                        || "VEN".equals(e.source().country())
                                && "USA".equals(e.target().country()))
                .toList();
        assertEquals(1, talks.size(), "one merged event: " + talks);
        Event merged = talks.get(0);
        assertEquals(
                4,
                merged.evidence().stream().map(ev -> ev.document()).distinct().count(),
                "evidence from every article");
        assertEquals(3, merged.epistemic().sources(), "the syndicated copy counts once: wire, other, denial");
        assertFalse(merged.epistemic().disputedBy().isEmpty(), "the denial disputes it");
        assertTrue(
                merged.epistemic().statusMix().getOrDefault("denied", 0) >= 1,
                merged.epistemic().statusMix().toString());
    }
}
