package org.backchannel.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The driver's union-find: documents joined through any chain of shared bands fall into one component. */
class ReprintCollapseTest {
    @Test
    void groupsSharingADocumentJoinIntoOneComponent() {
        Map<String, String> c = ReprintCollapse.components(
                List.of(List.of("a", "b"), List.of("c", "d"), List.of("b", "e"), List.of("e", "a"), List.of("f", "g")));
        assertEquals(7, c.size());
        assertEquals(c.get("a"), c.get("b"));
        assertEquals(c.get("a"), c.get("e"), "a chain of shared bands");
        assertEquals(c.get("c"), c.get("d"));
        assertEquals(c.get("f"), c.get("g"));
        assertNotEquals(c.get("a"), c.get("c"));
        assertNotEquals(c.get("c"), c.get("f"));
        assertEquals(Map.of(), ReprintCollapse.components(List.of()));
    }

    @Test
    void aLongChainEndsInOneRepresentative() {
        List<List<String>> chain = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            chain.add(List.of("d" + (i + 1), "d" + i)); // each group's first document is the newer one
        }
        Map<String, String> c = ReprintCollapse.components(chain);
        assertEquals(2001, c.size());
        assertEquals(1, c.values().stream().distinct().count());
    }
}
