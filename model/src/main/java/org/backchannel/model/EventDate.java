package org.backchannel.model;

import java.time.LocalDate;

/**
 * When an event happened, as precisely as the text says.
 *
 * @param day       a representative day (the first day of the month, quarter or year when coarser)
 * @param precision how exact {@code day} is
 * @param fromText  true when the text gave the date, false when it is the document's date
 */
public record EventDate(LocalDate day, DatePrecision precision, boolean fromText) {

    /** ISO text at the stated precision: "2023-11-02", "2023-11", "2023-Q4", "2023". */
    public String label() {
        return switch (precision) {
            case DAY -> day.toString();
            case MONTH -> day.toString().substring(0, 7);
            case QUARTER -> day.getYear() + "-Q" + ((day.getMonthValue() - 1) / 3 + 1);
            case YEAR -> Integer.toString(day.getYear());
        };
    }

    /** The last day the date may stand for. */
    public LocalDate lastDay() {
        return switch (precision) {
            case DAY -> day;
            case MONTH -> day.plusMonths(1).minusDays(1);
            case QUARTER -> day.plusMonths(3).minusDays(1);
            case YEAR -> day.plusYears(1).minusDays(1);
        };
    }
}
