package org.backchannel.coder.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.EventDate;

/**
 * Reads the date expressions of news text ("late 2023", "last Tuesday", "in March", "March 4, 2025",
 * "yesterday") into dates with a precision, relative to the publication date. The one date reader of
 * the coder.
 */
public final class DateExpressions {
    /** A date found in text, with its character span relative to the text searched. */
    public record Found(EventDate date, int start, int end) {}

    private static final String MONTH =
            "(january|february|march|april|may|june|july|august|september|october|november|december|jan\\.?|feb\\.?|mar\\.?|apr\\.?|jun\\.?|jul\\.?|aug\\.?|sept?\\.?|oct\\.?|nov\\.?|dec\\.?)";
    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
    private static final String YEAR = "((?:19|20)\\d{2})";
    /** A weekday or a month written out, but not "May" or "March", which also name people and acts. */
    private static final Pattern CALENDAR_WORD = Pattern.compile(
            "(?i)(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|april|june|july|august"
                    + "|september|october|november|december)");

    private static final List<Rule> RULES = new ArrayList<>();

    /** Whether a word names a day of the week or a month ("Sunday", "October"): a time, never a party. */
    public static boolean isCalendarWord(String word) {
        return CALENDAR_WORD.matcher(word).matches();
    }

    private interface Resolver {
        EventDate resolve(Matcher m, LocalDate ref);
    }

    private record Rule(Pattern pattern, Resolver resolver) {}

    private static void rule(String regex, Resolver r) {
        RULES.add(new Rule(Pattern.compile("(?i)\\b" + regex + "\\b"), r));
    }

    static {
        rule(
                MONTH + " (\\d{1,2}),? " + YEAR,
                (m, ref) -> day(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))));
        rule(
                "(\\d{1,2}) " + MONTH + ",? " + YEAR,
                (m, ref) -> day(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))));
        rule(
                YEAR + "-(\\d{2})-(\\d{2})",
                (m, ref) ->
                        day(year(m.group(1)), Month.of(Integer.parseInt(m.group(2))), Integer.parseInt(m.group(3))));
        rule(
                "(early|mid|late|the (?:start|beginning|middle|end) of)[- ]" + YEAR,
                (m, ref) -> part(m.group(1), year(m.group(2))));
        rule(
                "(?:the )?(first|second|third|fourth|1st|2nd|3rd|4th) quarter of " + YEAR,
                (m, ref) -> quarter(year(m.group(2)), ordinal(m.group(1))));
        rule("q([1-4]) " + YEAR, (m, ref) -> quarter(year(m.group(2)), Integer.parseInt(m.group(1))));
        rule(
                MONTH + ",? " + YEAR,
                (m, ref) ->
                        new EventDate(LocalDate.of(year(m.group(2)), month(m.group(1)), 1), DatePrecision.MONTH, true));
        rule(
                MONTH + " (\\d{1,2})(?:st|nd|rd|th)?(?!\\d)",
                (m, ref) -> ref == null ? null : recentDay(ref, month(m.group(1)), Integer.parseInt(m.group(2))));
        rule(
                "(?:in|since|during|by|last|this|early|late|mid-?)[ ]" + MONTH + "(?! \\d)",
                (m, ref) -> ref == null
                        ? null
                        : recentMonth(
                                ref,
                                month(m.group(1)),
                                m.group().toLowerCase(Locale.ROOT).startsWith("last")));
        rule(
                "(last|this|on|next)? ?" + WEEKDAY,
                (m, ref) -> ref == null
                        ? null
                        : weekday(ref, m.group(1), DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT))));
        rule(
                "(yesterday|today|tomorrow)",
                (m, ref) -> ref == null
                        ? null
                        : new EventDate(
                                switch (m.group(1).toLowerCase(Locale.ROOT)) {
                                    case "yesterday" -> ref.minusDays(1);
                                    case "tomorrow" -> ref.plusDays(1);
                                    default -> ref;
                                },
                                DatePrecision.DAY,
                                true));
        rule("(last|this|next) (month|year)", (m, ref) -> ref == null ? null : relative(ref, m.group(1), m.group(2)));
        rule(
                "(?:in|since|during|by|of|until|before|after) " + YEAR,
                (m, ref) -> new EventDate(LocalDate.of(year(m.group(1)), 1, 1), DatePrecision.YEAR, true));
        rule(
                "(?<![-–])" + YEAR
                        + "(?=(?:[-– ][a-z]+){0,2}[-– ](?:talks|deal|agreement|accord|accords|election|elections|coup|invasion|summit|crisis|war|sanctions|ceasefire|truce))",
                (m, ref) -> new EventDate(LocalDate.of(year(m.group(1)), 1, 1), DatePrecision.YEAR, true));
    }

    private DateExpressions() {}

    /** Every date expression in {@code text}, left to right, overlapping matches dropped. */
    public static List<Found> findAll(String text, LocalDate ref) {
        List<Found> out = new ArrayList<>();
        for (Rule r : RULES) {
            Matcher m = r.pattern().matcher(text);
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                if (out.stream().anyMatch(f -> f.start() < e && s < f.end())) {
                    continue;
                }
                EventDate d;
                try {
                    d = r.resolver().resolve(m, ref);
                } catch (java.time.DateTimeException | IllegalArgumentException ex) {
                    d = null;
                }
                if (d != null) {
                    out.add(new Found(d, s, e));
                }
            }
        }
        out.sort(java.util.Comparator.comparingInt(Found::start));
        return out;
    }

    private static int year(String y) {
        return Integer.parseInt(y);
    }

    private static Month month(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace(".", "");
        for (Month mo : Month.values()) {
            String full = mo.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(n) || full.startsWith(n) && n.length() >= 3) {
                return mo;
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static EventDate day(int y, Month m, int d) {
        return new EventDate(LocalDate.of(y, m, d), DatePrecision.DAY, true);
    }

    private static EventDate quarter(int y, int q) {
        return new EventDate(LocalDate.of(y, (q - 1) * 3 + 1, 1), DatePrecision.QUARTER, true);
    }

    private static int ordinal(String s) {
        return switch (s.toLowerCase(Locale.ROOT).substring(0, 1)) {
            case "f" -> s.toLowerCase(Locale.ROOT).startsWith("fi") ? 1 : 4;
            case "s" -> 2;
            case "t" -> 3;
            case "1" -> 1;
            case "2" -> 2;
            case "3" -> 3;
            default -> 4;
        };
    }

    private static EventDate part(String which, int y) {
        String w = which.toLowerCase(Locale.ROOT);
        if (w.startsWith("early") || w.contains("start") || w.contains("beginning")) {
            return quarter(y, 1);
        }
        if (w.startsWith("late") || w.contains("end")) {
            return quarter(y, 4);
        }
        return quarter(y, 2);
    }

    /** "March 4" without a year: the most recent such day, allowing a week ahead for schedules. */
    private static EventDate recentDay(LocalDate ref, Month m, int d) {
        LocalDate c = LocalDate.of(ref.getYear(), m, d);
        if (c.isAfter(ref.plusDays(60))) {
            c = c.minusYears(1);
        }
        return new EventDate(c, DatePrecision.DAY, true);
    }

    private static EventDate recentMonth(LocalDate ref, Month m, boolean last) {
        LocalDate c = LocalDate.of(ref.getYear(), m, 1);
        if (c.isAfter(ref) || (last && c.getMonth() == ref.getMonth())) {
            c = c.minusYears(1);
        }
        return new EventDate(c, DatePrecision.MONTH, true);
    }

    private static EventDate weekday(LocalDate ref, String modifier, DayOfWeek dow) {
        String mod = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
        LocalDate c = ref;
        if (mod.equals("next")) {
            do {
                c = c.plusDays(1);
            } while (c.getDayOfWeek() != dow);
        } else {
            while (c.getDayOfWeek() != dow) {
                c = c.minusDays(1);
            }
            if (mod.equals("last") && c.equals(ref)) {
                c = c.minusDays(7);
            }
        }
        return new EventDate(c, DatePrecision.DAY, true);
    }

    private static EventDate relative(LocalDate ref, String which, String unit) {
        int delta =
                switch (which.toLowerCase(Locale.ROOT)) {
                    case "last" -> -1;
                    case "next" -> 1;
                    default -> 0;
                };
        if (unit.equalsIgnoreCase("month")) {
            LocalDate m = ref.withDayOfMonth(1).plusMonths(delta);
            return new EventDate(m, DatePrecision.MONTH, true);
        }
        return new EventDate(LocalDate.of(ref.getYear() + delta, 1, 1), DatePrecision.YEAR, true);
    }
}
