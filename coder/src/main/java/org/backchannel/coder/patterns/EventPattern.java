package org.backchannel.coder.patterns;

import java.util.List;
import java.util.Set;

/**
 * One line of the pattern dictionaries: a verb or event noun with the arguments it needs, and the
 * CAMEO code it yields.
 *
 * @param head         lemma; a phrasal verb joins its particle with '_' ("crack_down")
 * @param noun         true for event nouns, false for verbs
 * @param objects      lemmas the direct object must have (empty: any or none)
 * @param preposition  a prepositional argument that must exist and names the target, or null
 * @param complements  lemmas an open clausal complement must have ("agree to meet"), or empty
 * @param possessorIsTarget for nouns: "Maduro's capture" names the target, not the source
 * @param example      a sentence of our own in which the pattern fires
 */
public record EventPattern(String code, String head, boolean noun, Set<String> objects, String preposition,
                           Set<String> complements, boolean possessorIsTarget, String example, String source) {

    /** How many constraints the pattern states: more specific patterns win over bare ones. */
    public int specificity() {
        return (objects.isEmpty() ? 0 : 2) + (preposition == null ? 0 : 1) + (complements.isEmpty() ? 0 : 2)
                + (head.contains("_") ? 1 : 0);
    }

    /** Parses the pattern column: {@code head [obj=a|b] [prep=p] [xcomp=a|b] [poss=target]}. */
    public static EventPattern parse(String code, String pattern, boolean noun, String example, String source) {
        String[] parts = pattern.trim().split("\\s+");
        Set<String> objects = Set.of();
        Set<String> complements = Set.of();
        String prep = null;
        boolean possTarget = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.startsWith("obj=")) {
                objects = Set.copyOf(List.of(p.substring(4).split("\\|")));
            } else if (p.startsWith("prep=")) {
                prep = p.substring(5);
            } else if (p.startsWith("xcomp=")) {
                complements = Set.copyOf(List.of(p.substring(6).split("\\|")));
            } else if (p.equals("poss=target")) {
                possTarget = true;
            } else {
                throw new IllegalArgumentException(source + ": unknown pattern part '" + p + "'");
            }
        }
        return new EventPattern(code, parts[0].toLowerCase(java.util.Locale.ROOT), noun, objects, prep, complements, possTarget, example, source);
    }
}
