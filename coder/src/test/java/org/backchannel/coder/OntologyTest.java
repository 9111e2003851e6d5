package org.backchannel.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.EventCode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The codebook is complete and consistent, and agrees with the published CAMEO → PLOVER table. */
class OntologyTest {
    private final Ontology o = Ontology.defaults();

    @Test
    void everyRootAndParentIsPresentAndScoresFollowTheRoot() {
        Map<String, EventCode> all = o.codebook().all();
        for (int r = 1; r <= 20; r++) {
            assertTrue(all.containsKey(String.format("%02d", r)), "root " + r);
        }
        assertTrue(all.size() >= 300, "codes: " + all.size());
        for (EventCode c : all.values()) {
            if (c.cameo().length() > 2) {
                assertTrue(all.containsKey(c.cameo().substring(0, c.cameo().length() - 1)), "parent of " + c.cameo());
            }
            int root = Integer.parseInt(c.root());
            int quad = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
            assertEquals(quad, c.quadClass(), "quad class of " + c.cameo());
            assertTrue(c.goldstein() >= -10 && c.goldstein() <= 10, "Goldstein of " + c.cameo());
            if (root >= 2) {
                assertNotNull(c.ploverType(), "PLOVER type of " + c.cameo());
            }
        }
        assertEquals(7.0, o.codebook().get("046").goldstein());
        assertEquals(-10.0, o.codebook().get("20").goldstein());
        assertEquals("0314", o.codebook().get("0314").cameo());
        assertEquals("031", o.codebook().get("0319").cameo(), "unknown codes fall back to their parent");
    }

    @Test
    void ploverMappingAgreesWithThePublishedTable() throws Exception {
        Path table = Path.of("../../shared/reference/CAMEO2PLOVER-2021.txt");
        if (!Files.exists(table)) {
            table = Path.of("../shared/reference/CAMEO2PLOVER-2021.txt");
        }
        Assumptions.assumeTrue(Files.exists(table), "shared/reference beside the project");
        Codebook cb = o.codebook();
        List<String> disagreements = new ArrayList<>();
        int compared = 0;
        for (String line : Files.readAllLines(table)) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("^(\\d{2,4}):\\s*([A-Z_]+)").matcher(line);
            if (!m.find() || cb.find(m.group(1)).isEmpty() || m.group(1).length() == 2) {
                continue;
            }
            compared++;
            if (!m.group(2).equals(cb.get(m.group(1)).ploverType())) {
                disagreements.add(m.group(1) + " " + m.group(2) + " vs "
                        + cb.get(m.group(1)).ploverType());
            }
        }
        assertTrue(compared > 200, "compared " + compared);
        assertTrue(disagreements.isEmpty(), disagreements.toString());
    }

    @Test
    void countriesAgentsAndContexts() {
        assertEquals("Venezuela", o.countries().name("VEN"));
        assertTrue(o.countries().get("USA").orElseThrow().metonyms().contains("White House"));
        assertTrue(o.countries().all().size() >= 195);
        assertEquals("GOV", o.agents().forCue("official"));
        assertEquals("BUS", o.agents().forCue("company"));
        assertFalse(o.contexts().tags(List.of("the", "crude", "export")).isEmpty());
    }
}
