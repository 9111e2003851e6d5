package org.backchannel.coder.patterns.convert;

import java.util.Set;
import java.util.TreeSet;

/**
 * One pattern converted from the CAMEO dictionary into the project's grammar.
 *
 * @param code        CAMEO code, or "---" for a use that is no event
 * @param head        verb lemma, with its particle joined by '_'
 * @param objects     object lemmas (empty: any)
 * @param prep        preposition the pattern needs, or null
 * @param prepObjects lemmas that preposition's object must have (empty: any)
 * @param group       how the row arose: default (a bare member verb), origin (a pattern on the verb it
 *                    was written for), synonym (a block pattern on another member verb), no-event
 * @param line        the dictionary line the row comes from
 * @param note        how a conflict was resolved, or ""
 */
public record ConvertedRow(
        String code,
        String head,
        Set<String> objects,
        String prep,
        Set<String> prepObjects,
        String group,
        int line,
        String note) {

    public static final String DEFAULT = "default";
    public static final String ORIGIN = "origin";
    public static final String SYNONYM = "synonym";
    public static final String NO_EVENT = "no-event";

    /** The pattern column in the project's grammar: {@code head [obj=a|b] [prep=p[:a|b]]}. */
    public String pattern() {
        StringBuilder b = new StringBuilder(head);
        if (!objects.isEmpty()) {
            b.append(" obj=").append(String.join("|", new TreeSet<>(objects)));
        }
        if (prep != null) {
            b.append(" prep=").append(prep);
            if (!prepObjects.isEmpty()) {
                b.append(':').append(String.join("|", new TreeSet<>(prepObjects)));
            }
        }
        return b.toString();
    }

    /** The CAMEO root ("04"), or "--" for no-event rows. */
    public String root() {
        return code.equals("---") ? "--" : code.substring(0, 2);
    }

    /** Whether the row is a bare verb: no object, preposition or particle constraint beyond the head. */
    public boolean bare() {
        return objects.isEmpty() && prep == null;
    }

    ConvertedRow with(String newCode, String newGroup, String newNote) {
        return new ConvertedRow(newCode, head, objects, prep, prepObjects, newGroup, line, newNote);
    }
}
