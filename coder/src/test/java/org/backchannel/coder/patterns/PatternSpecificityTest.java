package org.backchannel.coder.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which of two patterns on the same head is the more specific. */
class PatternSpecificityTest {
    private static EventPattern verb(String code, String pattern) {
        return EventPattern.parse(code, pattern, false, "", "test");
    }

    @Test
    void anObjectListOfModifiedHeadsBeatsTheBareHeads() {
        assertTrue(verb("062", "hold obj=joint_exercise|joint_drill").specificity()
                > verb("150", "hold obj=exercise|drill").specificity());
        // one bare head in the list makes it no narrower than the bare list
        assertEquals(
                verb("150", "hold obj=exercise").specificity(),
                verb("062", "hold obj=joint_exercise|drill").specificity());
    }
}
