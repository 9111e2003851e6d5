package org.backchannel.coder.patterns.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.patterns.DiscardList;

/**
 * Reads PETRARCH's discard list (Phoenix.discards.txt): one phrase a line, {@code #} comments; a
 * leading '+' discards the whole story, otherwise the sentence; a trailing '_' asks for a whole word,
 * otherwise the phrase's last word is a stem. Each phrase falls in a group the selection can keep or
 * drop: "discard-year" (a bare year such as 1945), "discard-time" (YEARS AGO, MONTHS LATER) and
 * "discard-topic" (sports, entertainment, disasters, history: everything else).
 */
public final class PhoenixDiscards {
    /** One converted phrase. */
    public record Row(String scope, String phrase, String match, int line, String group) {}

    private PhoenixDiscards() {}

    public static List<Row> convert(List<String> lines, Tally rejected) {
        List<Row> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int hash = line.indexOf('#');
            String text = (hash < 0 ? line : line.substring(0, hash)).strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean story = text.startsWith("+");
            if (story) {
                text = text.substring(1).strip();
            }
            boolean word = text.endsWith("_");
            List<String> words = DiscardList.words(text.replace('_', ' '));
            if (words.isEmpty()) {
                rejected.add("no words", "line " + (i + 1) + ": " + line.strip());
                continue;
            }
            String phrase = String.join(" ", words);
            String scope = story ? "story" : "sentence";
            String match = word ? "word" : "stem";
            if (!seen.add(scope + "|" + phrase + "|" + match)) {
                rejected.add("duplicate phrase", "line " + (i + 1) + ": " + phrase);
                continue;
            }
            out.add(new Row(scope, phrase, match, i + 1, group(words)));
        }
        return out;
    }

    static String group(List<String> words) {
        if (words.size() == 1 && words.get(0).matches("\\d{4}")) {
            return "discard-year";
        }
        String last = words.get(words.size() - 1);
        if (words.size() == 2 && (last.equals("ago") || last.equals("later"))) {
            return "discard-time";
        }
        return "discard-topic";
    }
}
