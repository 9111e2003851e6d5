package org.backchannel.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Wire datelines and agency credits, which say where a story was filed and who filed it but are no
 * part of what happened: "NAIROBI (Reuters) -", "LIMA, Peru —", "KYIV, Ukraine, July 20 (AP) —",
 * "(AFP) -", "AP -", "WASHINGTON:", "New Delhi, July 20 (PTI)", a headline's trailing "(Reuters)", a
 * "— AFP" credit line. Agencies, kicker words and acronyms that are never places are data
 * ({@code wire-sources.tsv}); the shapes are rules, so an agency not listed still reads as one when
 * it stands in a dateline after a place in capitals.
 */
public final class Datelines {
    /**
     * A dateline at the start of a paragraph.
     *
     * @param place  the place as written, without the date ("NAIROBI", "LIMA, Peru"), or null ("AP -")
     * @param agency the agency's name as the data file gives it, or as written when not listed; or null
     * @param end    where the story's own words begin in the paragraph
     */
    public record Dateline(String place, String agency, int end) {}

    private static final String CAPS_WORD = "[\\p{Lu}][\\p{Lu}\\p{M}'’.\\-]*(?![\\p{Ll}\\d])";
    private static final String TITLE_WORD = "[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*";
    private static final Pattern CAPS_PLACE = Pattern.compile(CAPS_WORD + "(?:[ \\t]+" + CAPS_WORD
            + "){0,4}(?:\\s*/\\s*" + CAPS_WORD + "(?:[ \\t]+" + CAPS_WORD + "){0,4}){0,3}");
    private static final Pattern TITLE_PLACE = Pattern.compile(TITLE_WORD + "(?:[ \\t]+" + TITLE_WORD + "){0,3}");
    private static final Pattern QUALIFIER = Pattern.compile(
            ",[ \\t]*(" + TITLE_WORD + "(?:[ \\t]+(?:" + TITLE_WORD + "|of|de|del|da|do|and|the|la|el))*)");
    private static final Pattern DATE = Pattern.compile(
            ",?[ \\t]*(?:([\\p{L}]{3,10})\\.?[ \\t]+\\d{1,2}|\\d{1,2}\\.?[ \\t]+([\\p{L}]{3,10})\\.?)(?:,?[ \\t]+\\d{4})?(?![\\p{L}\\d])");
    private static final Pattern PARENTHESIS = Pattern.compile("[ \\t]*\\(([^()\\n]{2,40})\\)");
    /** A dash after a dateline; a bare hyphen needs a space beside it, so that "CARACAS-based" is no dateline. */
    private static final Pattern DASH = Pattern.compile("[ \\t]*(?:--|[–—−])\\s*|[ \\t]+-\\s*|-[ \\t]+");

    private static final Pattern COLON = Pattern.compile(":\\s+");
    private static final Pattern NAME_LIKE =
            Pattern.compile("[\\p{Lu}&][\\p{L}\\p{M}.&'’\\-]*(?:[ \\t/]+[\\p{Lu}&][\\p{L}\\p{M}.&'’\\-]*){0,4}");
    private static final Pattern DOMAIN = Pattern.compile(
            "[\\p{L}\\d][\\p{L}\\d\\-]*(?:\\.[\\p{L}\\d\\-]+)*\\.(?:com|org|net|co\\.uk|co|info|news)(?![\\p{L}\\d])");
    private static final Pattern STORY_START = Pattern.compile("[\\p{L}\\d\"“‘'(«¿¡]");

    private final Map<String, String> agencyByForm = new LinkedHashMap<>();
    private final Set<String> notPlaces = new HashSet<>();
    private final Pattern agencyLead;
    private final Pattern kicker;
    private final Pattern trailingCredit;
    private final Pattern creditLine;

    private static final Datelines DEFAULT = new Datelines();

    public static Datelines defaults() {
        return DEFAULT;
    }

    private Datelines() {
        Set<String> kickers = new HashSet<>();
        try (InputStream in = Datelines.class.getResourceAsStream("/backchannel/ingest/wire-sources.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                if (cols.length != 3) {
                    throw new IllegalStateException("wire-sources.tsv: expected 3 columns: " + line);
                }
                for (String form : cols[2].split("\\|")) {
                    String f = form.strip();
                    switch (cols[0].trim()) {
                        case "agency" -> {
                            agencyByForm.putIfAbsent(f, cols[1].strip());
                            agencyByForm.putIfAbsent(f.toUpperCase(Locale.ROOT), cols[1].strip());
                        }
                        case "kicker" -> kickers.add(f);
                        case "not-place" -> notPlaces.add(f);
                        default -> throw new IllegalStateException("wire-sources.tsv: unknown kind " + cols[0]);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String agencies = alternation(agencyByForm.keySet());
        String agencyList = "(?:" + agencies + ")(?:[ \\t]*(?:/|,|&|and)[ \\t]*(?:" + agencies + "))*";
        agencyLead = Pattern.compile("(" + agencies + "|" + DOMAIN.pattern() + ")[ \\t]*(?:--|[-–—])[ \\t]+");
        kicker = Pattern.compile("(?:" + alternation(kickers) + ")(?:[ \\t]+\\d+)?[ \\t]*(?:--|[-–—:])[ \\t]*(?=\\S)");
        trailingCredit = Pattern.compile("(?:[ \\t]*[(\\[][ \\t]*(" + agencyList
                + ")[ \\t]*[)\\]]|[ \\t]+(?:--|[-–—|])[ \\t]+(" + agencyList + "))[ \\t]*$");
        creditLine = Pattern.compile(
                "(?i:[-–—(\\[][ \\t]*)?(?i:(?:with[ \\t]+)?(?:inputs?|additional reporting|reporting)[ \\t]+from[ \\t]+|sources?[ \\t]*:[ \\t]*|via[ \\t]+)?"
                        + "(" + agencyList + "|(?i:agencies|wire services|news agencies|wires))[ \\t]*[)\\]]?\\.?");
    }

    private static String alternation(Set<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /** The agency's name for one of its forms ("AP" → "Associated Press"), or null when not listed. */
    public String agency(String form) {
        return form == null ? null : agencyByForm.get(form.strip());
    }

    /** The dateline opening a paragraph (after any kicker word), or null when it opens with the story itself. */
    public Dateline at(String paragraph) {
        return at(paragraph, false);
    }

    /**
     * The dateline opening a paragraph, or null; with {@code withAgency} only one that names an agency
     * ("NAIROBI (Reuters) -", "AP -"), as headlines may open with a place in capitals ("VENEZUELA: ...").
     */
    public Dateline at(String paragraph, boolean withAgency) {
        String s = paragraph;
        int pos = skipKicker(s, 0);
        String place = null;
        String agency = null;
        boolean found = false;
        for (int round = 0; round < 2; round++) {
            Dateline d = one(s, pos);
            if (d == null) {
                break;
            }
            found = true;
            place = place != null ? place : d.place();
            agency = agency != null ? agency : d.agency();
            pos = d.end();
        }
        return found && (agency != null || !withAgency) ? new Dateline(place, agency, pos) : null;
    }

    /** Where the words after a kicker ("EXCLUSIVE-", "UPDATE 2-", "ANALYSIS:") begin, or {@code from}. */
    int skipKicker(String s, int from) {
        Matcher k = kicker.matcher(s).region(from, s.length());
        return k.lookingAt() ? k.end() : from;
    }

    private Dateline one(String s, int from) {
        Matcher lead = agencyLead.matcher(s).region(from, s.length());
        if (lead.lookingAt() && storyFollows(s, lead.end())) {
            String written = lead.group(1);
            return new Dateline(null, agency(written) != null ? agency(written) : written, lead.end());
        }
        Matcher paren = PARENTHESIS.matcher(s).region(from, s.length());
        if (paren.lookingAt()) {
            String agency = agencyIn(paren.group(1));
            Matcher dash = DASH.matcher(s).region(paren.end(), s.length());
            if (agency != null && dash.lookingAt() && storyFollows(s, dash.end())) {
                return new Dateline(null, agency, dash.end());
            }
            return null;
        }
        Matcher caps = CAPS_PLACE.matcher(s).region(from, s.length());
        boolean capitals = caps.lookingAt()
                && letters(caps.group()) >= 2
                && !notPlaces.contains(caps.group().replace(".", ""));
        Matcher title = TITLE_PLACE.matcher(s).region(from, s.length());
        if (!capitals && !title.lookingAt()) {
            return null;
        }
        int i = capitals ? caps.end() : title.end();
        int placeEnd = i;
        boolean dated = false;
        for (int part = 0; part < 3; part++) {
            Matcher date = DATE.matcher(s).region(i, s.length());
            if (date.lookingAt()
                    && PublicationDates.isMonthName(date.group(1) != null ? date.group(1) : date.group(2))) {
                i = date.end();
                dated = true;
                continue;
            }
            Matcher qualifier = QUALIFIER.matcher(s).region(i, s.length());
            if (!dated && qualifier.lookingAt() && qualifier.group(1).length() <= 40) {
                i = qualifier.end();
                placeEnd = i;
                continue;
            }
            break;
        }
        String place = s.substring(from, placeEnd).strip();
        Matcher agencyParen = PARENTHESIS.matcher(s).region(i, s.length());
        String agency = null;
        boolean listed = false;
        if (agencyParen.lookingAt()) {
            String inside = agencyParen.group(1).strip();
            listed = agencyIn(inside) != null;
            agency = listed
                    ? agencyIn(inside)
                    : capitals && NAME_LIKE.matcher(inside).matches() ? inside : null;
            if (agency != null) {
                i = agencyParen.end();
            }
        }
        if (!capitals && !listed) {
            return null; // "New Delhi, July 20 (PTI)" is a dateline; "Moscow — the Kremlin said" is a sentence
        }
        Matcher dash = DASH.matcher(s).region(i, s.length());
        Matcher colon = COLON.matcher(s).region(i, s.length());
        if (dash.lookingAt()) {
            i = dash.end();
        } else if (agency == null && capitals && colon.lookingAt() && !dated) {
            i = colon.end();
        } else if (agency == null) {
            return null;
        }
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        if (!storyFollows(s, i)) {
            return null;
        }
        if (agency == null && capitals && letters(place) < 3 && place.indexOf(',') < 0 && !dated) {
            return null;
        }
        return new Dateline(place, agency, i);
    }

    /** The listed agency among "AP/Reuters", "dpa-AFX", "Reuters", or null. */
    private String agencyIn(String inside) {
        String whole = agency(inside);
        if (whole != null) {
            return whole;
        }
        for (String part : inside.split("[/,&]|\\band\\b")) {
            String a = agency(part);
            if (a != null) {
                return a;
            }
        }
        return null;
    }

    private static boolean storyFollows(String s, int i) {
        return i >= s.length()
                || s.substring(i).isBlank()
                || STORY_START.matcher(s).region(i, s.length()).lookingAt();
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }

    /** The words of a headline without a kicker in front or an agency credit behind. */
    public String cleanHeadline(String title) {
        if (title == null) {
            return null;
        }
        String t = title.substring(skipKicker(title, 0));
        return trailingCredit.matcher(t).replaceFirst("").strip();
    }

    /** The agency credited at the end of a paragraph ("... (Reuters)", "... - AFP"), or null. */
    public String trailingAgency(String paragraph) {
        Matcher m = trailingCredit.matcher(paragraph);
        if (!m.find()) {
            return null;
        }
        String form = m.group(1) != null ? m.group(1) : m.group(2);
        return agencyIn(form);
    }

    /** A paragraph without its trailing agency credit. */
    public String withoutTrailingCredit(String paragraph) {
        return trailingCredit.matcher(paragraph).replaceFirst("");
    }

    /** The agency a credit line names ("— Reuters", "(AFP)", "With inputs from PTI", "Source: agencies"), or null. */
    public String creditLine(String block) {
        Matcher m = creditLine.matcher(block.strip());
        if (!m.matches()) {
            return null;
        }
        String a = agencyIn(m.group(1));
        return a != null ? a : m.group(1);
    }

    /** The agency a byline names ("Jane Doe, Reuters", "Reuters staff", "By AFP"), or null. */
    public String agencyInByline(String byline) {
        if (byline == null) {
            return null;
        }
        for (String part : byline.split("[,|/]|\\band\\b|\\bfor\\b|\\bwith\\b")) {
            String a = agency(part.strip().replaceAll("(?i)\\s+(staff|news agency|wire)$", ""));
            if (a != null) {
                return a;
            }
        }
        return null;
    }
}
