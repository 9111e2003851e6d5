package org.backchannel.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.model.Actor;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
import org.backchannel.pipeline.output.JsonOutput;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The epistemic reading of single sentences: each status with its cue and the clause it scopes over,
 * cues that stay in their own clause, and mediators named by what they do but never one of the sides.
 */
class EpistemicReadingTest {
    static final Map<String, String> TEXTS = new LinkedHashMap<>();
    static final Map<String, Analysis> READ = new LinkedHashMap<>();

    static {
        TEXTS.put("unclear", "It is unclear whether China sold drones to Russia last year.");
        TEXTS.put(
                "beside",
                "Iranian forces seized a British tanker in the Strait of Hormuz on Friday; it was unclear whether the crew had been detained.");
        TEXTS.put(
                "denial-elsewhere",
                "Russian missiles struck Kyiv on Monday, a day after Ukraine denied planning an offensive.");
        TEXTS.put("expected", "Japan is expected to sign a defence pact with the Philippines next week.");
        TEXTS.put("negated", "Hungary did not expel any Russian diplomats, although Poland expelled 45 of them.");
        TEXTS.put("question", "Will Saudi Arabia normalise ties with Israel before the U.S. election?");
        TEXTS.put("party-says", "Pakistan's army said it had shot down five Indian jets.");
        TEXTS.put("monitor-says", "Human Rights Watch said Saudi border guards killed migrants at the Yemeni border.");
        TEXTS.put(
                "rejected",
                "The Kremlin rejected as \"absurd\" reports that Russian agents had sabotaged undersea cables near Taiwan.");
        TEXTS.put(
                "clarified", "Qatar later clarified that it had not suspended its mediation between Israel and Hamas.");
        TEXTS.put("brokered", "Norway brokered the talks between the Colombian government and the ELN in Oslo.");
        TEXTS.put("own-host", "Egypt hosted Palestinian factions in Cairo for reconciliation talks.");
    }

    @BeforeAll
    static void analyse() {
        List<Document> docs = new ArrayList<>();
        TEXTS.forEach((id, text) -> docs.add(
                new Document(id, "test", null, null, null, LocalDate.of(2024, 5, 1), null, null, text, List.of(), id)));
        for (Analysis a : Fixtures.pipeline().analyzeSeparately(docs)) {
            READ.put(a.documents().get(0).document().id(), a);
        }
    }

    private static Event event(String id, String root) {
        return READ.get(id).events().stream()
                .filter(e -> e.code().root().equals(root))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + root + " event in: " + TEXTS.get(id) + " "
                        + READ.get(id).events()));
    }

    private static String country(String id, String actorId) {
        return READ.get(id).actors().stream()
                .filter(a -> a.id().equals(actorId))
                .map(Actor::country)
                .findFirst()
                .orElse(null);
    }

    @Test
    void aCueScopesOverTheClauseItGoverns() {
        Event sold = event("unclear", "06");
        assertEquals("uncertain", sold.epistemic().status().label());
        assertEquals("unclear", sold.epistemic().cue());
        assertTrue(
                sold.epistemic().scope().text().startsWith("whether China sold drones"),
                sold.epistemic().scope().text());
        String text = TEXTS.get("unclear");
        assertEquals(
                sold.epistemic().scope().text(),
                text.substring(
                        sold.epistemic().scope().charStart(),
                        sold.epistemic().scope().charEnd()));
    }

    @Test
    void aCueInAClauseBesideDoesNotReachTheEvent() {
        assertEquals("asserted", event("beside", "17").epistemic().status().label());
        assertEquals(
                "asserted", event("denial-elsewhere", "19").epistemic().status().label());
        Event expel = event("negated", "16");
        assertEquals("negated", expel.epistemic().status().label());
        assertEquals("not", expel.epistemic().cue());
    }

    @Test
    void plansQuestionsDenialsAndCorrections() {
        assertEquals(
                "hypothetical", event("expected", "05").epistemic().status().label());
        assertEquals("question", event("question", "03").epistemic().status().label());
        Event sabotage = event("rejected", "17");
        assertEquals("denied", sabotage.epistemic().status().label());
        assertTrue(sabotage.epistemic().scope().text().contains("sabotaged undersea cables"));
        assertEquals("corrected", event("clarified", "16").epistemic().status().label());
    }

    @Test
    void aPartyClaimsWhatANeutralReports() {
        Event shot = event("party-says", "19");
        assertEquals("claimed", shot.epistemic().status().label());
        assertEquals("PAK", country("party-says", shot.epistemic().attributedTo()));
        assertEquals(
                "reported", event("monitor-says", "19").epistemic().status().label());
    }

    @Test
    void aMediatorIsNamedByWhatItDoesAndIsNeverASide() {
        Event talks = READ.get("brokered").events().stream()
                .filter(e -> e.predicate().equals("talks"))
                .findFirst()
                .orElseThrow();
        assertEquals("NOR", country("brokered", talks.epistemic().mediator()));
        assertEquals("brokered", talks.epistemic().mediatorCue());
        for (Analysis a : READ.values()) {
            for (Event e : a.events()) {
                String m = e.epistemic().mediator();
                if (m != null) {
                    String c = a.actors().stream()
                            .filter(x -> x.id().equals(m))
                            .map(Actor::country)
                            .findFirst()
                            .orElse(null);
                    assertFalse(
                            m.equals(e.source().actorId())
                                    || m.equals(e.target().actorId()),
                            "mediator is a side: " + e);
                    assertTrue(
                            c == null
                                    || !c.equals(e.source().country())
                                            && !c.equals(e.target().country()),
                            "mediator of a side's country: " + e);
                }
            }
        }
        assertTrue(
                READ.get("own-host").events().stream()
                        .allMatch(e -> e.epistemic().mediator() == null),
                "a side hosting its own talks is no mediator");
    }

    @Test
    void theJsonCarriesTheCueTheScopeAndTheMediatorCue() throws Exception {
        JsonNode root = new ObjectMapper().readTree(JsonOutput.write(READ.get("brokered")));
        JsonNode talks = null;
        for (JsonNode e : root.get("events")) {
            if (e.get("predicate").asText().equals("talks")) {
                talks = e;
            }
        }
        assertNotNull(talks);
        assertTrue(talks.has("status_cue"));
        assertEquals("brokered", talks.get("mediator_cue").asText());
        JsonNode scope = talks.get("status_scope");
        assertTrue(scope.get("text").asText().contains("talks"));
        assertTrue(scope.get("char_end").asInt() > scope.get("char_start").asInt());
        JsonNode unclear = new ObjectMapper()
                .readTree(JsonOutput.write(READ.get("unclear")))
                .get("events")
                .get(0);
        assertEquals("unclear", unclear.get("status_cue").asText());
        assertNull(unclear.get("mediator").textValue());
    }
}
