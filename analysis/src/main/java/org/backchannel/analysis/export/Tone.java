package org.backchannel.analysis.export;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.io.Tsv;

/**
 * The tone of a text as GDELT's AvgTone states it: the share of positive words minus the share of
 * negative words, in percent (-100 to +100, news mostly within ±10). Words come from the project's
 * own lexicon (tone-lexicon.tsv); a negator within the two words before a cue flips it.
 */
public final class Tone {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)?");
    private static final List<String> NEGATORS = List.of("not", "no", "never", "without", "nor");
    private static final Tone DEFAULT = new Tone(Tsv.resource("/backchannel/export/tone-lexicon.tsv"));

    private final Map<String, Integer> exact = new HashMap<>();
    private final TreeMap<String, Integer> prefixes = new TreeMap<>();

    private Tone(List<Tsv.Row> rows) {
        for (Tsv.Row r : rows) {
            String w = r.col(0);
            int polarity;
            switch (r.col(1)) {
                case "+1" -> polarity = 1;
                case "-1" -> polarity = -1;
                default -> throw r.error("polarity must be +1 or -1, not " + r.col(1));
            }
            if (!w.matches("[a-z]+\\*?")) {
                throw r.error("a cue is one lower-case word, optionally ending in '*': " + w);
            }
            Map<String, Integer> into = w.endsWith("*") ? prefixes : exact;
            if (into.put(w.endsWith("*") ? w.substring(0, w.length() - 1) : w, polarity) != null) {
                throw r.error("cue listed twice: " + w);
            }
        }
    }

    public static Tone defaults() {
        return DEFAULT;
    }

    /** Cues in the lexicon (exact words and prefixes). */
    public int size() {
        return exact.size() + prefixes.size();
    }

    /** The polarity of one lower-case word: an exact cue first, else the longest prefix cue; 0 when none. */
    public int polarity(String word) {
        Integer p = exact.get(word);
        if (p != null) {
            return p;
        }
        for (int n = word.length(); n >= 3; n--) {
            Integer q = prefixes.get(word.substring(0, n));
            if (q != null) {
                return q;
            }
        }
        return 0;
    }

    /** 100 × (positive − negative) / words; 0 for a text without words. */
    public double of(String text) {
        if (text == null) {
            return 0;
        }
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        int score = 0;
        String back1 = "";
        String back2 = "";
        while (m.find()) {
            String w = m.group();
            words++;
            int p = polarity(w);
            if (p != 0 && (NEGATORS.contains(back1) || NEGATORS.contains(back2))) {
                p = -p;
            }
            score += p;
            back2 = back1;
            back1 = w;
        }
        return words == 0 ? 0 : 100.0 * score / words;
    }
}
