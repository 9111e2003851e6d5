package org.backchannel.analysis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.model.ActorRef;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.Evidence;
import org.backchannel.model.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where an event happened, as GDELT's ActionGeo columns and PLOVER's location read it. */
class EventExportsTest {
    private static final Location HODEIDAH = new Location("Hodeidah", "Al Ḩudaydah", "YEM", 14.7978, 42.9545, 79415L, Location.Precision.CITY);

    @Test
    void actionGeoColumnsFollowGdeltsTypes() {
        assertEquals(List.of("4", "Al Ḩudaydah, Yemen", "YEM", "", "", "14.7978", "42.9545", "79415"), EventExports.actionGeo(HODEIDAH));
        Location mobile = new Location("Mobile", "Mobile", "USA", 30.69, -88.04, 4076598L, Location.Precision.CITY);
        assertEquals("3", EventExports.actionGeo(mobile).get(0), "a US city");
        Location syria = new Location("Syria", "Syria", "SYR", 33.51, 36.29, 170654L, Location.Precision.COUNTRY);
        assertEquals(List.of("1", "Syria", "SYR", "", "", "33.51", "36.29", "SYR"), EventExports.actionGeo(syria));
        assertEquals(List.of("", "Donbas", "", "", "", "", "", ""), EventExports.actionGeo(Location.unresolved("Donbas")));
        assertEquals(8, EventExports.actionGeo(null).size());
        assertTrue(EventExports.actionGeo(null).stream().allMatch(String::isEmpty));
    }

    @Test
    void ploverRecordsCarryTheLocation(@TempDir Path dir) throws Exception {
        Evidence ev = new Evidence("d", 0, "Strikes on the port of Hodeidah.", 0, 33);
        EventCode code = new EventCode("195", "Employ aerial weapons", 4, -9.5, "ASSAULT", "aerial");
        Event located = new Event("e1", null, ActorRef.NONE, ActorRef.NONE, code, "strikes", 0, Epistemic.asserted(), List.of(), HODEIDAH, List.of(ev), 0.5);
        Event nowhere = new Event("e2", null, ActorRef.NONE, ActorRef.NONE, code, "strikes", 0, Epistemic.asserted(), List.of(), null, List.of(ev), 0.5);
        Path file = dir.resolve("plover.json");
        EventExports.plover(List.of(located, nowhere), file);
        JsonNode records = new ObjectMapper().readTree(file.toFile());
        JsonNode loc = records.get(0).get("location");
        assertEquals("YEM", loc.get("country").asText());
        assertEquals(14.7978, loc.get("lat").asDouble());
        assertEquals(79415L, loc.get("geonames_id").asLong());
        assertEquals("city", loc.get("precision").asText());
        assertTrue(records.get(1).get("location").isNull());
    }
}
