package org.backchannel.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Cues that mark page furniture (related links, comment widgets, share prompts), loaded from
 * {@code backchannel/ingest/furniture.tsv}.
 */
public final class Furniture {
    static final int HEADING_MAX = 60;
    static final int PARAGRAPH_MAX = 400;
    private static final Pattern SENTENCE_START = Pattern.compile("(?:^|[.!?]\\s+)");

    private final List<String> headings = new ArrayList<>();
    private final List<String> sentenceStarts = new ArrayList<>();
    private final List<String> anywhere = new ArrayList<>();
    private final List<String> classes = new ArrayList<>();

    private static final Furniture DEFAULT = load();

    public static Furniture defaults() {
        return DEFAULT;
    }

    private static Furniture load() {
        Furniture f = new Furniture();
        try (InputStream in = Furniture.class.getResourceAsStream("/backchannel/ingest/furniture.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                String phrase = cols[1].trim().toLowerCase(Locale.ROOT);
                switch (cols[0].trim()) {
                    case "heading" -> f.headings.add(phrase);
                    case "sentence" -> f.sentenceStarts.add(phrase);
                    case "anywhere" -> f.anywhere.add(phrase);
                    case "class" -> f.classes.add(phrase);
                    default -> throw new IllegalStateException("furniture.tsv: unknown kind " + cols[0]);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return f;
    }

    /**
     * The heading cue a short block consists of, or null: such a block opens a furniture section.
     * The block must be the cue itself, perhaps with a colon, a count or a few words after a colon
     * ("Comments (3)", "Related: Russia and NATO"), so that sentences starting with the same word
     * ("Comments by the minister angered Beijing.") are kept.
     */
    public String headingCue(String block) {
        String t = normalize(block).replaceAll("[\\s:|>»›-]+$", "");
        if (t.length() > 2 * HEADING_MAX) {
            return null;
        }
        for (String h : headings) {
            String cue = h.endsWith(":") ? h.substring(0, h.length() - 1) : h;
            if (t.length() > HEADING_MAX && !t.startsWith(cue + ":")) {
                continue; // only "You may also like: <a headline>" may run longer than a heading
            }
            if (t.equals(cue) || t.startsWith(cue + ":") || t.matches(Pattern.quote(cue) + " ?\\(\\d+\\)")
                    || (cue.equals("\u00a9") && t.startsWith(cue)) || (cue.equals("copyright") && t.startsWith("copyright "))) {
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
        if (headingCue(paragraph) != null) {
            return true;
        }
        for (String a : anywhere) {
            if (t.contains(a)) {
                return true;
            }
        }
        for (String s : sentenceStarts) {
            if (Pattern.compile(SENTENCE_START.pattern() + Pattern.quote(s)).matcher(t).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether an HTML class or id names a furniture element ("related-stories", "comments-section"). */
    public boolean isFurnitureClass(String classOrId) {
        for (String part : classOrId.toLowerCase(Locale.ROOT).split("[\\s_-]+")) {
            for (String k : classes) {
                String cue = k.endsWith("-") ? k.substring(0, k.length() - 1) : k;
                if (part.equals(cue) || part.equals(cue + "s")) {
                    return true;
                }
            }
        }
        return false;
    }

    static String normalize(String s) {
        return s.replace('\u00a0', ' ').replace('\u2019', '\'').trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
