package org.backchannel.coder.patterns.convert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Turns PETRARCH2's CAMEO verb dictionary into patterns of the project's grammar. Each member verb
 * of a block yields its default code as a bare pattern, and each pattern line of the block applies to
 * every member verb (PETRARCH2's semantics; {@link PatternLineReader} reads the lines). Rows with the
 * same constraints are merged. What the grammar cannot state is rejected with its reason.
 */
public final class CameoConverter {
    /** The lemmas CoreNLP gives a dictionary noun (upper case in the dictionary), usually one. */
    @FunctionalInterface
    public interface NounLemmas {
        Set<String> of(String word);
    }

    // reasons a code is rejected
    static final String NO_CODE = "no code in [...]";
    static final String PASSIVE_ONLY = "passive-only code [:x]: codes only when the verb is passive";
    static final String UNKNOWN_CODE = "code not in the codebook (cameo-codebook.tsv)";

    // reasons a member verb is rejected
    static final String PREFIXED = "word before the verb (RE_+ARREST, WIRE_+TAP)";
    static final String MULTIWORD = "multiword verb whose second word is neither particle nor preposition";
    static final String LONG_VERB = "multiword verb of three or more words";

    private final CameoDictionary dictionary;
    private final Predicate<String> knownCode;
    private final Tally rejectedPatterns = new Tally();
    private final Tally rejectedMembers = new Tally();
    private final Tally notes = new Tally();
    private final Tally defaultsLeftOut = new Tally();
    private final PatternLineReader reader;
    private List<ConvertedRow> expanded;

    public CameoConverter(CameoDictionary dictionary, NounLemmas lemmas, Predicate<String> knownCode) {
        this.dictionary = dictionary;
        this.knownCode = knownCode;
        this.reader = new PatternLineReader(
                dictionary.synsets(),
                lemmas,
                (code, example) -> activeCode(code, example, rejectedPatterns),
                rejectedPatterns,
                notes);
    }

    /** A member verb: lemma (with particle), a fixed preposition ("ASK_FOR"), its default code, its written form. */
    record Verb(String head, String prep, String code, String written, int line) {}

    /** The rows before merging duplicates, in dictionary order (computed once: the tallies count each line once). */
    public List<ConvertedRow> expand() {
        if (expanded == null) {
            expanded = List.copyOf(expandAll());
        }
        return expanded;
    }

    private List<ConvertedRow> expandAll() {
        List<ConvertedRow> out = new ArrayList<>();
        for (CameoDictionary.Block block : dictionary.blocks()) {
            List<Verb> verbs = new ArrayList<>();
            for (CameoDictionary.Member m : block.members()) {
                Verb v = verb(m, block);
                if (v != null) {
                    verbs.add(v);
                    defaultRow(v).ifPresent(out::add);
                }
            }
            for (CameoDictionary.PatternLine pl : block.patterns()) {
                PatternLineReader.Shape s = reader.read(pl);
                if (s == null) {
                    continue;
                }
                boolean originKnown = verbs.stream().anyMatch(v -> v.written().equals(s.origin()));
                for (Verb v : verbs) {
                    if (v.prep() != null) {
                        notes.add(
                                "block pattern not applied to a member verb with a fixed preposition",
                                v.written() + " line " + pl.line());
                        continue;
                    }
                    if (s.particle() != null && v.head().contains("_")) {
                        notes.add(
                                "pattern particle not applied to a phrasal member verb",
                                v.written() + " line " + pl.line());
                        continue;
                    }
                    String head = s.particle() == null
                            ? v.head()
                            : v.head() + "_" + s.particle().toLowerCase(Locale.ROOT);
                    String group = s.code().equals("---")
                            ? ConvertedRow.NO_EVENT
                            : (originKnown ? v.written().equals(s.origin()) : verbs.size() == 1)
                                    ? ConvertedRow.ORIGIN
                                    : ConvertedRow.SYNONYM;
                    out.add(new ConvertedRow(
                            s.code(), head, s.objects(), s.prep(), s.prepObjects(), group, pl.line(), ""));
                }
            }
        }
        return out;
    }

    private Optional<ConvertedRow> defaultRow(Verb v) {
        String code = activeCode(v.code(), v.written(), defaultsLeftOut);
        if (code == null || code.equals("---")) {
            defaultsLeftOut.add("no default code (block or member code ---)", v.written());
            return Optional.empty();
        }
        return Optional.of(
                new ConvertedRow(code, v.head(), Set.of(), v.prep(), Set.of(), ConvertedRow.DEFAULT, v.line(), ""));
    }

    /** Reads a member verb line, or null (rejected, with its reason tallied). */
    Verb verb(CameoDictionary.Member m, CameoDictionary.Block block) {
        String w = m.verb();
        String code = m.code() != null ? m.code() : block.code();
        String example = w + " (line " + m.line() + ")";
        if (w.indexOf('+') > 0) {
            rejectedMembers.add(PREFIXED, example);
            return null;
        }
        String written = w.startsWith("+") ? w.substring(1) : w;
        if (!written.matches("[A-Z_]+")) {
            rejectedMembers.add(PatternLineReader.ODD_WORD, example);
            return null;
        }
        String[] parts = written.split("_");
        if (parts.length == 1) {
            return new Verb(lower(parts[0]), null, code, written, m.line());
        }
        if (parts.length > 2) {
            rejectedMembers.add(LONG_VERB, example);
            return null;
        }
        if (PatternLineReader.PARTICLES.contains(parts[1])) {
            return new Verb(lower(parts[0]) + "_" + lower(parts[1]), null, code, written, m.line());
        }
        if (PatternLineReader.PREPOSITIONS.contains(parts[1])) {
            return new Verb(lower(parts[0]), lower(parts[1]), code, written, m.line());
        }
        rejectedMembers.add(MULTIWORD, example);
        return null;
    }

    /** The active part of a code ("042:043" is 042), "---", or null when rejected. */
    private String activeCode(String code, String example, Tally t) {
        if (code == null || code.isEmpty()) {
            t.add(NO_CODE, example);
            return null;
        }
        String active = code;
        int colon = code.indexOf(':');
        if (colon >= 0) {
            active = code.substring(0, colon).strip();
            if (active.isEmpty()) {
                t.add(PASSIVE_ONLY, example);
                return null;
            }
            if (!code.substring(colon + 1).strip().equals(active)) {
                notes.add("passive part of a code [a:b] dropped (the active code is used)", example);
            }
        }
        if (active.equals("---")) {
            return active;
        }
        if (!knownCode.test(active)) {
            t.add(UNKNOWN_CODE + ": " + active, example);
            return null;
        }
        return active;
    }

    /**
     * Rows with the same head and constraints merged: one code stays; a pattern written for the verb
     * itself wins over one borrowed from a synonym; different codes under one parent become the parent
     * (140 and 143 give 140); otherwise the rows are ambiguous and rejected.
     */
    public List<ConvertedRow> merge(List<ConvertedRow> rows, Tally duplicates) {
        Map<String, List<ConvertedRow>> byKey = new LinkedHashMap<>();
        for (ConvertedRow r : rows) {
            byKey.computeIfAbsent(r.pattern(), k -> new ArrayList<>()).add(r);
        }
        List<ConvertedRow> out = new ArrayList<>();
        for (List<ConvertedRow> same : byKey.values()) {
            List<ConvertedRow> best = same;
            for (String g : List.of(ConvertedRow.DEFAULT, ConvertedRow.ORIGIN)) {
                List<ConvertedRow> inGroup =
                        same.stream().filter(r -> r.group().equals(g)).toList();
                if (!inGroup.isEmpty()) {
                    best = inGroup;
                    break;
                }
            }
            Set<String> codes = new TreeSet<>();
            best.forEach(r -> codes.add(r.code()));
            ConvertedRow first = best.get(0);
            if (same.size() > 1) {
                duplicates.add("rows with the same pattern merged", first.pattern());
            }
            if (codes.size() == 1) {
                out.add(first);
                continue;
            }
            String parent = commonParent(codes);
            if (parent == null) {
                duplicates.add(
                        "ambiguous: the same pattern with codes of different roots (rejected)",
                        first.pattern() + " " + codes);
                continue;
            }
            duplicates.add(
                    "codes under one parent merged to the parent", first.pattern() + " " + codes + " -> " + parent);
            String group = first.group().equals(ConvertedRow.NO_EVENT) ? ConvertedRow.SYNONYM : first.group();
            out.add(first.with(parent, group, "codes " + String.join("|", codes) + " merged to " + parent));
        }
        return out;
    }

    /** The code all of {@code codes} fall under (their longest common prefix, a root as "140"), or null. */
    String commonParent(Set<String> codes) {
        if (codes.contains("---")) {
            return null;
        }
        String prefix = codes.iterator().next();
        for (String c : codes) {
            int n = 0;
            while (n < prefix.length() && n < c.length() && prefix.charAt(n) == c.charAt(n)) {
                n++;
            }
            prefix = prefix.substring(0, n);
        }
        if (prefix.length() < 2) {
            return null;
        }
        String parent = prefix.length() == 2 ? prefix + "0" : prefix;
        return knownCode.test(parent) ? parent : null;
    }

    public Tally rejectedPatterns() {
        return rejectedPatterns;
    }

    public Tally rejectedMembers() {
        return rejectedMembers;
    }

    /** Member verbs that give no bare default, and why. */
    public Tally defaultsLeftOut() {
        return defaultsLeftOut;
    }

    public Tally notes() {
        return notes;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
