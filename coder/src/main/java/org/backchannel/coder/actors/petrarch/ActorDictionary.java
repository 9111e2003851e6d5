package org.backchannel.coder.actors.petrarch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.IngestProblem;

/**
 * Reads a PETRARCH {@code .actors} dictionary whole. The format: a primary phrase
 * ({@code BILL_CLINTON_}, words joined by underscores or blanks), optionally followed by codes on the
 * same line; synonym lines starting with {@code +}; indented code lines {@code [USAGOV 930120-010120]},
 * {@code [CODE >YYMMDD]}, {@code [CODE <YYMMDD]} or an undated {@code [CODE]}; {@code [---]} for
 * "not an actor". Dates are YYYYMMDD or YYMMDD (years 00–30 are 20YY, as PETRARCH reads them).
 * Comments start with {@code #} or {@code ;}, or sit between {@code <!--} and {@code -->}. Primary
 * phrases that follow each other with no code between them name the same actor.
 *
 * <p>A line that cannot be read is reported with its cause and skipped; reading goes on.
 */
public final class ActorDictionary {
    private static final Pattern CODE = Pattern.compile("([A-Z0-9]{3,}|---)(?:\\s+(.*))?");
    private static final Pattern OPEN = Pattern.compile("([<>])\\s*(\\d+)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*-\\s*(\\d+)");

    private ActorDictionary() {}

    /** Reads a whole file; only a file that cannot be opened at all is an exception. */
    public static Loaded<ActorEntry> read(Path file) {
        try {
            return parse(file.getFileName().toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads the lines of a dictionary; {@code source} names it in problems. */
    public static Loaded<ActorEntry> parse(String source, List<String> lines) {
        return new Reader(source).read(lines);
    }

    /** The reading state of one file. */
    private static final class Reader {
        private final String source;
        private final List<ActorEntry> entries = new ArrayList<>();
        private final List<IngestProblem> problems = new ArrayList<>();
        private int entryLine;
        private List<String> names;
        private List<DatedCode> codes;
        private boolean sawCode;

        Reader(String source) {
            this.source = source;
        }

        Loaded<ActorEntry> read(List<String> lines) {
            Comments comments = new Comments();
            for (int i = 0; i < lines.size(); i++) {
                int n = i + 1;
                String raw = lines.get(i);
                if (raw.contains("---STOP---")) {
                    break;
                }
                String line = comments.strip(raw);
                if (line.isBlank()) {
                    continue;
                }
                char first = line.charAt(0);
                if (first == '+') {
                    synonym(line.substring(1), n);
                } else if (Character.isWhitespace(first) || first == '[') {
                    String rest = line.strip();
                    if (rest.startsWith("[")) {
                        codeLine(rest, n);
                    } else {
                        problem(n, "indented line without a code in brackets: '" + shorten(rest) + "'");
                    }
                } else {
                    primary(line, n);
                }
            }
            finish();
            return new Loaded<>(entries, problems);
        }

        private void primary(String line, int n) {
            if (names != null && sawCode) {
                finish();
            }
            int bracket = line.indexOf('[');
            String phrase = phrase(bracket < 0 ? line : line.substring(0, bracket), n);
            if (names == null) {
                names = new ArrayList<>();
                codes = new ArrayList<>();
                sawCode = false;
                entryLine = n;
            }
            if (phrase != null) {
                names.add(phrase);
            }
            if (bracket >= 0) {
                codes(line.substring(bracket), n);
            }
        }

        private void synonym(String text, int n) {
            if (names == null) {
                problem(n, "synonym before any entry");
                return;
            }
            int bracket = text.indexOf('[');
            String phrase = phrase(bracket < 0 ? text : text.substring(0, bracket), n);
            if (phrase != null) {
                names.add(phrase);
            }
            if (bracket >= 0) {
                codes(text.substring(bracket), n);
            }
        }

        private void codeLine(String text, int n) {
            if (names == null) {
                problem(n, "code before any entry");
                return;
            }
            codes(text, n);
        }

        /** Every {@code [...]} group of a line; text outside them is reported. */
        private void codes(String text, int n) {
            sawCode = true;
            int k = 0;
            while (k < text.length()) {
                char c = text.charAt(k);
                if (Character.isWhitespace(c)) {
                    k++;
                    continue;
                }
                if (c != '[') {
                    problem(n, "text after the codes: '" + shorten(text.substring(k)) + "'");
                    return;
                }
                int close = text.indexOf(']', k);
                if (close < 0) {
                    problem(n, "'[' without ']': '" + shorten(text.substring(k)) + "'");
                    return;
                }
                DatedCode code = code(text.substring(k + 1, close).strip(), n);
                if (code != null) {
                    codes.add(code);
                }
                k = close + 1;
            }
        }

        private DatedCode code(String content, int n) {
            Matcher m = CODE.matcher(content);
            if (!m.matches()) {
                problem(n, "not a code: '[" + content + "]'");
                return null;
            }
            String code = m.group(1);
            String restriction = m.group(2) == null ? "" : m.group(2).strip();
            if (restriction.isEmpty()) {
                return new DatedCode(code, null, null, n);
            }
            Matcher open = OPEN.matcher(restriction);
            if (open.matches()) {
                LocalDate d = date(open.group(2), n);
                if (d == null) {
                    return null;
                }
                return open.group(1).equals(">") ? new DatedCode(code, d, null, n) : new DatedCode(code, null, d, n);
            }
            Matcher range = RANGE.matcher(restriction);
            if (range.matches()) {
                LocalDate from = date(range.group(1), n);
                LocalDate to = date(range.group(2), n);
                if (from == null || to == null) {
                    return null;
                }
                if (to.isBefore(from)) {
                    problem(n, "range ends before it starts: '" + restriction + "'");
                    return null;
                }
                return new DatedCode(code, from, to, n);
            }
            if (restriction.matches("\\d+")) {
                problem(n, "date without '<', '>' or a range: '[" + content + "]'");
            } else {
                problem(n, "cannot read the date restriction '" + restriction + "'");
            }
            return null;
        }

        /** YYYYMMDD, or YYMMDD with years up to 30 in this century as PETRARCH reads them. */
        private LocalDate date(String digits, int n) {
            int year;
            int month;
            int day;
            if (digits.length() == 8) {
                year = Integer.parseInt(digits.substring(0, 4));
                month = Integer.parseInt(digits.substring(4, 6));
                day = Integer.parseInt(digits.substring(6, 8));
            } else if (digits.length() == 6) {
                int yy = Integer.parseInt(digits.substring(0, 2));
                year = yy <= 30 ? 2000 + yy : 1900 + yy;
                month = Integer.parseInt(digits.substring(2, 4));
                day = Integer.parseInt(digits.substring(4, 6));
            } else {
                problem(n, "date '" + digits + "' has " + digits.length() + " digits (YYMMDD or YYYYMMDD expected)");
                return null;
            }
            try {
                return LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                problem(n, "no such date: '" + digits + "'");
                return null;
            }
        }

        /** A phrase in spaced form, or null (reported) when it cannot be one. */
        private String phrase(String text, int n) {
            String p = text.replace('_', ' ').replaceAll("\\s+", " ").strip();
            if (p.isEmpty()) {
                problem(n, "empty phrase");
                return null;
            }
            if (p.indexOf('\uFFFD') >= 0) {
                problem(n, "phrase with a character lost to a wrong encoding: '" + p + "'");
                return null;
            }
            if (p.contains("+")) {
                problem(n, "'+' inside a phrase (two synonyms on one line?): '" + p + "'");
                return null;
            }
            if (p.contains("]")) {
                problem(n, "']' without '[': '" + p + "'");
                return null;
            }
            return p;
        }

        private void finish() {
            if (names == null) {
                return;
            }
            if (codes.isEmpty() && !sawCode) {
                problem(entryLine, "entry without a code: '" + (names.isEmpty() ? "" : names.get(0)) + "'");
            } else if (!names.isEmpty() && !codes.isEmpty()) {
                entries.add(new ActorEntry(source, entryLine, names, codes));
            }
            names = null;
            codes = null;
        }

        private void problem(int n, String cause) {
            problems.add(new IngestProblem(source + ":" + n, cause));
        }
    }

    private static String shorten(String s) {
        String t = s.strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }

    /** Removes comments: {@code #} or {@code ;} to the end of the line, {@code <!-- -->} across lines. */
    static final class Comments {
        private boolean inXml;

        String strip(String line) {
            StringBuilder out = new StringBuilder();
            int k = 0;
            while (k < line.length()) {
                if (inXml) {
                    int end = line.indexOf("-->", k);
                    if (end < 0) {
                        return out.toString();
                    }
                    inXml = false;
                    k = end + 3;
                    continue;
                }
                int xml = line.indexOf("<!--", k);
                int hash = firstOf(line, k);
                if (hash >= 0 && (xml < 0 || hash < xml)) {
                    out.append(line, k, hash);
                    return out.toString();
                }
                if (xml >= 0) {
                    out.append(line, k, xml);
                    inXml = true;
                    k = xml + 4;
                    continue;
                }
                out.append(line.substring(k));
                break;
            }
            return out.toString();
        }

        private static int firstOf(String line, int from) {
            int hash = line.indexOf('#', from);
            int semi = line.indexOf(';', from);
            if (hash < 0) {
                return semi;
            }
            return semi < 0 ? hash : Math.min(hash, semi);
        }
    }
}
