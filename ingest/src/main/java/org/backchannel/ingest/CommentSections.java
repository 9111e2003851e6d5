package org.backchannel.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds where readers' comments begin below a story by the shape of their entries, whatever their
 * words: a short name with a timestamp on its line or the next ("Ana M." / "July 21, 2025 at 8:02
 * am", "jdoe · 2h"), a "name says:" line, a username followed by a colon, or the action line under
 * a comment ("Reply", "Like · Reply"). One entry with a name and a timestamp (unless more story
 * follows it than a comment holds), or one "Reply", is enough; weaker signs (a username's "wrote:",
 * "Like") must come twice. A body line like "Rubio says:" before a quotation is no sign at all.
 */
final class CommentSections {
    private static final int MAX_NAME = 40;
    private static final int MAX_NAME_WORDS = 4;
    private static final int MAX_TIMESTAMP = 60;
    private static final int MAX_LONE_COMMENT_WORDS = 120;
    private static final int CLOCKED = 2;
    private static final int DATED = 1;
    private static final Pattern CAPITALIZED = Pattern.compile("[\\p{Lu}][\\p{L}\\p{M}'’.\\-]*");
    private static final Pattern USERNAME =
            Pattern.compile("@?[\\p{L}\\d_.\\-]*[\\d_][\\p{L}\\d_.\\-]*|@[\\p{L}\\d_.\\-]{2,30}");
    private static final Pattern HANDLE = Pattern.compile("@?[\\p{Ll}\\d_.\\-]{3,30}");
    private static final Pattern SEPARATORS = Pattern.compile("^[\\s·|•,:\\-–—]+|[\\s·|•,:\\-–—]+$");
    private static final Pattern USER_COLON = Pattern.compile("^(\\S{3,30}):\\s+\\S.*");

    private final Furniture furniture;

    CommentSections(Furniture furniture) {
        this.furniture = furniture;
    }

    /**
     * The index of the line where comments begin, or -1.
     *
     * @param lines the lines of the page's text, a blank line between blocks
     * @param from  the first line where comments may begin (after the story's first paragraph)
     */
    int start(List<String> lines, int from) {
        int firstWeak = -1;
        int weak = 0;
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean shortLine = line.length() <= MAX_NAME + MAX_TIMESTAMP;
            int named = entry(lines, i, shortLine);
            if (named > 0 && onlyCommentsFollow(lines, i, named == CLOCKED)) {
                return firstWeak >= 0 ? firstWeak : i;
            }
            if (shortLine && furniture.isReplyLine(line)) {
                int start = entryStart(lines, i);
                return firstWeak >= 0 ? Math.min(firstWeak, start) : start;
            }
            int signal = weakSignal(lines, i);
            if (signal >= 0) {
                weak++;
                firstWeak = firstWeak >= 0 ? firstWeak : signal;
                if (weak >= 2) {
                    return firstWeak;
                }
            }
        }
        return -1;
    }

    /**
     * Whether line {@code i} heads a comment, a name with a timestamp on its line or the next: 0 for
     * no, {@link #CLOCKED} when the timestamp tells the time or an age, {@link #DATED} for a bare date.
     */
    private int entry(List<String> lines, int i, boolean shortLine) {
        String line = lines.get(i).strip();
        String timestamp = null;
        if (shortLine) {
            timestamp = timestampOnLine(line);
        }
        if (timestamp == null && isName(nameOf(line))) {
            timestamp = timestampFollowing(lines, i);
        }
        if (timestamp == null) {
            return 0;
        }
        return PublicationDates.hasTimeOrAge(timestamp) ? CLOCKED : DATED;
    }

    /**
     * Whether what follows a name-and-timestamp entry reads as comments: another entry or sign of a
     * comment, or, when the timestamp tells the time, no more than a comment's worth of words. A
     * subheading over a bare date in a timeline ("Key Dates" / "20 July 2025") is no comment alone.
     */
    private boolean onlyCommentsFollow(List<String> lines, int entry, boolean clocked) {
        int words = 0;
        for (int j = entry + 1; j < lines.size(); j++) {
            String line = lines.get(j).strip();
            if (line.isEmpty()) {
                continue;
            }
            boolean shortLine = line.length() <= MAX_NAME + MAX_TIMESTAMP;
            if (entry(lines, j, shortLine) > 0
                    || (shortLine && furniture.isCommentMarkerLine(line))
                    || weakSignal(lines, j) >= 0) {
                return true;
            }
            words += line.split("\\s+").length;
        }
        return clocked && words <= MAX_LONE_COMMENT_WORDS;
    }

    /** Where the entry begins that a weak sign at line {@code i} belongs to, or -1 for no sign. */
    private int weakSignal(List<String> lines, int i) {
        String line = lines.get(i).strip();
        String[] says = furniture.commenterSays(line);
        if (says != null && isUsername(says[0])) {
            return i; // "jdoe_77 wrote:"; "Rubio says:" before a quotation is no sign
        }
        java.util.regex.Matcher user = USER_COLON.matcher(line);
        if (user.matches() && isUsername(user.group(1))) {
            return i;
        }
        if (furniture.isCommentMarkerLine(line)) {
            return entryStart(lines, i);
        }
        return -1;
    }

    /** The first line of the comment above a "Reply" line: back over its text to a blank line, and over a name or timestamp above. */
    private int entryStart(List<String> lines, int marker) {
        int i = marker - 1;
        while (i >= 0 && lines.get(i).isBlank()) {
            i--;
        }
        while (i > 0 && !lines.get(i - 1).isBlank()) {
            i--;
        }
        int above = i - 1;
        while (above >= 0 && lines.get(above).isBlank()) {
            above--;
        }
        if (above >= 0 && (isName(nameOf(lines.get(above))) || PublicationDates.isTimestamp(lines.get(above)))) {
            int j = above;
            while (j > 0 && !lines.get(j - 1).isBlank()) {
                j--;
            }
            return j;
        }
        return Math.max(i, 0);
    }

    /** The timestamp after a name on the same line ("Ana M. · July 21, 2025 at 8:02 am", "jdoe 2h"), or null. */
    private String timestampOnLine(String line) {
        String[] tokens = line.split("\\s+");
        for (int k = 1; k < tokens.length && k <= MAX_NAME_WORDS; k++) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, k));
            String rest = String.join(" ", java.util.Arrays.copyOfRange(tokens, k, tokens.length));
            rest = rest.replaceFirst("(?i)^[\\s·|•,:\\-–—]*(?:on|at|le|el|am)\\s+", "");
            String[] says = furniture.commenterSays(rest);
            if (says != null && says[1].isBlank()) {
                rest = says[0];
            }
            if (rest.length() <= MAX_TIMESTAMP
                    && isName(SEPARATORS.matcher(name).replaceAll(""))
                    && PublicationDates.isTimestamp(rest)) {
                return rest;
            }
        }
        return null;
    }

    private static String timestampFollowing(List<String> lines, int i) {
        int next = i + 1;
        if (next < lines.size() && lines.get(next).isBlank()) {
            next++;
        }
        return next < lines.size()
                        && PublicationDates.isTimestamp(lines.get(next).strip())
                ? lines.get(next).strip()
                : null;
    }

    /** The name of a "name says:" line, or the line itself. */
    private String nameOf(String line) {
        String[] says = furniture.commenterSays(line);
        return says != null && says[1].isBlank()
                ? says[0]
                : SEPARATORS.matcher(line.strip()).replaceAll("");
    }

    /** A commenter's name: one to four capitalized words or initials, or a username. */
    private boolean isName(String s) {
        if (s == null || s.isBlank() || s.length() > MAX_NAME) {
            return false;
        }
        String[] words = s.strip().split("\\s+");
        if (words.length > MAX_NAME_WORDS) {
            return false;
        }
        boolean shaped = words.length == 1
                && (isUsername(words[0]) || HANDLE.matcher(words[0]).matches());
        if (!shaped) {
            for (String w : words) {
                if (!CAPITALIZED.matcher(w).matches() && !isUsername(w)) {
                    return false;
                }
            }
        }
        return furniture.headingCue(s) == null
                && furniture.endCue(s) == null
                && !furniture.isCommentMarkerLine(s)
                && !PublicationDates.isTimestamp(s);
    }

    private static boolean isUsername(String s) {
        return USERNAME.matcher(s.strip()).matches() && s.chars().anyMatch(Character::isLetter);
    }
}
