package org.backchannel.nlp.depparse;

import edu.stanford.nlp.io.IOUtils;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The weights and vocabularies of a CoreNLP neural dependency-parser model, read from its text
 * format (the {@code english_UD.gz} in CoreNLP's models jar): embeddings of words, tags and labels,
 * the hidden layer stored column by column, its bias, the output layer stored by hidden unit, and
 * the feature ids the model ranks for precomputation. Immutable after loading.
 */
public final class ParserModel {
    /** CoreNLP's English Universal Dependencies model, the one its {@code depparse} annotator loads. */
    public static final String ENGLISH_UD = "edu/stanford/nlp/models/parser/nndep/english_UD.gz";
    /** The number of features the model's arc-standard state is described by (words, tags, labels). */
    public static final int FEATURES = 48;

    static final String UNKNOWN = "-UNKNOWN-";
    static final String NULL = "-NULL-";
    static final String ROOT = "-ROOT-";

    final Map<String, Integer> wordIds;
    final Map<String, Integer> tagIds;
    final Map<String, Integer> labelIds;
    /** Label names by id minus the first label id; transition t labels its arc with {@code labels.get(t % labels.size())}. */
    final List<String> labels;

    final int embeddingSize;
    final int hiddenSize;
    /** Embeddings by token id (words, then tags, then labels). */
    final float[][] embeddings;
    /** The hidden layer's weights, one row per input column ({@code FEATURES * embeddingSize} rows). */
    final float[][] hiddenByColumn;

    final float[] hiddenBias;
    /** The output layer's weights, one row per hidden unit, widened to double as CoreNLP multiplies them. */
    final double[][] outputByHidden;
    /** The token id of each transition label's embedding, and of the missing child's label. */
    final int[] labelTokens;

    final int nullLabelToken;
    /** Feature ids ({@code token * FEATURES + position}) in the model's precomputation order. */
    final int[] precomputable;

    private ParserModel(
            Map<String, Integer> wordIds,
            Map<String, Integer> tagIds,
            Map<String, Integer> labelIds,
            List<String> labels,
            float[][] embeddings,
            float[][] hiddenByColumn,
            float[] hiddenBias,
            double[][] outputByHidden,
            int[] precomputable) {
        this.wordIds = wordIds;
        this.tagIds = tagIds;
        this.labelIds = labelIds;
        this.labels = labels;
        this.embeddings = embeddings;
        this.embeddingSize = embeddings[0].length;
        this.hiddenByColumn = hiddenByColumn;
        this.hiddenSize = hiddenBias.length;
        this.hiddenBias = hiddenBias;
        this.outputByHidden = outputByHidden;
        this.precomputable = precomputable;
        this.labelTokens = labels.stream().mapToInt(labelIds::get).toArray();
        this.nullLabelToken = labelIds.get(NULL);
    }

    /** Reads a model from the class path, a file or a URL, as CoreNLP resolves model paths. */
    public static ParserModel load(String path) {
        try (BufferedReader in = IOUtils.readerFromString(path)) {
            String first = in.readLine();
            if (first != null && first.startsWith("language=")) {
                throw new IllegalArgumentException(path + ": models with a language header are not supported");
            }
            int words = header(first, "dict");
            int tags = header(in.readLine(), "pos");
            int labelCount = header(in.readLine(), "label");
            int embeddingSize = header(in.readLine(), "embeddingSize");
            int hiddenSize = header(in.readLine(), "hiddenSize");
            int features = header(in.readLine(), "numTokens");
            int precomputed = header(in.readLine(), "preComputed");
            if (features != FEATURES) {
                throw new IllegalArgumentException(path + ": " + features + " features, expected " + FEATURES);
            }
            float[][] embeddings = new float[words + tags + labelCount][];
            Map<String, Integer> wordIds = new HashMap<>();
            Map<String, Integer> tagIds = new HashMap<>();
            Map<String, Integer> labelIds = new HashMap<>();
            List<String> labelNames = new ArrayList<>();
            int id = 0;
            for (int k = 0; k < embeddings.length; k++, id++) {
                String[] parts = line(in).split(" ");
                Map<String, Integer> ids = k < words ? wordIds : k < words + tags ? tagIds : labelIds;
                ids.put(parts[0], id);
                if (k >= words + tags) {
                    labelNames.add(parts[0]);
                }
                embeddings[k] = floats(parts, 1, embeddingSize);
            }
            float[][] hiddenByColumn = new float[features * embeddingSize][];
            for (int j = 0; j < hiddenByColumn.length; j++) {
                hiddenByColumn[j] = floats(line(in).split(" "), 0, hiddenSize);
            }
            float[] bias = floats(line(in).split(" "), 0, hiddenSize);
            int transitions = labelCount * 2 - 1;
            double[][] output = new double[hiddenSize][transitions];
            for (int h = 0; h < hiddenSize; h++) {
                String[] parts = line(in).split(" ");
                for (int t = 0; t < transitions; t++) {
                    output[h][t] = Float.parseFloat(parts[t]);
                }
            }
            int[] precomputable = new int[precomputed];
            int n = 0;
            while (n < precomputed) {
                for (String part : line(in).split(" ")) {
                    precomputable[n++] = Integer.parseInt(part);
                }
            }
            // the first label is -NULL-, the label of a missing child; transitions use the rest
            List<String> labels = List.copyOf(labelNames.subList(1, labelNames.size()));
            return new ParserModel(
                    wordIds, tagIds, labelIds, labels, embeddings, hiddenByColumn, bias, output, precomputable);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the dependency parser model " + path, e);
        }
    }

    private static int header(String line, String name) {
        try {
            if (line != null && line.startsWith(name + "=")) {
                return Integer.parseInt(line.substring(name.length() + 1).trim());
            }
        } catch (NumberFormatException e) {
            // reported below with the line
        }
        throw new IllegalArgumentException("dependency parser model: expected " + name + "=N, found " + line);
    }

    /** The next line of the model, which must not end before all its parts are read. */
    private static String line(BufferedReader in) throws IOException {
        String line = in.readLine();
        if (line == null) {
            throw new IllegalArgumentException("dependency parser model: the file ends before all its weights");
        }
        return line;
    }

    private static float[] floats(String[] parts, int from, int count) {
        float[] v = new float[count];
        for (int i = 0; i < count; i++) {
            v[i] = Float.parseFloat(parts[from + i]);
        }
        return v;
    }

    int transitions() {
        return labels.size() * 2 + 1;
    }

    int wordId(String word) {
        Integer id = wordIds.get(word);
        return id != null ? id : wordIds.get(UNKNOWN);
    }

    int tagId(String tag) {
        Integer id = tagIds.get(tag);
        return id != null ? id : tagIds.get(UNKNOWN);
    }

    int tokenCount() {
        return embeddings.length;
    }
}
