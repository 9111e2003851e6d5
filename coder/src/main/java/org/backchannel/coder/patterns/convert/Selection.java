package org.backchannel.coder.patterns.convert;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backchannel.model.io.Tsv;

/**
 * Which converted groups the conversion keeps, decided by measuring them with {@code eval}
 * (patterns/cameo2-selection.tsv): for each group the CAMEO roots kept ("*" all, "-" none), and verbs
 * whose bare default is never converted.
 */
public record Selection(Map<String, Set<String>> roots, Map<String, String> why, Set<String> noDefault) {

    public static Selection load(List<Tsv.Row> rows) {
        Map<String, Set<String>> roots = new HashMap<>();
        Map<String, String> why = new HashMap<>();
        Set<String> noDefault = new HashSet<>();
        for (Tsv.Row r : rows) {
            switch (r.col(0)) {
                case "group" -> {
                    roots.put(r.col(1), Set.copyOf(r.list(2)));
                    why.put(r.col(1), r.col(3));
                }
                case "verb" -> {
                    if (!r.col(2).equals("no-default")) {
                        throw r.error("verb rows say no-default");
                    }
                    noDefault.add(r.col(1));
                }
                default -> throw r.error("kind must be group or verb: " + r.col(0));
            }
        }
        return new Selection(roots, why, noDefault);
    }

    /** Whether rows of this group and root are kept (a group the file does not name is not kept). */
    public boolean keeps(String group, String root) {
        Set<String> r = roots.getOrDefault(group, Set.of("-"));
        return r.contains("*") || r.contains(root);
    }
}
