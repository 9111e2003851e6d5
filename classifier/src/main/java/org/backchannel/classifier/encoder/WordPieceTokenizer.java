package org.backchannel.classifier.encoder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The uncased BERT tokenizer (Devlin et al. 2019; WordPiece after Wu et al. 2016): lower case,
 * accents stripped, split on white space and punctuation, then each word cut greedily into the
 * longest vocabulary pieces ("##" marks a piece inside a word). Reads the vocabulary of a Hugging
 * Face {@code tokenizer.json}.
 */
public final class WordPieceTokenizer {
    private static final int MAX_WORD_CHARS = 100;
    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int classify;
    private final int separator;

    WordPieceTokenizer(Map<String, Integer> vocabulary) {
        this.vocabulary = Map.copyOf(vocabulary);
        this.unknown = id("[UNK]");
        this.classify = id("[CLS]");
        this.separator = id("[SEP]");
    }

    /** The tokenizer of a {@code tokenizer.json} classpath resource. */
    public static WordPieceTokenizer fromResource(String resource) {
        try (InputStream in = WordPieceTokenizer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode model = new ObjectMapper().readTree(in).path("model");
            if (!"WordPiece".equals(model.path("type").asText())) {
                throw new IllegalStateException(resource + ": not a WordPiece tokenizer");
            }
            Map<String, Integer> vocab = new HashMap<>();
            model.path("vocab")
                    .fields()
                    .forEachRemaining(e -> vocab.put(e.getKey(), e.getValue().asInt()));
            return new WordPieceTokenizer(vocab);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int id(String token) {
        Integer id = vocabulary.get(token);
        if (id == null) {
            throw new IllegalStateException("vocabulary lacks " + token);
        }
        return id;
    }

    /** Token ids of a text between [CLS] and [SEP], at most {@code maxLength} in all. */
    public long[] encode(String text, int maxLength) {
        List<Integer> ids = new ArrayList<>();
        ids.add(classify);
        for (String word : words(text)) {
            ids.addAll(pieces(word));
            if (ids.size() >= maxLength - 1) {
                break;
            }
        }
        int n = Math.min(ids.size(), maxLength - 1);
        long[] out = new long[n + 1];
        for (int i = 0; i < n; i++) {
            out[i] = ids.get(i);
        }
        out[n] = separator;
        return out;
    }

    /** Lower-cased, accent-free words and punctuation marks, as BERT's basic tokenizer splits them. */
    static List<String> words(String text) {
        String t = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < t.length(); ) {
            int c = t.codePointAt(i);
            i += Character.charCount(c);
            if (Character.getType(c) == Character.NON_SPACING_MARK
                    || c == 0
                    || c == 0xFFFD
                    || (Character.isISOControl(c) && !Character.isWhitespace(c))) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                b.append(' ');
            } else if (isPunctuation(c) || isCjk(c)) {
                b.append(' ').appendCodePoint(c).append(' ');
            } else {
                b.appendCodePoint(c);
            }
        }
        List<String> out = new ArrayList<>();
        for (String w : b.toString().split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** Greedy longest-match-first pieces of one word; [UNK] for a word the vocabulary cannot spell. */
    List<Integer> pieces(String word) {
        if (word.length() > MAX_WORD_CHARS) {
            return List.of(unknown);
        }
        List<Integer> out = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            Integer id = null;
            int end = word.length();
            for (; end > start; end--) {
                id = vocabulary.get((start > 0 ? "##" : "") + word.substring(start, end));
                if (id != null) {
                    break;
                }
            }
            if (id == null) {
                return List.of(unknown);
            }
            out.add(id);
            start = end;
        }
        return out;
    }

    /** ASCII symbols count as punctuation too ("$", "^"), as in BERT. */
    private static boolean isPunctuation(int c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    private static boolean isCjk(int c) {
        return (c >= 0x4E00 && c <= 0x9FFF)
                || (c >= 0x3400 && c <= 0x4DBF)
                || (c >= 0x20000 && c <= 0x2A6DF)
                || (c >= 0x2A700 && c <= 0x2B81F)
                || (c >= 0xF900 && c <= 0xFAFF)
                || (c >= 0x2F800 && c <= 0x2FA1F);
    }
}
