package org.backchannel.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one reader of publication dates: the dates pages, feeds and bylines carry, in the layouts of
 * news sites in the common languages — ISO with or without time and zone, "July 20th, 2025",
 * "Sunday 20 July 2025", "20 de julio de 2025", "20. Juli 2025", "20 июля 2025", "20.07.2025",
 * "2025年7月20日" — and relative dates ("2 hours ago") when the crawl date is known. Month and weekday
 * names come from the JDK's CLDR data for the locales in {@code date-words.tsv}.
 *
 * <p>Numeric dates whose two first numbers could both be a month (05/07/2025) are decided by, in this
 * order: the crawl date (a reading after it is impossible), a dot as separator (day first wherever
 * dots are used), the page's locale when it names a country or a language other than English
 * (CLDR's short date pattern says which comes first), and otherwise day first, as most of the world
 * writes it.
 */
public final class PublicationDates {
    /** What is known about a page that helps read its dates: its locale and the day it was crawled (either may be null). */
    public record Hints(Locale locale, LocalDate crawled) {
        public static final Hints NONE = new Hints(null, null);
    }

    /** Which date a label announces. */
    public enum Kind {
        PUBLISHED,
        UNLABELLED,
        UPDATED
    }

    /**
     * A line that is nothing but a date with its label, weekday, time and zone.
     *
     * @param date the date, or null for a relative date ("3 hours ago") read without a crawl date
     * @param kind what the label in front of the date says it is
     */
    public record DateLine(LocalDate date, Kind kind) {}

    private record Found(LocalDate date, int start, int end) {}

    private static final int MAX_DATE_LINE = 140;
    private static final int MIN_YEAR = 1900;
    private static final int MAX_YEAR = 2100;

    private static final Words WORDS = Words.load();
    private static final String M = "(?<![\\p{L}])(" + WORDS.monthAlternation() + ")\\.?(?![\\p{L}])";
    private static final String ORDINAL = "(?:st|nd|rd|th|er|re|eme|e|º|°|ª|\\.)?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d\\p{L}])(\\d{1,2})" + ORDINAL
            + "[\\s\\-/]*(?:de\\s+|of\\s+|del\\s+)?" + M + "[\\s\\-/,]*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile(M + "[\\s\\-/]*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d:])\\s*,?\\s*(\\d{4})(?!\\d)");
    private static final Pattern YEAR_MONTH_DAY_WORDS =
            Pattern.compile("(?<!\\d)(\\d{4})\\.?,?\\s+" + M + "\\s+(\\d{1,2})\\.?(?!\\d)");
    private static final Pattern YEAR_FIRST =
            Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern CJK = Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})\\s*[日일]?");
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d./-])(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})(?![\\d])");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-]?(\\d{2})[/-]?(\\d{2})(?=[/-])");
    private static final Pattern RELATIVE = Pattern.compile("(?<![\\p{L}\\d])(?:(" + WORDS.alternation("ago-before")
            + ")\\s+)?(\\d{1,3}|" + WORDS.alternation("one") + ")\\s*(" + WORDS.alternation("unit")
            + ")(?![\\p{L}])(?:\\s+(" + WORDS.alternation("ago-after") + ")(?![\\p{L}]))?");
    private static final Pattern DAY_WORD =
            Pattern.compile("(?<![\\p{L}])(" + WORDS.alternation("day") + ")(?![\\p{L}])");
    private static final Pattern TIME = Pattern.compile(
            "(?<![\\d])\\d{1,2}(?:[:h.]\\d{2}(?::\\d{2})?(?:\\.\\d+)?\\s*(?:[ap]\\.?\\s?m\\.?)?|\\s*[ap]\\.?\\s?m\\.?)(?![\\p{L}\\d])"
                    + "|(?<![\\p{L}])(?:gmt|utc|z)?\\s*[+\\-−]\\s*\\d{1,2}(?::?\\d{2})?(?![\\d])");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\d'’]+");
    private static final Pattern COMPACT_AGE = Pattern.compile("\\d{1,3}\\s?(?:h|hr|hrs|d|m|min|mins|w|wk|mo|y|yr)");

    private PublicationDates() {}

    /** The first absolute date in {@code text}, or null. */
    public static LocalDate parse(String text) {
        return parse(text, Hints.NONE);
    }

    /** The first date in {@code text} (a relative one only when the crawl date is known), or null. */
    public static LocalDate parse(String text, Hints hints) {
        if (text == null || text.isBlank()) {
            return null;
        }
        List<Found> found = findAll(fold(text), hints);
        return found.isEmpty() ? null : found.get(0).date();
    }

    /** The date in an article URL's path ("/2025/07/20/", "/2025-07-20/", "/20250720/"), or null. */
    public static LocalDate fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        return m.find() ? date(m.group(1), m.group(2), m.group(3)) : null;
    }

    /**
     * The line read as a date line — only a date with its label, weekday, time, zone and the like, at
     * most one other word ("· Brussels") — or null when the line says more than a date.
     */
    public static DateLine dateLine(String line, Hints hints) {
        if (line == null || line.isBlank() || line.length() > MAX_DATE_LINE) {
            return null;
        }
        String folded = fold(line);
        List<Found> found = findAll(folded, hints);
        List<int[]> relative = relativeSpans(folded);
        if (found.isEmpty() && relative.isEmpty()) {
            return null;
        }
        StringBuilder rest = new StringBuilder(folded);
        found.forEach(f -> blank(rest, f.start(), f.end()));
        relative.forEach(r -> blank(rest, r[0], r[1]));
        if (otherWords(rest, line) > 1) {
            return null;
        }
        if (found.isEmpty()) {
            return new DateLine(null, labelBefore(folded, relative.get(0)[0], 0));
        }
        Found best = null;
        Kind bestKind = null;
        int previousEnd = 0;
        for (Found f : found) {
            Kind k = labelBefore(folded, f.start(), previousEnd);
            if (best == null || k.ordinal() < bestKind.ordinal()) {
                best = f;
                bestKind = k;
            }
            previousEnd = f.end();
        }
        return new DateLine(best.date(), bestKind);
    }

    /** Whether a short line is a timestamp: a date line, a relative age ("2h", "3 days ago") or a time of day. */
    public static boolean isTimestamp(String line) {
        if (line == null || line.isBlank() || line.length() > MAX_DATE_LINE) {
            return false;
        }
        if (dateLine(line, Hints.NONE) != null) {
            return true;
        }
        String folded = fold(line);
        StringBuilder rest = new StringBuilder(folded);
        Matcher time = TIME.matcher(folded);
        boolean any = false;
        while (time.find()) {
            any |= time.group().chars().anyMatch(Character::isDigit);
        }
        Matcher age = COMPACT_AGE.matcher(folded);
        while (age.find()) {
            if (isWholeToken(folded, age.start(), age.end())) {
                blank(rest, age.start(), age.end());
                any = true;
            }
        }
        return any && otherWords(rest, line) == 0;
    }

    /** Whether a timestamp tells the time of day or an age ("8:02 am", "2 hours ago", "3h"), as comments' timestamps do. */
    public static boolean hasTimeOrAge(String s) {
        String folded = fold(s);
        Matcher time = TIME.matcher(folded);
        while (time.find()) {
            if (time.group().chars().anyMatch(Character::isDigit)
                    && time.group().matches(".*\\d[:h.]\\d.*|.*[ap]\\.?\\s?m.*")) {
                return true;
            }
        }
        Matcher age = COMPACT_AGE.matcher(folded);
        while (age.find()) {
            if (isWholeToken(folded, age.start(), age.end())) {
                return true;
            }
        }
        return !relativeSpans(folded).isEmpty();
    }

    /** Whether a word is a month name in one of the known languages ("July", "juillet", "Sept."). */
    public static boolean isMonthName(String word) {
        String w = fold(word).replaceAll("\\.$", "");
        return WORDS.months.containsKey(w);
    }

    private static boolean isWholeToken(String s, int start, int end) {
        return (start == 0 || !Character.isLetterOrDigit(s.charAt(start - 1)))
                && (end == s.length() || !Character.isLetterOrDigit(s.charAt(end)));
    }

    private static List<Found> findAll(String folded, Hints hints) {
        List<Found> out = new ArrayList<>();
        collect(YEAR_FIRST, folded, out, m -> date(m.group(1), m.group(3), m.group(4)));
        collect(CJK, folded, out, m -> date(m.group(1), m.group(2), m.group(3)));
        collect(DAY_MONTH_YEAR, folded, out, m -> date(m.group(3), WORDS.months.get(m.group(2)), m.group(1)));
        collect(MONTH_DAY_YEAR, folded, out, m -> date(m.group(3), WORDS.months.get(m.group(1)), m.group(2)));
        collect(YEAR_MONTH_DAY_WORDS, folded, out, m -> date(m.group(1), WORDS.months.get(m.group(2)), m.group(3)));
        collect(
                NUMERIC,
                folded,
                out,
                m -> numeric(
                        Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)),
                        m.group(2).charAt(0),
                        hints));
        if (hints.crawled() != null) {
            for (int[] r : relativeSpans(folded)) {
                out.add(new Found(relativeDate(folded.substring(r[0], r[1]), hints.crawled()), r[0], r[1]));
            }
        }
        out.removeIf(f -> f.date() == null);
        out.sort(Comparator.comparingInt(Found::start).thenComparing(f -> -f.end()));
        List<Found> disjoint = new ArrayList<>();
        for (Found f : out) {
            if (disjoint.isEmpty()
                    || f.start() >= disjoint.get(disjoint.size() - 1).end()) {
                disjoint.add(f);
            }
        }
        return disjoint;
    }

    private interface Reading {
        LocalDate read(Matcher m);
    }

    private static void collect(Pattern p, String folded, List<Found> out, Reading reading) {
        Matcher m = p.matcher(folded);
        while (m.find()) {
            out.add(new Found(reading.read(m), m.start(), m.end()));
        }
    }

    private static List<int[]> relativeSpans(String folded) {
        List<int[]> spans = new ArrayList<>();
        Matcher m = RELATIVE.matcher(folded);
        while (m.find()) {
            if (m.group(1) != null || m.group(4) != null) {
                spans.add(new int[] {m.start(), m.end()});
            }
        }
        Matcher d = DAY_WORD.matcher(folded);
        while (d.find()) {
            spans.add(new int[] {d.start(), d.end()});
        }
        spans.sort(Comparator.comparingInt(s -> s[0]));
        return spans;
    }

    private static LocalDate relativeDate(String phrase, LocalDate crawled) {
        Matcher d = DAY_WORD.matcher(phrase);
        if (d.matches()) {
            return crawled.plusDays(WORDS.dayOffsets.get(d.group(1)));
        }
        Matcher m = RELATIVE.matcher(phrase);
        if (!m.matches()) {
            return null;
        }
        int n = m.group(2).chars().allMatch(Character::isDigit) ? Integer.parseInt(m.group(2)) : 1;
        return switch (WORDS.units.get(m.group(3))) {
            case "minute" -> crawled.minusDays(n / (24 * 60));
            case "hour" -> crawled.minusDays(n / 24);
            case "day" -> crawled.minusDays(n);
            case "week" -> crawled.minusWeeks(n);
            case "month" -> crawled.minusMonths(n);
            default -> null;
        };
    }

    /** The kind of the label that stands between {@code from} and a date starting at {@code dateStart}. */
    private static Kind labelBefore(String folded, int dateStart, int from) {
        String before = folded.substring(from, dateStart);
        int published = lastLabel(before, WORDS.publishedLabels);
        int updated = lastLabel(before, WORDS.updatedLabels);
        if (published < 0 && updated < 0) {
            return Kind.UNLABELLED;
        }
        return published > updated ? Kind.PUBLISHED : Kind.UPDATED;
    }

    private static int lastLabel(String text, Pattern labels) {
        Matcher m = labels.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** Words left in a date line once dates, times, zones, weekdays, labels and fillers are gone. */
    private static int otherWords(StringBuilder rest, String original) {
        String r = rest.toString();
        Matcher time = TIME.matcher(r);
        StringBuilder noTime = new StringBuilder(r);
        while (time.find()) {
            blank(noTime, time.start(), time.end());
        }
        r = WORDS.labelsAndFillers.matcher(noTime).replaceAll(m -> " "
                .repeat(m.group().length()));
        int count = 0;
        Matcher w = WORD.matcher(r);
        while (w.find()) {
            String word = w.group();
            String written = original.substring(w.start(), w.end());
            boolean zone = written.length() >= 2
                    && written.length() <= 5
                    && written.chars().allMatch(Character::isUpperCase);
            if (!WORDS.weekdays.contains(word.replaceAll("\\.$", "")) && !zone && !word.matches("\\d{1,2}")) {
                count++;
            }
        }
        return count;
    }

    private static void blank(StringBuilder s, int start, int end) {
        for (int i = start; i < end; i++) {
            s.setCharAt(i, ' ');
        }
    }

    private static LocalDate numeric(int first, int second, int year, char separator, Hints hints) {
        LocalDate dayFirst = date(year, second, first);
        LocalDate monthFirst = date(year, first, second);
        if (dayFirst == null || monthFirst == null || dayFirst.equals(monthFirst)) {
            return dayFirst != null ? dayFirst : monthFirst;
        }
        if (hints.crawled() != null) {
            boolean dayFirstPossible = !dayFirst.isAfter(hints.crawled().plusDays(1));
            boolean monthFirstPossible = !monthFirst.isAfter(hints.crawled().plusDays(1));
            if (dayFirstPossible != monthFirstPossible) {
                return dayFirstPossible ? dayFirst : monthFirst;
            }
        }
        if (separator == '.') {
            return dayFirst;
        }
        Boolean localeSaysDayFirst = dayFirst(hints.locale());
        return localeSaysDayFirst == null || localeSaysDayFirst ? dayFirst : monthFirst;
    }

    /** Whether the locale writes the day before the month in short dates; null when it does not say (bare "en"). */
    static Boolean dayFirst(Locale locale) {
        if (locale == null
                || locale.getLanguage().isEmpty()
                || (locale.getLanguage().equals("en") && locale.getCountry().isEmpty())) {
            return null;
        }
        String pattern = DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                FormatStyle.SHORT, null, IsoChronology.INSTANCE, locale);
        int d = pattern.indexOf('d');
        int m = pattern.indexOf('M');
        return d < 0 || m < 0 ? null : d < m;
    }

    private static LocalDate date(String year, Integer month, String day) {
        return month == null ? null : date(Integer.parseInt(year), month, Integer.parseInt(day));
    }

    private static LocalDate date(String year, String month, String day) {
        return date(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static LocalDate date(int year, int month, int day) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Lower case without accents, Eastern Arabic digits as ASCII, one character for each character so
     * that positions in the folded text are positions in the original.
     */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = Character.toLowerCase(s.charAt(i));
            if (c == 'ı') {
                c = 'i';
            } else if (c >= '\u0660' && c <= '\u0669') {
                c = (char) ('0' + c - '\u0660');
            } else if (c >= '\u06F0' && c <= '\u06F9') {
                c = (char) ('0' + c - '\u06F0');
            } else if (c == '\u2019') {
                c = '\'';
            } else if (c > 0x7f && !Character.isSurrogate(c)) {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                if (d.length() > 1
                        && d.substring(1)
                                .codePoints()
                                .allMatch(cp -> Character.getType(cp) == Character.NON_SPACING_MARK)) {
                    c = d.charAt(0);
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The word lists of {@code date-words.tsv} and the month and weekday names of its locales. */
    private static final class Words {
        final Map<String, Integer> months = new HashMap<>();
        final Set<String> weekdays = new HashSet<>();
        final Map<String, List<String>> lists = new LinkedHashMap<>();
        final Map<String, String> units = new HashMap<>();
        final Map<String, Integer> dayOffsets = new HashMap<>();
        Pattern publishedLabels;
        Pattern updatedLabels;
        Pattern labelsAndFillers;

        static Words load() {
            Words w = new Words();
            Set<String> ambiguous = new HashSet<>();
            try (InputStream in = PublicationDates.class.getResourceAsStream("/backchannel/ingest/date-words.tsv");
                    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cols = line.split("\t");
                    if (cols.length != 3) {
                        throw new IllegalStateException("date-words.tsv: expected 3 columns: " + line);
                    }
                    String kind = cols[0].trim();
                    String value = cols[1].trim();
                    List<String> words = List.of(fold(cols[2].trim()).split("\\|"));
                    switch (kind) {
                        case "locale" -> w.addLocale(Locale.forLanguageTag(value), ambiguous);
                        case "label" -> w.lists
                                .computeIfAbsent("label-" + value, k -> new ArrayList<>())
                                .addAll(words);
                        case "month" -> words.forEach(m -> w.months.put(m, Integer.parseInt(value)));
                        case "filler", "one" -> w.lists
                                .computeIfAbsent(kind, k -> new ArrayList<>())
                                .addAll(words);
                        case "ago" -> w.lists
                                .computeIfAbsent("ago-" + value, k -> new ArrayList<>())
                                .addAll(words);
                        case "unit" -> {
                            w.lists
                                    .computeIfAbsent("unit", k -> new ArrayList<>())
                                    .addAll(words);
                            words.forEach(u -> w.units.put(u, value));
                        }
                        case "day" -> {
                            w.lists
                                    .computeIfAbsent("day", k -> new ArrayList<>())
                                    .addAll(words);
                            words.forEach(d -> w.dayOffsets.put(d, Integer.parseInt(value)));
                        }
                        default -> throw new IllegalStateException("date-words.tsv: unknown kind " + kind);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ambiguous.forEach(w.months::remove);
            w.publishedLabels =
                    Pattern.compile("(?<![\\p{L}])(?:" + w.alternation("label-published") + ")(?![\\p{L}])");
            w.updatedLabels = Pattern.compile("(?<![\\p{L}])(?:" + w.alternation("label-updated") + ")(?![\\p{L}])");
            w.labelsAndFillers = Pattern.compile("(?<![\\p{L}])(?:" + w.alternation("label-published") + "|"
                    + w.alternation("label-updated") + "|" + w.alternation("filler") + ")(?![\\p{L}])");
            return w;
        }

        private void addLocale(Locale locale, Set<String> ambiguous) {
            for (Month month : Month.values()) {
                for (TextStyle style : List.of(
                        TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
                    String name = fold(month.getDisplayName(style, locale)).replaceAll("\\.$", "");
                    boolean latin = name.chars().allMatch(c -> c < 0x250);
                    if (name.length() < (latin ? 3 : 2)
                            || name.chars().anyMatch(Character::isDigit)) { // "آب" is August
                        continue;
                    }
                    Integer before = months.putIfAbsent(name, month.getValue());
                    if (before != null && before != month.getValue()) {
                        ambiguous.add(name);
                    }
                }
            }
            for (DayOfWeek day : DayOfWeek.values()) {
                for (TextStyle style : List.of(
                        TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT, TextStyle.SHORT_STANDALONE)) {
                    weekdays.add(fold(day.getDisplayName(style, locale)).replaceAll("\\.$", ""));
                }
            }
        }

        String monthAlternation() {
            return months.keySet().stream()
                    .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s))
                    .map(Pattern::quote)
                    .collect(Collectors.joining("|"));
        }

        String alternation(String list) {
            return lists.getOrDefault(list, List.of()).stream()
                    .sorted(Comparator.comparingInt(String::length).reversed())
                    .map(PublicationDates.Words::phrase)
                    .collect(Collectors.joining("|"));
        }

        /** A listed phrase as a pattern: its spaces match any run of spaces. */
        private static String phrase(String p) {
            return Pattern.quote(p).replace(" ", "\\E\\s+\\Q");
        }
    }
}
