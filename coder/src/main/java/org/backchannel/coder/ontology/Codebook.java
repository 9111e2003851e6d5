package org.backchannel.coder.ontology;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.backchannel.model.EventCode;
import org.backchannel.model.io.Tsv;

/**
 * The CAMEO event codebook with Goldstein scores, quad classes and the PLOVER type and mode of each
 * code, from {@code backchannel/ontology/cameo-codebook.tsv} and {@code cameo-plover.tsv}.
 */
public final class Codebook {
    private final Map<String, EventCode> codes;
    private final Map<String, String> contexts;

    private Codebook(Map<String, EventCode> codes, Map<String, String> contexts) {
        this.codes = Collections.unmodifiableMap(codes);
        this.contexts = Collections.unmodifiableMap(contexts);
    }

    public static Codebook load() {
        Map<String, String[]> plover = new LinkedHashMap<>();
        Map<String, String> contexts = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.resource("/backchannel/ontology/cameo-plover.tsv")) {
            plover.put(r.col(0), new String[] {r.col(1), r.optional(2)});
            if (r.optional(3) != null) {
                contexts.put(r.col(0), r.col(3));
            }
        }
        Map<String, EventCode> codes = new LinkedHashMap<>();
        for (Tsv.Row r : Tsv.resource("/backchannel/ontology/cameo-codebook.tsv")) {
            String code = r.col(0);
            if (!code.matches("\\d{2,4}")) {
                throw r.error("bad CAMEO code " + code);
            }
            String[] p = plover.get(code);
            if (p == null) {
                throw r.error("no PLOVER mapping for " + code);
            }
            double goldstein;
            int quad;
            try {
                goldstein = Double.parseDouble(r.col(2));
                quad = Integer.parseInt(r.col(3));
            } catch (NumberFormatException e) {
                throw r.error("bad Goldstein score or quad class");
            }
            codes.put(code, new EventCode(code, r.col(1), quad, goldstein, p[0], p[1]));
        }
        return new Codebook(codes, contexts);
    }

    public Optional<EventCode> find(String cameo) {
        return Optional.ofNullable(codes.get(cameo));
    }

    /** The code, or its nearest listed parent (0314 → 031 → 03) when the code itself is unknown. */
    public EventCode get(String cameo) {
        for (String c = cameo; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
            EventCode e = codes.get(c);
            if (e != null) {
                return e;
            }
        }
        throw new IllegalArgumentException("unknown CAMEO code " + cameo);
    }

    /** PLOVER contexts the mapping attaches to a code, '|'-separated, or null. */
    public String ploverContext(String cameo) {
        return contexts.get(cameo);
    }

    public Map<String, EventCode> all() {
        return codes;
    }
}
