package org.backchannel.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The corpora written by the project and shipped on the classpath: the demo articles, the gold event
 * set and the epistemic test cases.
 */
public final class DemoCorpus {
    public static final String DEMO = "/backchannel/corpus/demo/";
    public static final String GOLD = "/backchannel/corpus/gold/backchannel-gold.jsonl";
    public static final String EPISTEMIC = "/backchannel/corpus/epistemic/epistemic-cases.jsonl";

    private DemoCorpus() {}

    /** The demo article files, by file name, in order. */
    public static Map<String, byte[]> demoFiles() {
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : new String(bytes(DEMO + ".index"), StandardCharsets.UTF_8).split("\\R")) {
            if (!name.isBlank()) {
                out.put(name.strip(), bytes(DEMO + name.strip()));
            }
        }
        return out;
    }

    /** The lines of a JSON Lines resource of this module. */
    public static List<String> lines(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8)
                .lines()
                .filter(l -> !l.isBlank())
                .toList();
    }

    public static byte[] bytes(String resource) {
        try (InputStream in = DemoCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
