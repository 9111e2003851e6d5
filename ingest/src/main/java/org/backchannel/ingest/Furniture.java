package org.backchannel.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Cues that mark page furniture (related links, comment sections, share prompts, captions, credits),
 * loaded from {@code backchannel/ingest/furniture.tsv}. The words are only half of it: {@link StoryBody}
 * and {@link CommentSections} also go by the shape of blocks.
 */
public final class Furniture {
    static final int HEADING_MAX = 60;
    static final int PARAGRAPH_MAX = 400;
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s+)");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s:|>»›\\-–—]+$");
    private static final Pattern COPYRIGHT = Pattern.compile("^copyright\\s*(?:©|\\(c\\)|\\d{4})");
    /** A photo credit closing a caption: "REUTERS/Jane Doe", "(AP Photo/Jane Doe/File)". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile(
            "(?:^|[.!?\"”]\\s+|[(\\[]\\s*)[\\p{Lu}][\\p{L}\\p{M}.'&\\- ]{1,40}/\\s?[\\p{Lu}][\\p{L}\\p{M}.'\\-]+(?:\\s+[\\p{Lu}][\\p{L}\\p{M}.'\\-]*){1,3}"
                    + "(?:\\s?/\\s?[\\p{L} ]{2,20}){0,2}\\s*[)\\]]?\\s*$");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\d[\\d,.]*|no|one|two|three|four|five");

    private final Map<String, List<String>> cues = new LinkedHashMap<>();
    private Pattern counted;
    private Pattern captionStart;
    private Pattern commenterSays;

    private static final Furniture DEFAULT = load();

    public static Furniture defaults() {
        return DEFAULT;
    }

    private static Furniture load() {
        Furniture f = new Furniture();
        List<String> kinds = List.of("heading", "end", "end-start", "counted", "sentence", "anywhere", "caption", "marker", "says", "class");
        kinds.forEach(k -> f.cues.put(k, new ArrayList<>()));
        try (InputStream in = Furniture.class.getResourceAsStream("/backchannel/ingest/furniture.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                List<String> list = f.cues.get(cols[0].trim());
                if (list == null || cols.length != 2) {
                    throw new IllegalStateException("furniture.tsv: bad line " + line);
                }
                list.add(normalize(cols[1]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        f.counted = Pattern.compile("^(?:" + NUMBER_WORD.pattern() + ")\\s+(?:" + alternation(f.cues.get("counted")) + ")(?![\\p{L}])(?:\\s+(?:to|on)\\b.*)?$");
        f.captionStart = Pattern.compile("^(?:" + alternation(f.cues.get("caption")) + ")\\s*[:|/]");
        f.commenterSays = Pattern.compile("^(.{1,40}?)\\s+(?:" + alternation(f.cues.get("says")) + ")\\s*:\\s*(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return f;
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /**
     * The heading cue a short block consists of, or null: such a block opens a furniture section.
     * The block must be the cue itself, perhaps with a colon, a count or a few words after a colon
     * ("Related (3)", "Related: Russia and NATO"), so that sentences starting with the same word
     * ("Related talks in Geneva ended ...") are kept.
     */
    public String headingCue(String block) {
        return cueOf(block, cues.get("heading"));
    }

    /**
     * The cue with which a block ends the story, or null: a comment section's heading ("Comments",
     * "3 comments", "Leave a reply"), a copyright line, a wire trailer ("Reporting by ...").
     */
    public String endCue(String block) {
        String cue = cueOf(block, cues.get("end"));
        if (cue != null) {
            return cue;
        }
        String t = normalize(block);
        for (String start : cues.get("end-start")) {
            if (t.startsWith(start) && t.length() <= PARAGRAPH_MAX) {
                return start;
            }
        }
        if (COPYRIGHT.matcher(t).find() && t.length() <= PARAGRAPH_MAX) {
            return "copyright";
        }
        String words = TRAILING_PUNCTUATION.matcher(t).replaceAll("");
        if (words.length() <= 3 * HEADING_MAX && !words.endsWith(".") && words.split("\\s+").length <= 12 && counted.matcher(words).matches()) {
            return words;
        }
        return null;
    }

    private static String cueOf(String block, List<String> list) {
        String t = TRAILING_PUNCTUATION.matcher(normalize(block)).replaceAll("");
        if (t.length() > 2 * HEADING_MAX) {
            return null;
        }
        for (String h : list) {
            String cue = h.endsWith(":") ? h.substring(0, h.length() - 1) : h;
            if (t.length() > HEADING_MAX && !t.startsWith(cue + ":")) {
                continue; // only "You may also like: <a headline>" may run longer than a heading
            }
            boolean symbol = !cue.isEmpty() && !Character.isLetter(cue.charAt(0));
            if (t.equals(cue) || t.startsWith(cue + ":") || t.matches(Pattern.quote(cue) + " ?\\(\\d+\\)") || (symbol && t.startsWith(cue))) {
                return h;
            }
        }
        return null;
    }

    /** Whether a paragraph is a call to action or other furniture as a whole. */
    public boolean isFurnitureParagraph(String paragraph) {
        String t = normalize(paragraph);
        if (t.length() > PARAGRAPH_MAX) {
            return false;
        }
        if (headingCue(paragraph) != null || endCue(paragraph) != null) {
            return true;
        }
        for (String a : cues.get("anywhere")) {
            if (t.contains(a)) {
                return true;
            }
        }
        for (String s : cues.get("sentence")) {
            if (Pattern.compile(SENTENCE_START.pattern() + Pattern.quote(s)).matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether a block is an image caption or credit ("Photo: ...", "... REUTERS/Jane Doe"). */
    public boolean isCaption(String block) {
        String b = block.strip();
        if (b.length() > PARAGRAPH_MAX) {
            return false;
        }
        return captionStart.matcher(normalize(b)).find() || PHOTO_CREDIT.matcher(b).find();
    }

    /** Whether a line is the action line under a reader's comment: "Reply", "Like · Reply · 2h", "12 likes". */
    public boolean isCommentMarkerLine(String line) {
        String t = normalize(line);
        if (t.isEmpty() || t.length() > HEADING_MAX || headingCue(line) != null) {
            return false;
        }
        boolean marker = false;
        for (String token : t.split("[\\s·|•,/()\\[\\]-]+")) {
            if (token.isEmpty() || token.matches("\\d+|\\d{1,3}\\s?[hdmwy]")) {
                continue;
            }
            if (!cues.get("marker").contains(token)) {
                return false;
            }
            marker = true;
        }
        return marker;
    }

    /**
     * A "name says:" line of a comment: the name and what follows the colon on the same line, or
     * null. "The minister said: ..." is no such line (the verbs are those of comment widgets).
     */
    public String[] commenterSays(String line) {
        Matcher m = commenterSays.matcher(line.strip().replaceAll("\\s+", " "));
        return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
    }

    /** Whether an HTML class, id or data attribute names a furniture element ("related-stories", "comments-section"). */
    public boolean isFurnitureClass(String classOrId) {
        for (String part : classOrId.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            for (String k : cues.get("class")) {
                String cue = k.endsWith("-") ? k.substring(0, k.length() - 1) : k;
                if (part.equals(cue) || part.equals(cue + "s")) {
                    return true;
                }
            }
        }
        String joined = classOrId.toLowerCase(Locale.ROOT);
        for (String k : cues.get("class")) {
            if (k.contains("-") && !k.endsWith("-") && joined.contains(k)) {
                return true; // "fb-comments", "author-bio": cues that are themselves hyphenated
            }
        }
        return false;
    }

    static String normalize(String s) {
        return s.replace('\u00a0', ' ').replace('\u2019', '\'').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
