package org.backchannel.coder.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.EventDate;

/** Date reading round-trips: a date written the ways news writes it reads back as the same date and precision, where it stands. */
class DateReadingPropertiesTest {

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2099, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    private static String month(LocalDate d, boolean abbreviated) {
        String full = d.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return abbreviated && full.length() > 5 ? full.substring(0, 3) + "." : full;
    }

    /** The only date found in "Talks were held on TEXT in Doha." */
    private static DateExpressions.Found readIn(String written) {
        String sentence = "Talks were held on " + written + " in Doha.";
        List<DateExpressions.Found> found = DateExpressions.findAll(sentence, LocalDate.of(2024, 6, 15));
        assertEquals(1, found.size(), sentence + " → " + found);
        assertEquals(
                written, sentence.substring(found.get(0).start(), found.get(0).end()), "the span is the expression");
        return found.get(0);
    }

    @Property(tries = 300)
    void aDayWrittenAnyWayReadsBack(
            @ForAll("days") LocalDate day, @ForAll @IntRange(max = 3) int style, @ForAll boolean abbreviated) {
        String written =
                switch (style) {
                    case 0 -> month(day, abbreviated) + " " + day.getDayOfMonth() + ", " + day.getYear();
                    case 1 -> day.getDayOfMonth() + " " + month(day, abbreviated) + " " + day.getYear();
                    case 2 -> month(day, abbreviated) + " " + day.getDayOfMonth() + " " + day.getYear();
                    default -> day.toString();
                };
        EventDate d = readIn(written).date();
        assertEquals(new EventDate(day, DatePrecision.DAY, true), d, written);
        assertEquals(day.toString(), d.label());
    }

    @Property(tries = 200)
    void aMonthAndYearReadBackAsAMonth(@ForAll("days") LocalDate day, @ForAll boolean abbreviated) {
        EventDate d = readIn(month(day, abbreviated) + " " + day.getYear()).date();
        assertEquals(DatePrecision.MONTH, d.precision());
        assertEquals(day.withDayOfMonth(1), d.day());
        assertEquals(day.withDayOfMonth(1).toString().substring(0, 7), d.label());
        assertEquals(day.withDayOfMonth(day.lengthOfMonth()), d.lastDay(), "the month's last day bounds it");
    }

    @Property(tries = 200)
    void aQuarterReadsBackAsAQuarter(@ForAll("days") LocalDate day) {
        int q = (day.getMonthValue() - 1) / 3 + 1;
        String[] ordinals = {"first", "second", "third", "fourth"};
        for (String written :
                List.of("Q" + q + " " + day.getYear(), "the " + ordinals[q - 1] + " quarter of " + day.getYear())) {
            EventDate d = readIn(written).date();
            assertEquals(DatePrecision.QUARTER, d.precision(), written);
            assertEquals(day.getYear() + "-Q" + q, d.label(), written);
            assertTrue(!day.isBefore(d.day()) && !day.isAfter(d.lastDay()), "the quarter holds the day");
        }
    }
}
