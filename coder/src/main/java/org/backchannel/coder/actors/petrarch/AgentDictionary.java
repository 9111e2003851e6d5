package org.backchannel.coder.actors.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.IngestProblem;

/**
 * Reads a PETRARCH {@code .agents} dictionary whole: lines {@code PHRASE {PLURALS} [~CODE]} (or
 * {@code [CODE~]}), substitution markers defined as {@code !PERSON! = MAN, MEN, WOMAN} and used inside
 * phrases ({@code CONGRESS!PERSON!}), comments as in {@link ActorDictionary}. A line that cannot be read
 * is reported with its cause and skipped.
 */
public final class AgentDictionary {
    private static final Pattern MARKER_DEFINITION = Pattern.compile("!([A-Z]+)!\\s*=\\s*(.+)");
    private static final Pattern MARKER = Pattern.compile("!([A-Z]+)!");
    private static final Pattern CODE = Pattern.compile("(~)?([A-Z]{3,})(~)?");

    private AgentDictionary() {}

    /** Reads a whole file; only a file that cannot be opened at all is an exception. */
    public static Loaded<AgentEntry> read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    public static Loaded<AgentEntry> parse(String source, List<String> lines) {
        List<AgentEntry> out = new ArrayList<>();
        List<IngestProblem> problems = new ArrayList<>();
        Map<String, List<String>> markers = new HashMap<>();
        ActorDictionary.Comments comments = new ActorDictionary.Comments();
        for (int i = 0; i < lines.size(); i++) {
            int n = i + 1;
            String line = comments.strip(lines.get(i)).strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = source + ":" + n;
            Matcher def = MARKER_DEFINITION.matcher(line);
            if (def.matches()) {
                List<String> values = new ArrayList<>();
                for (String v : def.group(2).split(",")) {
                    if (!v.isBlank()) {
                        values.add(v.strip());
                    }
                }
                markers.put(def.group(1), values);
                continue;
            }
            int open = line.indexOf('[');
            if (open < 0) {
                problems.add(new IngestProblem(where, "phrase without a code: '" + line + "'"));
                continue;
            }
            int close = line.indexOf(']', open);
            if (close < 0) {
                problems.add(new IngestProblem(where, "'[' without ']': '" + line.substring(open) + "'"));
                continue;
            }
            Matcher code = CODE.matcher(line.substring(open + 1, close).strip());
            if (!code.matches() || (code.group(1) == null) == (code.group(3) == null)) {
                problems.add(new IngestProblem(
                        where, "not an agent code (~CODE or CODE~): '" + line.substring(open, close + 1) + "'"));
                continue;
            }
            if (!line.substring(close + 1).isBlank()) {
                problems.add(new IngestProblem(
                        where,
                        "text after the code: '" + line.substring(close + 1).strip() + "'"));
                continue;
            }
            String head = line.substring(0, open);
            List<String> plurals = new ArrayList<>();
            int brace = head.indexOf('{');
            if (brace >= 0) {
                int end = head.indexOf('}', brace);
                if (end < 0) {
                    problems.add(new IngestProblem(where, "'{' without '}'"));
                    continue;
                }
                for (String p : head.substring(brace + 1, end).strip().split("\\s+")) {
                    if (!p.isEmpty()) {
                        plurals.add(words(p));
                    }
                }
                head = head.substring(0, brace);
            }
            String phrase = head.strip();
            if (phrase.isEmpty()) {
                problems.add(new IngestProblem(where, "code without a phrase"));
                continue;
            }
            List<String> expanded = expand(phrase, markers);
            if (expanded == null) {
                problems.add(new IngestProblem(where, "undefined substitution marker in '" + phrase + "'"));
                continue;
            }
            if (expanded.isEmpty()) {
                problems.add(new IngestProblem(
                        where,
                        "substitution markers in '" + phrase + "' expand to more than " + MAX_EXPANSIONS
                                + " phrases or through more than " + MAX_DEPTH + " markers (circular?)"));
                continue;
            }
            for (String p : expanded) {
                out.add(new AgentEntry(source, n, words(p), plurals, code.group(2), code.group(1) != null));
            }
        }
        return new Loaded<>(out, problems);
    }

    /** Most phrases one entry may expand to, and most markers substituted along one expansion. */
    static final int MAX_EXPANSIONS = 1_000;

    static final int MAX_DEPTH = 16;

    /** Thrown when an entry's markers expand beyond the limits (a marker standing for itself, or a blow-up). */
    private static final class TooLarge extends RuntimeException {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /**
     * Every phrase a marker stands for ({@code CONGRESS!PERSON!} → congressman, congressmen, ...); null
     * if a marker is undefined; an empty list when the expansion is circular or larger than
     * {@link #MAX_EXPANSIONS}.
     */
    private static List<String> expand(String phrase, Map<String, List<String>> markers) {
        List<String> out = new ArrayList<>();
        try {
            return expand(phrase, markers, out, 0) ? out : null;
        } catch (TooLarge e) {
            return List.of();
        }
    }

    private static boolean expand(String phrase, Map<String, List<String>> markers, List<String> out, int depth) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) {
            if (out.size() >= MAX_EXPANSIONS) {
                throw new TooLarge();
            }
            out.add(phrase);
            return true;
        }
        if (depth >= MAX_DEPTH) {
            throw new TooLarge();
        }
        List<String> values = markers.get(m.group(1));
        if (values == null) {
            return false;
        }
        for (String v : values) {
            if (!expand(phrase.substring(0, m.start()) + v + phrase.substring(m.end()), markers, out, depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private static String words(String s) {
        return s.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
