package org.backchannel.coder.patterns.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH2's CAMEO verb dictionary (CAMEO.2.0.txt) read as written, before any interpretation:
 * synonym sets ({@code &NAME} with {@code +PHRASE} members), verb blocks ({@code --- NAME [code] ---})
 * with their member verbs and {@code -} pattern lines, and the {@code ~} transformation lines.
 * Everything after {@code #} on a line is a comment; pattern comments keep the verb the pattern was
 * first written for.
 */
public record CameoDictionary(Map<String, Synset> synsets, List<Block> blocks, List<Line> transformations) {

    /** A line kept for the report. */
    public record Line(int number, String text) {}

    /**
     * A synonym set. {@code nouns} is false when its label ends in '_' (auxiliaries, prepositions:
     * PETRARCH makes no plurals for them). Phrases are upper-case words joined by single spaces.
     */
    public record Synset(String name, boolean nouns, List<String> phrases, int line) {}

    /** A member verb line: {@code SPEED {SPEEDS SPED}}, {@code +CALL_OFF [160]}; code null when none is given. */
    public record Member(String verb, String code, int line) {}

    /** A pattern line: the text between '-' and the code, the code inside [...], and the comment. */
    public record PatternLine(String text, String code, String comment, int line) {}

    /** A verb block: its name, default code ("---" for none), members and patterns. */
    public record Block(String name, String code, int line, List<Member> members, List<PatternLine> patterns) {}

    private static final String VERB_SECTION = "####### VERB PATTERNS";
    private static final Pattern BLOCK = Pattern.compile("---\\s+(\\S+)\\s*(?:\\[([^\\]]*)\\])?\\s*-*");

    /** Reads the dictionary's lines (the whole file, in order). */
    public static CameoDictionary parse(List<String> lines) {
        Map<String, Synset> synsets = new LinkedHashMap<>();
        List<Block> blocks = new ArrayList<>();
        List<Line> transformations = new ArrayList<>();
        boolean verbs = false;
        String synsetName = null;
        int synsetLine = 0;
        List<String> phrases = new ArrayList<>();
        Block block = null;
        for (int i = 0; i < lines.size(); i++) {
            int number = i + 1;
            String raw = lines.get(i);
            if (raw.startsWith(VERB_SECTION)) {
                verbs = true;
                continue;
            }
            int hash = raw.indexOf('#');
            String comment = hash < 0 ? "" : raw.substring(hash + 1).strip();
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!verbs) {
                if (line.startsWith("&")) {
                    if (synsetName != null) {
                        synsets.put(synsetName, synset(synsetName, phrases, synsetLine));
                    }
                    synsetName = line.split("\\s+")[0];
                    synsetLine = number;
                    phrases = new ArrayList<>();
                } else if (line.startsWith("+") && synsetName != null) {
                    phrases.add(line.substring(1).strip());
                }
                continue;
            }
            if (line.startsWith("---")) {
                Matcher m = BLOCK.matcher(line);
                String name = m.matches() ? m.group(1) : line;
                String code = m.matches() && m.group(2) != null ? m.group(2).strip() : "---";
                block = new Block(name, code, number, new ArrayList<>(), new ArrayList<>());
                blocks.add(block);
            } else if (line.startsWith("~")) {
                transformations.add(new Line(number, line));
            } else if (line.startsWith("-") && block != null) {
                int open = line.lastIndexOf('[');
                int close = line.lastIndexOf(']');
                String code = open >= 0 && close > open
                        ? line.substring(open + 1, close).strip()
                        : null;
                String text = (open >= 0 ? line.substring(1, open) : line.substring(1)).strip();
                block.patterns().add(new PatternLine(text, code, comment, number));
            } else if (block != null) {
                String code = null;
                int open = line.lastIndexOf('[');
                if (open >= 0 && line.endsWith("]")) {
                    code = line.substring(open + 1, line.length() - 1).strip();
                    line = line.substring(0, open).strip();
                }
                int brace = line.indexOf('{');
                String verb =
                        (brace < 0 ? line : line.substring(0, brace)).strip().split("\\s+")[0];
                block.members().add(new Member(verb, code, number));
            }
        }
        if (synsetName != null) {
            synsets.put(synsetName, synset(synsetName, phrases, synsetLine));
        }
        return new CameoDictionary(synsets, blocks, transformations);
    }

    private static Synset synset(String name, List<String> members, int line) {
        List<String> phrases = new ArrayList<>();
        for (String m : members) {
            phrases.add(m.replace('_', ' ').strip().replaceAll("\\s+", " "));
        }
        return new Synset(name, !name.endsWith("_"), List.copyOf(phrases), line);
    }

    /** Member verb lines in all blocks. */
    public int memberCount() {
        return blocks.stream().mapToInt(b -> b.members().size()).sum();
    }

    /** Pattern lines in all blocks. */
    public int patternCount() {
        return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
    }
}
