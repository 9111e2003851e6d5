package org.backchannel.classifier.encoder;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (Reimers and Gurevych 2019, Sentence-BERT; Wang et al. 2020,
 * MiniLM), run in process by ONNX Runtime: the mean of the last hidden states over the text's tokens,
 * scaled to unit length, 384 numbers. Each text runs alone, so that a vector never depends on what it
 * was batched with, and vectors are cached by text. One encoder per model and JVM ({@link #shared}).
 */
public final class SentenceEncoder implements AutoCloseable {
    /**
     * The encoders this project can run: the ONNX files of the langchain4j model artifacts it depends
     * on. The full-precision all-minilm-l6-v2 (90 MB, about half as fast) was measured as no more
     * accurate for the head and is not shipped; adding its artifact and a constant here brings it back.
     */
    public enum Model {
        /** 8-bit quantized weights: 23 MB. */
        MINILM_Q("all-minilm-l6-v2-q");

        private final String file;

        Model(String file) {
            this.file = file;
        }

        /** The name written into a head file: which encoder its vectors came from. */
        public String fileName() {
            return file;
        }

        public static Model named(String name) {
            for (Model m : values()) {
                if (m.file.equals(name)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown encoder " + name + " (all-minilm-l6-v2-q)");
        }
    }

    public static final int DIMENSION = 384;
    /** Word pieces read per text: clauses are short, and the model was trained on 128. */
    private static final int MAX_TOKENS = 128;

    private static final int CACHE_SIZE = 20_000;
    private static final Map<Model, SentenceEncoder> SHARED = new ConcurrentHashMap<>();

    private final Model model;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final WordPieceTokenizer tokenizer;
    private final Map<String, float[]> cache = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };
    private final AtomicLong busy = new AtomicLong();

    /**
     * Loads a model. {@code threads} is ONNX Runtime's intra-op thread count; the coder runs after
     * parsing has finished, so two threads use the machine without competing with CoreNLP.
     */
    public SentenceEncoder(Model model, int threads) {
        this.model = model;
        this.env = OrtEnvironment.getEnvironment();
        this.tokenizer = WordPieceTokenizer.fromResource("/" + model.file + "-tokenizer.json");
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(threads);
            options.setInterOpNumThreads(1);
            this.session = env.createSession(bytes("/" + model.file + ".onnx"), options);
        } catch (OrtException e) {
            throw new IllegalStateException("cannot load " + model.file + ": " + e.getMessage(), e);
        }
    }

    /** The encoder of a model, loaded once per JVM. */
    public static SentenceEncoder shared(Model model) {
        return SHARED.computeIfAbsent(
                model,
                m -> new SentenceEncoder(m, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public Model model() {
        return model;
    }

    /** Unit vectors of the texts, in order. */
    public List<float[]> embed(List<String> texts) {
        List<float[]> out = new ArrayList<>(texts.size());
        for (String t : texts) {
            out.add(embed(t));
        }
        return out;
    }

    /** The unit vector of one text (cached; the caller must not change it). */
    public float[] embed(String text) {
        synchronized (cache) {
            float[] v = cache.get(text);
            if (v != null) {
                return v;
            }
        }
        long t0 = System.nanoTime();
        float[] v = run(text);
        busy.addAndGet(System.nanoTime() - t0);
        synchronized (cache) {
            cache.put(text, v);
        }
        return v;
    }

    /** Forgets the cached vectors (a benchmark's warm-up must not spare the measured run its work). */
    public void clearCache() {
        synchronized (cache) {
            cache.clear();
        }
    }

    /** Nanoseconds spent running the model (cache hits cost nothing). */
    public long busyNanos() {
        return busy.get();
    }

    private float[] run(String text) {
        long[] ids = tokenizer.encode(text, MAX_TOKENS);
        long[][] input = {ids};
        long[][] mask = new long[1][ids.length];
        java.util.Arrays.fill(mask[0], 1);
        long[][] types = new long[1][ids.length];
        try (OnnxTensor i = OnnxTensor.createTensor(env, input);
                OnnxTensor m = OnnxTensor.createTensor(env, mask);
                OnnxTensor t = OnnxTensor.createTensor(env, types);
                OrtSession.Result r = session.run(Map.of("input_ids", i, "attention_mask", m, "token_type_ids", t))) {
            float[][] hidden = ((float[][][]) r.get(0).getValue())[0];
            return meanUnit(hidden);
        } catch (OrtException e) {
            throw new IllegalStateException("encoder failed on '" + text + "': " + e.getMessage(), e);
        }
    }

    /** Mean pooling over the tokens, then unit length: how the model's sentence vectors are defined. */
    static float[] meanUnit(float[][] hidden) {
        float[] v = new float[hidden[0].length];
        for (float[] token : hidden) {
            for (int k = 0; k < v.length; k++) {
                v[k] += token[k];
            }
        }
        double norm = 0;
        for (int k = 0; k < v.length; k++) {
            v[k] /= hidden.length;
            norm += v[k] * v[k];
        }
        norm = Math.sqrt(norm);
        for (int k = 0; k < v.length; k++) {
            v[k] = (float) (v[k] / norm);
        }
        return v;
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = SentenceEncoder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource + " (the langchain4j model artifact)");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            session.close();
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
