package org.backchannel.bench.eval;

import java.util.List;

/**
 * One gold event. Either {@code cameo} (with {@code cameoAlt}) or {@code plover} (with
 * {@code ploverAlt}) says what happened; the other is null or empty.
 */
public record GoldEvent(
        String source,
        String target,
        String cameo,
        List<String> cameoAlt,
        String plover,
        List<String> ploverAlt,
        String status,
        Boolean secret,
        String mediator,
        boolean undirected) {

    /** The root CAMEO code, or the PLOVER type for sets that give only that. */
    public String rootKey() {
        return cameo != null ? cameo.substring(0, 2) : plover;
    }

    static String country(String code) {
        return code == null || code.length() < 3 ? null : code.substring(0, 3);
    }

    static String agent(String code) {
        return code == null || code.length() < 6 ? null : code.substring(3, 6);
    }
}
