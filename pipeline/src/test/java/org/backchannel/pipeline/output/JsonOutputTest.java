package org.backchannel.pipeline.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.backchannel.model.ActorRef;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.Evidence;
import org.backchannel.model.Location;
import org.junit.jupiter.api.Test;

/** An event's location in the JSON output: every field, or null. */
class JsonOutputTest {
    private static Event event(Location l) {
        return new Event(
                "e1",
                null,
                ActorRef.NONE,
                ActorRef.NONE,
                new EventCode("190", "Use conventional military force", 4, -10, "ASSAULT", null),
                "shelled",
                1,
                Epistemic.asserted(),
                List.of(),
                l,
                List.of(new Evidence("d", 0, "They shelled Donetsk.", 0, 21)),
                0.5);
    }

    @Test
    void aLocationHasItsPlaceCountryPointAndPrecision() {
        JsonNode loc = JsonOutput.event(event(
                        new Location("Donetsk", "Donetsk", "UKR", 48.023, 37.8022, 709717L, Location.Precision.CITY)))
                .get("location");
        assertEquals("Donetsk", loc.get("text").asText());
        assertEquals("Donetsk", loc.get("name").asText());
        assertEquals("UKR", loc.get("country").asText());
        assertEquals(48.023, loc.get("lat").asDouble());
        assertEquals(37.8022, loc.get("lon").asDouble());
        assertEquals(709717L, loc.get("geonames_id").asLong());
        assertEquals("city", loc.get("precision").asText());

        JsonNode unresolved =
                JsonOutput.event(event(Location.unresolved("Donbas"))).get("location");
        assertTrue(unresolved.get("lat").isNull() && unresolved.get("country").isNull());
        assertEquals("unresolved", unresolved.get("precision").asText());
    }

    @Test
    void noPlaceIsNull() {
        JsonNode n = JsonOutput.event(event(null));
        assertTrue(n.has("location") && n.get("location").isNull());
    }
}
