package org.backchannel.coder.patterns;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One line of the pattern dictionaries: a verb or event noun with the arguments it needs, and the
 * CAMEO code it yields (or {@link #NO_EVENT}: this use of the word is no event).
 *
 * @param head         lemma; a phrasal verb joins its particle with '_' ("crack_down")
 * @param noun         true for event nouns, false for verbs
 * @param objects      lemmas the direct object must have (empty: any or none)
 * @param preposition  a prepositional argument that must exist and names the target, or null
 * @param prepObjects  lemmas that prepositional argument must have ("agree to the proposal"), or empty: any
 * @param complements  lemmas an open clausal complement must have ("agree to meet"), or empty
 * @param possessorIsTarget for nouns: "Maduro's capture" names the target, not the source
 * @param example      a sentence of our own in which the pattern fires, or null for converted rows
 * @param source       file and line the pattern comes from
 */
public record EventPattern(
        String code,
        String head,
        boolean noun,
        Set<String> objects,
        String preposition,
        Set<String> prepObjects,
        Set<String> complements,
        boolean possessorIsTarget,
        String example,
        String source) {

    /** The code of a pattern that marks a use of the word as no event ("admitted to hospital"). */
    public static final String NO_EVENT = "---";

    /** Whether a match of this pattern means that the word yields no event. */
    public boolean noEvent() {
        return NO_EVENT.equals(code);
    }

    /**
     * How many constraints the pattern states: more specific patterns win over bare ones. An object
     * list of modified heads only ("joint_exercise") says more than the bare heads ("exercise").
     */
    public int specificity() {
        boolean modifiedObjects = !objects.isEmpty() && objects.stream().allMatch(o -> o.contains("_"));
        return (objects.isEmpty() ? 0 : 2)
                + (modifiedObjects ? 1 : 0)
                + (preposition == null ? 0 : prepObjects.isEmpty() ? 1 : 2)
                + (complements.isEmpty() ? 0 : 2)
                + (head.contains("_") ? 1 : 0);
    }

    /** The constraints without the code: two patterns with the same key match the same words. */
    public String key() {
        return (noun ? "n:" : "v:") + head + " obj=" + new java.util.TreeSet<>(objects) + " prep=" + preposition + ":"
                + new java.util.TreeSet<>(prepObjects) + " xcomp=" + new java.util.TreeSet<>(complements) + " poss="
                + possessorIsTarget;
    }

    /**
     * Parses the pattern column: {@code head [obj=a|b] [prep=p[:a|b]] [xcomp=a|b] [poss=target]}.
     * {@code example} may be null (converted dictionaries carry their provenance instead).
     */
    public static EventPattern parse(String code, String pattern, boolean noun, String example, String source) {
        String[] parts = pattern.trim().split("\\s+");
        Set<String> objects = Set.of();
        Set<String> complements = Set.of();
        Set<String> prepObjects = Set.of();
        String prep = null;
        boolean possTarget = false;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.startsWith("obj=")) {
                objects = lemmas(p.substring(4));
            } else if (p.startsWith("prep=")) {
                String value = p.substring(5);
                int colon = value.indexOf(':');
                prep = colon < 0 ? value : value.substring(0, colon);
                prepObjects = colon < 0 ? Set.of() : lemmas(value.substring(colon + 1));
                if (prep.isEmpty() || (colon >= 0 && prepObjects.isEmpty())) {
                    throw new IllegalArgumentException(source + ": empty preposition or object list in '" + p + "'");
                }
            } else if (p.startsWith("xcomp=")) {
                complements = lemmas(p.substring(6));
            } else if (p.equals("poss=target")) {
                possTarget = true;
            } else {
                throw new IllegalArgumentException(source + ": unknown pattern part '" + p + "'");
            }
        }
        return new EventPattern(
                code,
                parts[0].toLowerCase(Locale.ROOT),
                noun,
                objects,
                prep,
                prepObjects,
                complements,
                possTarget,
                example,
                source);
    }

    /** Shared lists of object nouns, {@code @weapon} in a pattern: noun-classes.tsv. */
    private static final java.util.Map<String, List<String>> CLASSES = loadClasses();

    private static java.util.Map<String, List<String>> loadClasses() {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        for (org.backchannel.model.io.Tsv.Row r :
                org.backchannel.model.io.Tsv.resource("/backchannel/patterns/noun-classes.tsv")) {
            out.computeIfAbsent(r.col(0), k -> new java.util.ArrayList<>()).add(r.col(1));
        }
        return java.util.Map.copyOf(out);
    }

    private static Set<String> lemmas(String list) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String s : list.split("\\|")) {
            if (s.startsWith("@")) {
                List<String> members = CLASSES.get(s.substring(1));
                if (members == null) {
                    throw new IllegalArgumentException("unknown noun class " + s + " (noun-classes.tsv)");
                }
                out.addAll(members);
            } else if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return Set.copyOf(out);
    }
}
