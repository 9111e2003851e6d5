package org.backchannel.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the absolute publication dates that pages and datelines carry. */
public final class PublicationDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final List<DateTimeFormatter> WRITTEN = List.of(
            formatter("MMMM d, uuuu"), formatter("MMM d, uuuu"), formatter("MMM. d, uuuu"),
            formatter("d MMMM uuuu"), formatter("d MMM uuuu"), formatter("MMMM d uuuu"));
    private static final Pattern WRITTEN_DATE = Pattern.compile(
            "(?i)\\b((?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}|\\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \\d{4})\\b");

    private PublicationDates() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.ENGLISH);
    }

    /** The first date found in {@code text} (ISO or written out in English), or null. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher iso = ISO.matcher(text);
        if (iso.find()) {
            try {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        Matcher w = WRITTEN_DATE.matcher(text);
        if (w.find()) {
            String s = w.group(1).replaceAll("(?i)\\bsept\\b", "Sep").replaceAll("\\s+", " ");
            for (DateTimeFormatter f : WRITTEN) {
                try {
                    return LocalDate.parse(s, f);
                } catch (DateTimeParseException ignored) {
                    // try the next layout
                }
            }
            if (!s.contains(",")) {
                return null;
            }
            return parse(s.replace(",", ""));
        }
        return null;
    }
}
