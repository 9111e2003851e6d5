package org.backchannel.coder.patterns.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.model.io.Tsv;
import org.backchannel.nlp.Lemmas;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The whole conversion: merging with hand-written patterns, the selection of groups, the discard
 * list, and that the checked-in generated files are what the converter makes of the shared dictionary.
 */
class CameoConversionTest {
    private static final List<String> DICTIONARY = List.of(
            "####### VERB PATTERNS #######",
            "---  MEET   [040]  ---",
            "MEET {MEETS MET MEETING}",
            "CONFER",
            "CONVENE",
            "SAY {SAYS SAID SAYING}",
            "- * (WITH)                                            [040]         # MEET",
            "- * (WITH LEADER)                                     [046]         # MEET",
            "- * CONDITIONS                                        [100]         # MEET",
            "- * ASSEMBLY                                          [030]         # CONVENE",
            "- * SESSION                                           [046]         # CONVENE",
            "- * (TO HOSPITAL)                                     [---]         # MEET");

    private static Selection selection(String... groups) {
        StringBuilder b = new StringBuilder();
        for (String g : groups) {
            String[] kv = g.split("=");
            b.append("group\t").append(kv[0]).append('\t').append(kv[1]).append("\ttest\n");
        }
        b.append("verb\tsay\tno-default\treporting verb\n");
        return Selection.load(rows(b.toString()));
    }

    private static List<Tsv.Row> rows(String text) {
        try {
            Path f = Files.createTempFile("selection", ".tsv");
            Files.writeString(f, text);
            return Tsv.file(f);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String key(String pattern) {
        return EventPattern.parse("040", pattern, false, null, "test").key();
    }

    @Test
    void handWrittenPatternsWinAndSelectionKeepsGroupsByRoot() {
        Map<String, String> hand = Map.of(key("meet prep=with"), "040", key("confer prep=with"), "046");
        CameoConversion.Outcome o = new CameoConversion(Lemmas::noun)
                .convert(DICTIONARY, List.of(), hand, selection("default=*", "origin=04", "synonym=-", "no-event=*"));
        List<String> verbs =
                o.verbs().stream().map(r -> r.code() + " " + r.pattern()).toList();
        List<String> defaults =
                o.defaults().stream().map(r -> r.code() + " " + r.pattern()).toList();
        assertFalse(verbs.contains("040 meet prep=with"), "identical to a hand-written one: merged");
        assertFalse(
                verbs.stream().anyMatch(v -> v.startsWith("040 confer prep=with")),
                "conflicts with a hand-written one: dropped");
        assertTrue(
                verbs.contains("046 meet prep=with:leader"),
                "more specific than the hand-written meet prep=with, same root: kept " + verbs);
        assertTrue(verbs.contains("046 convene obj=session"), verbs.toString());
        assertFalse(
                verbs.contains("030 convene obj=assembly"), "root 03 of the origin group is not selected: " + verbs);
        assertFalse(
                verbs.contains("100 meet obj=condition"),
                "would recode meet, hand-written under 04 only: an override " + verbs);
        assertFalse(
                verbs.stream().anyMatch(v -> v.contains("confer obj=")), "the synonym group is not selected: " + verbs);
        assertTrue(verbs.contains("--- convene prep=to:hospital"), "no-event rows guard converted verbs: " + verbs);
        assertFalse(verbs.contains("--- meet prep=to:hospital"), "but do not silence hand-written ones: " + verbs);
        assertEquals(
                List.of("040 meet", "040 confer", "040 convene"), defaults, "say's bare default is a reporting verb's");
        assertTrue(o.report().contains("identical to a hand-written pattern (merged) | 1 |"), o.report());
        assertTrue(o.report().contains("| origin | 03 | 1 | 0 |"), o.report());
        assertTrue(o.report().contains("| origin | 04 | 2 | 2 |"), o.report());
        assertTrue(o.report().contains("| origin-override | 10 | 1 | 0 |"), o.report());
        assertTrue(o.report().contains("| no-event-override | -- | 2 | 0 |"), o.report());
    }

    @Test
    void discardsKeepPetrarchsScopesAndMatchKinds() {
        Tally rejected = new Tally();
        List<PhoenixDiscards.Row> rows = PhoenixDiscards.convert(
                List.of(
                        "# Story-level discards are indicated with a '+'.",
                        "1945",
                        "#2000 ",
                        "YEARS AGO",
                        "+ANDRE AGASSI   # LRP 10 Mar 2004",
                        "GROUP A_",
                        "SEMI-FINAL   ",
                        "BASEBALL",
                        "BASEBALL"),
                rejected);
        assertEquals(
                List.of(
                        "sentence 1945 stem discard-year",
                        "sentence years ago stem discard-time",
                        "story andre agassi stem discard-topic",
                        "sentence group a word discard-topic",
                        "sentence semi final stem discard-topic",
                        "sentence baseball stem discard-topic"),
                rows.stream()
                        .map(r -> r.scope() + " " + r.phrase() + " " + r.match() + " " + r.group())
                        .toList());
        assertEquals(1, rejected.count("duplicate phrase"));
    }

    @Test
    void generatedFilesLoadWithEveryCodeInTheCodebook() {
        org.backchannel.coder.ontology.Codebook codebook = org.backchannel.coder.ontology.Codebook.load();
        org.backchannel.coder.patterns.PatternSet set = org.backchannel.coder.patterns.PatternSet.load(codebook);
        List<EventPattern> converted =
                set.all().stream().filter(p -> p.source().contains("/cameo2-")).toList();
        assertTrue(converted.size() > 100, "converted patterns loaded: " + converted.size());
        long handWritten =
                set.all().stream().filter(p -> !p.source().contains("/cameo2-")).count();
        assertTrue(handWritten > 1600, "hand-written patterns loaded: " + handWritten);
        assertEquals(
                handWritten,
                set.all().stream().filter(p -> p.example() != null).count(),
                "the hand-written patterns all stay, each with its example");
        assertTrue(
                converted.stream().allMatch(p -> p.example() == null),
                "converted rows carry their provenance, not an example");
        for (EventPattern p : converted) {
            assertTrue(p.noEvent() || codebook.find(p.code()).isPresent(), p.source() + " " + p.code());
            assertFalse(p.noun());
            if (p.noEvent()) {
                assertTrue(
                        set.verbs(p.head()).stream().anyMatch(q -> !q.noEvent()),
                        "a no-event row guards another pattern: " + p.source());
            }
        }
        assertTrue(
                set.discards().size() > 100,
                "discard phrases: " + set.discards().size());
    }

    @Test
    void checkedInFilesAreWhatTheConverterMakesOfTheSharedDictionary() throws Exception {
        Path reference = Path.of("../../shared/reference/petrarch2");
        if (!Files.exists(reference)) {
            reference = Path.of("../shared/reference/petrarch2");
        }
        Assumptions.assumeTrue(Files.exists(reference.resolve("CAMEO.2.0.txt")), "shared/reference beside the project");
        Path patterns = Path.of("src/main/resources/backchannel/patterns");
        Path out = Files.createTempDirectory("cameo2");
        for (String f : List.of("manifest.tsv", "verbs.tsv", "more-verbs.tsv", CameoConversion.SELECTION)) {
            Files.copy(patterns.resolve(f), out.resolve(f));
        }
        new CameoConversion(Lemmas::noun).run(reference, out, out.resolve("report.md"));
        for (String f : List.of(CameoConversion.VERBS, CameoConversion.DEFAULTS, CameoConversion.DISCARDS)) {
            assertEquals(
                    Files.readString(patterns.resolve(f)),
                    Files.readString(out.resolve(f)),
                    f + " is stale: regenerate it");
        }
        assertEquals(
                Files.readString(Path.of("../docs/cameo2-conversion.md")),
                Files.readString(out.resolve("report.md")),
                "docs/cameo2-conversion.md is stale: regenerate it");
    }
}
