package org.backchannel.coder.patterns;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.io.Tsv;

/**
 * Phrases that mark text the coder must not code: sports results, history, weather. A sentence
 * phrase silences its sentence; a story phrase silences the whole document. Matching is on lower-case
 * words; a "stem" phrase also matches longer words that start with its last word ("champion" in
 * "championship"), a "word" phrase only whole words.
 */
public final class DiscardList {
    /** A list that discards nothing. */
    public static final DiscardList EMPTY = new DiscardList(List.of());

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");

    /** One phrase: its words, whether its last word is a stem, whether it silences the whole story. */
    public record Entry(boolean story, List<String> words, boolean stem, String source) {
        public String phrase() {
            return String.join(" ", words);
        }
    }

    private final Map<String, List<Entry>> byFirstWord = new HashMap<>();
    private final Map<String, List<Entry>> singleStems = new HashMap<>();
    private final int size;

    public DiscardList(List<Entry> entries) {
        for (Entry e : entries) {
            if (e.words().size() == 1 && e.stem()) {
                singleStems
                        .computeIfAbsent(e.words().get(0), k -> new ArrayList<>())
                        .add(e);
            } else {
                byFirstWord
                        .computeIfAbsent(e.words().get(0), k -> new ArrayList<>())
                        .add(e);
            }
        }
        size = entries.size();
    }

    /** Reads {@code scope phrase match source} rows (see the header of patterns/discards.tsv). */
    static DiscardList load(String resource) {
        List<Entry> entries = new ArrayList<>();
        for (Tsv.Row r : Tsv.resource(resource)) {
            String scope = r.col(0);
            String match = r.col(2);
            if (!scope.equals("sentence") && !scope.equals("story")) {
                throw r.error("scope must be sentence or story: " + scope);
            }
            if (!match.equals("word") && !match.equals("stem")) {
                throw r.error("match must be word or stem: " + match);
            }
            List<String> words = words(r.col(1));
            if (words.isEmpty()) {
                throw r.error("empty phrase");
            }
            entries.add(new Entry(scope.equals("story"), words, match.equals("stem"), r.source() + ":" + r.line()));
        }
        return new DiscardList(entries);
    }

    /** The lower-case words of a text as the list matches them ("Semi-final" is "semi", "final"). */
    public static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    public int size() {
        return size;
    }

    /** The sentence-level entry found in the text, or null. */
    public Entry sentenceMatch(String text) {
        return find(text, false);
    }

    /**
     * The sentence-level entry that sets a parsed sentence aside, or null. A phrase that only
     * describes something else ("U.S. basketball star Brittney Griner", "a football pitch in Majdal
     * Shams") or dates by comparison ("the largest incursion since World War Two") is not what the
     * sentence is about, and sets nothing aside.
     */
    public Entry sentenceMatch(org.backchannel.model.ParsedSentence s) {
        if (size == 0) {
            return null;
        }
        List<String> w = new ArrayList<>();
        List<Integer> tokenOf = new ArrayList<>();
        for (org.backchannel.model.Token t : s.tokens()) {
            for (String word : words(t.word())) {
                w.add(word);
                tokenOf.add(t.index());
            }
        }
        return find(w, false, (from, to) -> aside(s, tokenOf.get(from), tokenOf.get(to)));
    }

    /**
     * Whether the phrase over tokens {@code first..last} only describes a noun outside it (its head
     * is a compound or adjective of that noun) or follows "since".
     */
    private static boolean aside(org.backchannel.model.ParsedSentence s, int first, int last) {
        for (int t = first; t <= last; t++) {
            for (org.backchannel.model.Dependency d : s.parents(t)) {
                boolean outside = d.governor() < first || d.governor() > last;
                if (outside
                        && d.governor() >= 0
                        && (d.relation().equals("compound") || d.relation().equals("amod"))
                        && s.token(d.governor()).isNoun()) {
                    return true;
                }
            }
            for (org.backchannel.model.Dependency d : s.children(t)) {
                if (d.relation().equals("case") && s.token(d.dependent()).word().equalsIgnoreCase("since")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The story-level entry found in the text, or null. */
    public Entry storyMatch(String text) {
        return find(text, true);
    }

    private Entry find(String text, boolean story) {
        if (size == 0 || text == null) {
            return null;
        }
        return find(words(text), story, (from, to) -> false);
    }

    /** The first entry matching the words, skipping matches over words {@code from..to} that {@code skip} rejects. */
    private Entry find(List<String> w, boolean story, java.util.function.BiPredicate<Integer, Integer> skip) {
        for (int k = 0; k < w.size(); k++) {
            String word = w.get(k);
            for (int end = 1; end <= word.length(); end++) { // a one-word stem is a prefix of the word
                for (Entry e : singleStems.getOrDefault(word.substring(0, end), List.of())) {
                    if (e.story() == story && !skip.test(k, k)) {
                        return e;
                    }
                }
            }
            for (Entry e : byFirstWord.getOrDefault(w.get(k), List.of())) {
                if (e.story() == story
                        && matchesAt(w, k, e)
                        && !skip.test(k, k + e.words().size() - 1)) {
                    return e;
                }
            }
        }
        return null;
    }

    private static boolean matchesAt(List<String> w, int k, Entry e) {
        int n = e.words().size();
        if (k + n > w.size()) {
            return false;
        }
        for (int j = 1; j < n; j++) {
            String word = w.get(k + j);
            String want = e.words().get(j);
            boolean last = j == n - 1;
            if (!(word.equals(want) || (last && e.stem() && word.startsWith(want)))) {
                return false;
            }
        }
        return n > 1 || !e.stem();
    }
}
