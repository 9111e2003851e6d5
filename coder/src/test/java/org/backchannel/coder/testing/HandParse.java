package org.backchannel.coder.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.backchannel.model.Dependency;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Parsed sentences written by hand, so that coder rules can be tested on exactly the graph they
 * are about, without CoreNLP. Tokens are {@code word/POS[/NER[/lemma]]} separated by spaces (NER
 * defaults to O, the lemma to the lower-cased word); dependencies are {@code rel(governor, dependent)}
 * with tokens named by their word, or by {@code word-N} (1-based position) when a word repeats.
 */
public final class HandParse {
    private static final Pattern DEP = Pattern.compile("([a-z:_]+)\\(\\s*([^,\\s]+)\\s*,\\s*([^)\\s]+)\\s*\\)");

    private HandParse() {}

    public static ParsedSentence sentence(int index, String tokens, String dependencies) {
        List<Token> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String t : tokens.trim().split("\\s+")) {
            String[] f = t.split("/");
            String word = f[0];
            String pos = f.length > 1 ? f[1] : "NN";
            String ner = f.length > 2 ? f[2] : "O";
            String lemma = f.length > 3 ? f[3] : word.toLowerCase(Locale.ROOT);
            if (text.length() > 0) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(word);
            out.add(new Token(out.size(), word, lemma, pos, ner, begin, text.length()));
        }
        List<Dependency> deps = new ArrayList<>();
        Matcher m = DEP.matcher(dependencies);
        while (m.find()) {
            deps.add(new Dependency(find(out, m.group(2)), find(out, m.group(3)), m.group(1)));
        }
        return new ParsedSentence(index, text.toString(), 0, text.length(), out, deps);
    }

    public static ParsedSentence sentence(String tokens, String dependencies) {
        return sentence(0, tokens, dependencies);
    }

    /** A document of hand-parsed sentences (their character offsets restart at each sentence). */
    public static ParsedDocument document(java.time.LocalDate day, ParsedSentence... sentences) {
        StringBuilder text = new StringBuilder();
        for (ParsedSentence s : sentences) {
            text.append(s.text()).append(' ');
        }
        Document d = new Document(
                "hand",
                "test",
                null,
                null,
                null,
                day,
                null,
                null,
                text.toString().strip(),
                List.of(),
                "hand");
        return new ParsedDocument(d, List.of(sentences));
    }

    private static int find(List<Token> tokens, String ref) {
        if (ref.equalsIgnoreCase("ROOT")) {
            return -1;
        }
        Matcher numbered = Pattern.compile("(.+)-(\\d+)").matcher(ref);
        if (numbered.matches()) {
            int i = Integer.parseInt(numbered.group(2)) - 1;
            if (!tokens.get(i).word().equals(numbered.group(1))) {
                throw new IllegalArgumentException(
                        "token " + (i + 1) + " is " + tokens.get(i).word() + ", not " + numbered.group(1));
            }
            return i;
        }
        for (Token t : tokens) {
            if (t.word().equals(ref)) {
                return t.index();
            }
        }
        throw new IllegalArgumentException("no token " + ref);
    }
}
