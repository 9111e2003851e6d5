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
            for (String p : expanded) {
                out.add(new AgentEntry(source, n, words(p), plurals, code.group(2), code.group(1) != null));
            }
        }
        return new Loaded<>(out, problems);
    }

    /** Every phrase a marker stands for ({@code CONGRESS!PERSON!} → congressman, congressmen, ...); null if undefined. */
    private static List<String> expand(String phrase, Map<String, List<String>> markers) {
        Matcher m = MARKER.matcher(phrase);
        if (!m.find()) {
            return List.of(phrase);
        }
        List<String> values = markers.get(m.group(1));
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            List<String> rest = expand(phrase.substring(0, m.start()) + v + phrase.substring(m.end()), markers);
            if (rest == null) {
                return null;
            }
            out.addAll(rest);
        }
        return out;
    }

    private static String words(String s) {
        return s.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
