package org.backchannel.coder.patterns;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.backchannel.coder.dates.DateExpressions;
import org.backchannel.coder.testing.HandParse;
import org.junit.jupiter.api.Test;

/** A day or a month after a pattern's preposition says when, not at whom ("fired on Sunday"). */
class CalendarPrepositionTest {
    private static final EventPattern FIRE_ON = EventPattern.parse("190", "fire prep=on", false, "", "test");

    private static SentenceGraph fired(String object) {
        return new SentenceGraph(
                HandParse.sentence(
                        "troops/NNS/O/troops fired/VBD/O/fire on/IN " + object + "/NNP",
                        "nsubj(fired, troops) obl:on(fired, " + object + ") case(" + object + ", on)"),
                List.of());
    }

    @Test
    void aDayAfterThePrepositionDoesNotFulfilThePattern() {
        assertFalse(PredicateMatcher.fulfils(fired("Sunday"), 1, FIRE_ON));
        assertFalse(PredicateMatcher.fulfils(fired("October"), 1, FIRE_ON));
        assertTrue(PredicateMatcher.fulfils(fired("Kharkiv"), 1, FIRE_ON));
    }

    @Test
    void mayAndMarchAreNotTakenForDates() {
        assertTrue(DateExpressions.isCalendarWord("Tuesday"));
        assertFalse(DateExpressions.isCalendarWord("May"), "Theresa May");
        assertFalse(DateExpressions.isCalendarWord("March"), "a march on the capital");
    }
}
