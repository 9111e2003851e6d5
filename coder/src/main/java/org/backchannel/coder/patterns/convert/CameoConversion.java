package org.backchannel.coder.patterns.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.model.io.Tsv;

/**
 * The development-time conversion of PETRARCH2's CAMEO.2.0.txt and Phoenix.discards.txt into the
 * project's pattern files: converts, merges with the hand-written patterns (an identical pattern is
 * dropped; the same constraints with another code leave the hand-written one), keeps the groups
 * {@code cameo2-selection.tsv} names, and writes {@code cameo2-verbs.tsv}, {@code cameo2-defaults.tsv},
 * {@code discards.tsv} and a report of what was converted, kept and rejected, with reasons.
 */
public final class CameoConversion {
    static final String VERBS = "cameo2-verbs.tsv";
    static final String DEFAULTS = "cameo2-defaults.tsv";
    static final String DISCARDS = "discards.tsv";
    static final String SELECTION = "cameo2-selection.tsv";
    /** Group suffix of rows whose verb has hand-written patterns, none of them under the row's root (or any, for no-event rows). */
    static final String OVERRIDE = "-override";

    static final String NOTICE =
            "converted from PETRARCH2's CAMEO.2.0.txt, (c) 2014 Open Event Data Alliance, MIT license";
    static final String DISCARD_NOTICE =
            "converted from PETRARCH2's Phoenix.discards.txt, (c) 2014 Open Event Data Alliance, MIT license";
    static final String REGENERATE = "./backchannel convert-cameo ../shared/reference/petrarch2";

    private final CameoConverter.NounLemmas lemmas;
    private final Codebook codebook = Codebook.load();

    public CameoConversion(CameoConverter.NounLemmas lemmas) {
        this.lemmas = lemmas;
    }

    /** What one run produced: the rows kept per file and the report text. */
    public record Outcome(
            List<ConvertedRow> verbs, List<ConvertedRow> defaults, List<PhoenixDiscards.Row> discards, String report) {}

    /**
     * Converts {@code CAMEO.2.0.txt} and {@code Phoenix.discards.txt} from {@code referenceDir} with the
     * hand-written patterns and the selection in {@code patternsDir}, and writes the outputs there and
     * the report to {@code reportFile}.
     */
    public Outcome run(Path referenceDir, Path patternsDir, Path reportFile) throws IOException {
        List<String> cameo = Files.readAllLines(referenceDir.resolve("CAMEO.2.0.txt"), StandardCharsets.UTF_8);
        List<String> phoenix = Files.readAllLines(referenceDir.resolve("Phoenix.discards.txt"), StandardCharsets.UTF_8);
        Map<String, String> handWritten = handWritten(patternsDir);
        Selection selection = Selection.load(Tsv.file(patternsDir.resolve(SELECTION)));
        Outcome o = convert(cameo, phoenix, handWritten, selection);
        write(patternsDir.resolve(VERBS), verbsHeader(), rows(o.verbs()));
        write(patternsDir.resolve(DEFAULTS), defaultsHeader(), rows(o.defaults()));
        write(patternsDir.resolve(DISCARDS), discardsHeader(), discardRows(o.discards()));
        Files.createDirectories(reportFile.toAbsolutePath().getParent());
        Files.writeString(reportFile, o.report(), StandardCharsets.UTF_8);
        return o;
    }

    /** The conversion itself, on the files' lines: testable without touching the disk. */
    public Outcome convert(
            List<String> cameoLines, List<String> discardLines, Map<String, String> handWritten, Selection selection) {
        CameoDictionary d = CameoDictionary.parse(cameoLines);
        CameoConverter c =
                new CameoConverter(d, lemmas, code -> codebook.find(code).isPresent());
        List<ConvertedRow> expanded = c.expand();
        Tally duplicates = new Tally();
        List<ConvertedRow> merged = c.merge(expanded, duplicates);
        Tally withHand = new Tally();
        Tally notKept = new Tally();
        List<ConvertedRow> candidates = new ArrayList<>();
        for (ConvertedRow r : merged) {
            String key = EventPattern.parse(r.code(), r.pattern(), false, null, "converted")
                    .key();
            String hand = handWritten.get(key);
            if (hand != null) {
                withHand.add(
                        hand.equals(r.code())
                                ? "identical to a hand-written pattern (merged)"
                                : "same constraints as a hand-written pattern with another code (hand-written kept)",
                        r.pattern() + " " + r.code() + (hand.equals(r.code()) ? "" : " vs " + hand));
                continue;
            }
            if (r.group().equals(ConvertedRow.DEFAULT) && selection.noDefault().contains(r.head())) {
                withHand.add(
                        "bare default of a reporting verb (attribution is the claims stage's job)",
                        r.pattern() + " " + r.code());
                continue;
            }
            candidates.add(r);
        }
        Map<String, Set<String>> handRoots = new HashMap<>();
        handWritten.forEach((k, code) ->
                handRoots.computeIfAbsent(head(k), x -> new HashSet<>()).add(code.substring(0, 2)));
        Map<String, int[]> byGroupRoot = new TreeMap<>();
        List<ConvertedRow> kept = new ArrayList<>();
        for (ConvertedRow candidate : candidates) {
            ConvertedRow r = candidate;
            Set<String> roots = handRoots.get(r.head());
            if (roots != null && (r.code().equals("---") || !roots.contains(r.root()))) {
                // would recode (or silence) a verb the project's hand-written patterns code under another root
                r = r.with(r.code(), r.group() + OVERRIDE, r.note());
            }
            boolean keep = selection.keeps(r.group(), r.root());
            byGroupRoot.computeIfAbsent(r.group() + "\t" + r.root(), k -> new int[2])[keep ? 1 : 0]++;
            if (keep) {
                kept.add(r);
            } else {
                notKept.add(
                        "group " + r.group() + ", root " + r.root() + " not kept (cameo2-selection.tsv)",
                        r.pattern() + " " + r.code());
            }
        }
        Set<String> heads = new HashSet<>(handRoots.keySet());
        kept.stream().filter(r -> !r.code().equals("---")).forEach(r -> heads.add(r.head()));
        List<ConvertedRow> verbs = new ArrayList<>();
        List<ConvertedRow> defaults = new ArrayList<>();
        for (ConvertedRow r : kept) {
            if (r.code().equals("---") && !heads.contains(r.head())) {
                notKept.add("no-event pattern for a verb that has no other pattern", r.pattern());
            } else {
                (r.group().equals(ConvertedRow.DEFAULT) ? defaults : verbs).add(r);
            }
        }
        Tally discardRejects = new Tally();
        List<PhoenixDiscards.Row> allDiscards = PhoenixDiscards.convert(discardLines, discardRejects);
        Map<String, int[]> discardGroups = new TreeMap<>();
        List<PhoenixDiscards.Row> discards = new ArrayList<>();
        for (PhoenixDiscards.Row r : allDiscards) {
            boolean keep = selection.keeps(r.group(), "*");
            discardGroups.computeIfAbsent(r.group(), k -> new int[2])[keep ? 1 : 0]++;
            if (keep) {
                discards.add(r);
            }
        }
        String report = new ConversionReport(
                        d,
                        c,
                        expanded,
                        duplicates,
                        merged,
                        withHand,
                        byGroupRoot,
                        notKept,
                        verbs,
                        defaults,
                        discardLines,
                        discardRejects,
                        discardGroups,
                        discards,
                        selection)
                .text();
        return new Outcome(verbs, defaults, discards, report);
    }

    private static String head(String key) {
        return key.substring(2, key.indexOf(' '));
    }

    /** Hand-written verb patterns of the manifest (files with examples), as key to code. */
    static Map<String, String> handWritten(Path patternsDir) {
        Map<String, String> out = new HashMap<>();
        for (Tsv.Row f : Tsv.file(patternsDir.resolve("manifest.tsv"))) {
            if (!f.col(1).equals("verb") || f.col(2).equals("provenance")) {
                continue;
            }
            for (Tsv.Row r : Tsv.file(patternsDir.resolve(f.col(0)))) {
                out.putIfAbsent(
                        EventPattern.parse(r.col(0), r.col(1), false, r.col(2), f.col(0))
                                .key(),
                        r.col(0));
            }
        }
        return out;
    }

    private static List<String> rows(List<ConvertedRow> rows) {
        List<String> out = new ArrayList<>();
        for (ConvertedRow r : rows) {
            out.add(r.code() + "\t" + r.pattern() + "\tCAMEO.2.0.txt:" + r.line() + "\t" + r.group()
                    + (r.note().isEmpty() ? "" : "\t" + r.note()));
        }
        return out;
    }

    private static List<String> discardRows(List<PhoenixDiscards.Row> rows) {
        List<String> out = new ArrayList<>();
        for (PhoenixDiscards.Row r : rows) {
            out.add(r.scope() + "\t" + r.phrase() + "\t" + r.match() + "\tPhoenix.discards.txt:" + r.line() + "\t"
                    + r.group());
        }
        return out;
    }

    private static void write(Path file, String header, List<String> rows) throws IOException {
        StringBuilder b = new StringBuilder(header);
        rows.forEach(r -> b.append(r).append('\n'));
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    private static String common(String what) {
        return "# GENERATED FILE - do not edit; " + NOTICE + ".\n"
                + "# " + what + "\n"
                + "# Regenerate from the repository root with: " + REGENERATE + "\n"
                + "# (the conversion, its rules and what it rejected: docs/cameo2-conversion.md; which groups are kept:\n"
                + "# cameo2-selection.tsv, decided by measuring each group with ./backchannel eval).\n"
                + "# Columns (tab-separated): code, pattern, provenance, group[, note]\n"
                + "#   code        CAMEO code; \"---\" marks a use of the verb that is no event (\"admitted to hospital\")\n"
                + "#   pattern     the grammar of verbs.tsv: HEAD [obj=LEMMAS] [prep=P[:LEMMAS]]; prep=P:LEMMAS needs that\n"
                + "#               preposition's object to have one of the lemmas (\"agree prep=to:proposal\")\n"
                + "#   provenance  the dictionary line the pattern comes from\n"
                + "#   group       default (a member verb's own code), origin (a pattern line on the verb it was written\n"
                + "#               for), synonym (a pattern line of the verb's block, written for another member), no-event;\n"
                + "#               \"-override\" when the verb has hand-written patterns, none under the row's CAMEO root (for\n"
                + "#               no-event rows: any hand-written pattern)\n"
                + "#   note        how codes of identical patterns were merged, when they were\n"
                + "# A hand-written pattern with the same constraints always wins (patterns of equal specificity are tried\n"
                + "# in manifest order); converted rows have no example sentence and PatternExamplesTest skips them.\n";
    }

    private static String verbsHeader() {
        return common("CAMEO.2.0 verb patterns with constraints (objects, particles, prepositions) and no-event uses.");
    }

    private static String defaultsHeader() {
        return common("CAMEO.2.0 bare member verbs: the code a verb yields with no pattern of its own.");
    }

    private static String discardsHeader() {
        return "# GENERATED FILE - do not edit; " + DISCARD_NOTICE + ".\n"
                + "# Text the coder must not code: a phrase found in a sentence silences that sentence (scope sentence) or\n"
                + "# the whole document (scope story), as PETRARCH does for sports results, history and the like.\n"
                + "# Regenerate from the repository root with: " + REGENERATE + "\n"
                + "# Columns (tab-separated): scope, phrase, match, provenance, group\n"
                + "#   scope       sentence or story\n"
                + "#   phrase      lower-case words (letters, digits, apostrophes; hyphens and punctuation split words)\n"
                + "#   match       word: whole words only; stem: the last word may go on (\"champion\" finds \"championship\")\n"
                + "#   provenance  the line of Phoenix.discards.txt\n"
                + "#   group       discard-year, discard-time or discard-topic (cameo2-selection.tsv keeps groups)\n";
    }

    /** Counts of rows kept per group, for tests and the command's summary. */
    public static Map<String, Integer> groups(List<ConvertedRow> rows) {
        Map<String, Integer> out = new TreeMap<>();
        rows.forEach(r -> out.merge(r.group(), 1, Integer::sum));
        return out;
    }
}
