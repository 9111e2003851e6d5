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

    private static final Pattern COUNT_SUFFIX = Pattern.compile(" ?\\(\\d+\\)$");
    private static final Pattern AGE_OR_NUMBER = Pattern.compile("\\d+|\\d{1,3}\\s?[hdmwy]");
    private static final Pattern NUMBER_WORD = Pattern.compile("\\d[\\d,.]*|no|one|two|three|four|five");

    private final Map<String, List<String>> cues = new LinkedHashMap<>();
    /** Heading and end cues without a trailing colon, to the cue as listed. */
    private final Map<String, Map<String, String>> cueIndex = new LinkedHashMap<>();

    private Pattern counted;
    private Pattern captionStart;
    private Pattern commenterSays;
    private Pattern sentenceCue;

    private static final Furniture DEFAULT = load();

    public static Furniture defaults() {
        return DEFAULT;
    }

    private static Furniture load() {
        Furniture f = new Furniture();
        List<String> kinds = List.of(
                "heading",
                "end",
                "end-start",
                "counted",
                "sentence",
                "anywhere",
                "caption",
                "reply",
                "marker",
                "says",
                "class");
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
        f.counted = Pattern.compile("^(?:" + NUMBER_WORD.pattern() + ")\\s+(?:" + alternation(f.cues.get("counted"))
                + ")(?![\\p{L}])(?:\\s+(?:to|on)\\b.*)?$");
        for (String kind : List.of("heading", "end")) {
            Map<String, String> index = new LinkedHashMap<>();
            f.cues.get(kind).forEach(c -> index.putIfAbsent(c.endsWith(":") ? c.substring(0, c.length() - 1) : c, c));
            f.cueIndex.put(kind, index);
        }
        f.sentenceCue = Pattern.compile(SENTENCE_START.pattern() + "(?:" + alternation(f.cues.get("sentence")) + ")");
        f.captionStart = Pattern.compile("^(?:" + alternation(f.cues.get("caption")) + ")\\s*[:|/]");
        f.commenterSays = Pattern.compile(
                "^(.{1,40}?)\\s+(?:" + alternation(f.cues.get("says")) + ")\\s*:\\s*(.*)$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        return f;
    }

    private static String alternation(List<String> words) {
        return words.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
    }

    /**
     * The heading cue a short block consists of, or null: such a block opens a furniture section.
     * The block must be the cue itself, perhaps with a colon, a count or a few words after a colon
     * ("Related (3)", "Related: Russia and NATO"), so that sentences starting with the same word
     * ("Related talks in Geneva ended ...") are kept.
     */
    public String headingCue(String block) {
        return cueOf(block, "heading");
    }

    /**
     * The cue with which a block ends the story, or null: a comment section's heading ("Comments",
     * "3 comments", "Leave a reply"), a copyright line, a wire trailer ("Reporting by ...").
     */
    public String endCue(String block) {
        if (block.length() > 2 * PARAGRAPH_MAX) {
            return null;
        }
        String cue = cueOf(block, "end");
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
        if (words.length() <= 3 * HEADING_MAX
                && !words.endsWith(".")
                && words.split("\\s+").length <= 12
                && counted.matcher(words).matches()) {
            return words;
        }
        return null;
    }

    private String cueOf(String block, String kind) {
        if (block.length() > 4 * HEADING_MAX) {
            return null;
        }
        String normalized = normalize(block);
        String t = TRAILING_PUNCTUATION.matcher(normalized).replaceAll("");
        if (t.length() > 2 * HEADING_MAX) {
            return null;
        }
        Map<String, String> byCue = cueIndex.get(kind);
        String exact = byCue.containsKey(normalized) ? byCue.get(normalized) : byCue.get(t);
        if (exact == null && t.length() <= HEADING_MAX) {
            exact = byCue.get(COUNT_SUFFIX.matcher(t).replaceFirst(""));
        }
        if (exact != null) {
            return exact;
        }
        int colon = t.indexOf(':');
        if (colon > 0 && byCue.containsKey(t.substring(0, colon))) {
            return byCue.get(t.substring(0, colon)); // "Related: Russia and NATO", "You may also like: <a headline>"
        }
        if (t.length() <= HEADING_MAX) {
            for (Map.Entry<String, String> cue : byCue.entrySet()) {
                if (!Character.isLetter(cue.getKey().charAt(0)) && t.startsWith(cue.getKey())) {
                    return cue.getValue(); // "© 2025 Example News"
                }
            }
        }
        return null;
    }

    /** Whether a paragraph is a call to action or other furniture as a whole. */
    public boolean isFurnitureParagraph(String paragraph) {
        if (paragraph.length() > 2 * PARAGRAPH_MAX) {
            return false;
        }
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
        return sentenceCue.matcher(t).find();
    }

    /** Whether a block is an image caption or credit ("Photo: ...", "... REUTERS/Jane Doe"). */
    public boolean isCaption(String block) {
        String b = block.strip();
        if (b.length() > PARAGRAPH_MAX) {
            return false;
        }
        return captionStart.matcher(normalize(b)).find()
                || PHOTO_CREDIT.matcher(b).find();
    }

    /** Whether a line is the action line under a reader's comment: "Reply", "Like · Reply · 2h", "12 likes". */
    public boolean isCommentMarkerLine(String line) {
        return markerWords(line) > 0;
    }

    /** Whether a comment's action line offers a reply ("Reply", "Like · Reply"), which no story has. */
    public boolean isReplyLine(String line) {
        return markerWords(line) > 1;
    }

    /** 0 for no action line, 1 for one of markers only, 2 for one with a reply word. */
    private int markerWords(String line) {
        String t = normalize(line);
        if (t.isEmpty() || t.length() > HEADING_MAX || headingCue(line) != null) {
            return 0;
        }
        int kind = 0;
        for (String token : t.split("[\\s·|•,/()\\[\\]-]+")) {
            if (token.isEmpty() || AGE_OR_NUMBER.matcher(token).matches()) {
                continue;
            }
            if (cues.get("reply").contains(token)) {
                kind = 2;
            } else if (cues.get("marker").contains(token)) {
                kind = Math.max(kind, 1);
            } else {
                return 0;
            }
        }
        return kind;
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

    /** Lower case, straight apostrophes, one space for each run of white space, trimmed (a loop: it runs on every block). */
    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c == '\u2019' ? '\'' : Character.toLowerCase(c));
        }
        return b.toString();
    }
}
