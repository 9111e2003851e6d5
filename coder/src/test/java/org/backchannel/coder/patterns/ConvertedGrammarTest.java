package org.backchannel.coder.patterns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.DependencyEventCoder;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.Token;
import org.backchannel.nlp.CoreNlpParser;
import org.junit.jupiter.api.Test;

/**
 * What the grammar gained for converted dictionaries, on real CoreNLP parses: a preposition's object
 * noun ({@code prep=to:proposal}), adjective-noun objects ({@code obj=humanitarian_aid}), uses that are
 * no event ({@code ---}), and the discard list.
 */
class ConvertedGrammarTest {
    private static ParsedDocument parse(String text) {
        Document d = new Document(
                "t", "test", null, null, null, LocalDate.of(2025, 6, 2), null, null, text, List.of(), text);
        return CoreNlpParser.shared().parseAll(List.of(d), (x, y) -> {}).get(0);
    }

    private static String codeAt(PatternSet patterns, String text, String word) {
        ParsedDocument doc = parse(text);
        SentenceGraph g = new SentenceGraph(doc.sentences().get(0), List.of());
        for (Token t : doc.sentences().get(0).tokens()) {
            if (t.word().equals(word)) {
                EventPattern p = new PredicateMatcher(patterns).match(g, t.index());
                return p == null ? null : p.code();
            }
        }
        throw new AssertionError(word + " not in " + text);
    }

    private static PatternSet set(String... rows) {
        List<EventPattern> ps = new ArrayList<>();
        for (String r : rows) {
            String[] cols = r.split("\t");
            ps.add(EventPattern.parse(cols[0], cols[1], false, null, "test"));
        }
        return PatternSet.of(ps, DiscardList.EMPTY);
    }

    @Test
    void aPrepositionsObjectNounNarrowsThePattern() {
        PatternSet p = set("050\tagree", "030\tagree prep=to:proposal|plan", "0356\tagree prep=to:ceasefire");
        assertEquals("030", codeAt(p, "Venezuela agreed to the American proposal on Monday.", "agreed"));
        assertEquals("0356", codeAt(p, "Venezuela agreed to a ceasefire with Guyana.", "agreed"));
        assertEquals("050", codeAt(p, "Venezuela agreed to the talks.", "agreed"), "another noun: the bare pattern");
        assertTrue(EventPattern.parse("030", "agree prep=to:proposal", false, null, "t")
                        .specificity()
                > EventPattern.parse("030", "agree prep=to", false, null, "t").specificity());
    }

    @Test
    void aNamedObjectMatchesByTheTitleBeforeIt() {
        PatternSet p = set("040\tsummon", "1111\tsummon obj=ambassador|envoy");
        assertEquals("1111", codeAt(p, "Nigeria summoned Niger's ambassador Brah Mohamane on Tuesday.", "summoned"));
        assertEquals("040", codeAt(p, "Nigeria summoned Brah Mohamane on Tuesday.", "summoned"));
    }

    @Test
    void aNounClassStandsForEachOfItsLemmas() {
        PatternSet p = set("070\tship", "072\tship obj=@weapon");
        assertEquals("072", codeAt(p, "North Korea shipped artillery shells to Russia.", "shipped"));
        assertEquals("072", codeAt(p, "Iran shipped drones to Russia.", "shipped"));
        assertEquals("070", codeAt(p, "Turkey shipped grain to Egypt.", "shipped"));
        org.junit.jupiter.api.Assertions.assertThrows(
                IllegalArgumentException.class, () -> EventPattern.parse("072", "ship obj=@weapons", false, null, "t"));
    }

    @Test
    void adjectiveNounObjectsMatchLikeCompounds() {
        PatternSet p = set("070\tsend", "0233\tsend obj=humanitarian_aid", "072\tsend obj=arm_shipment");
        assertEquals("0233", codeAt(p, "Russia sent humanitarian aid to Syria.", "sent"));
        assertEquals("072", codeAt(p, "Iran sent arms shipments to the Houthis.", "sent"));
        assertEquals("070", codeAt(p, "Russia sent military aid to Syria.", "sent"));
    }

    @Test
    void aNoEventPatternSilencesTheWord() {
        PatternSet p = set("015\tadmit", "---\tadmit prep=to:hospital");
        assertNull(codeAt(p, "Doctors admitted the Venezuelan minister to hospital on Monday.", "admitted"));
        assertEquals("015", codeAt(p, "The Venezuelan minister admitted the plot on Monday.", "admitted"));
    }

    @Test
    void discardPhrasesMatchWordsStemsAndStories() {
        DiscardList d = new DiscardList(List.of(
                new DiscardList.Entry(false, List.of("world", "cup"), false, "t"),
                new DiscardList.Entry(false, List.of("champion"), true, "t"),
                new DiscardList.Entry(false, List.of("group", "a"), false, "t"),
                new DiscardList.Entry(true, List.of("andre", "agassi"), true, "t")));
        assertEquals(
                "world cup",
                d.sentenceMatch("Brazil beat Germany in the World Cup final.").phrase());
        assertEquals("champion", d.sentenceMatch("The championship ended.").phrase(), "a stem matches longer words");
        assertNull(d.sentenceMatch("Brazil beat Germany in the World Cups."), "a whole-word phrase does not");
        assertNull(d.sentenceMatch("Group Alpha met in Geneva."));
        assertNull(d.sentenceMatch("Andre Agassi met the president."), "story phrases are not sentence phrases");
        assertEquals(
                "andre agassi",
                d.storyMatch("Tennis. Andre Agassi's visit to Kabul.").phrase());
        assertNull(d.storyMatch("Russia attacked Ukraine."));
    }

    @Test
    void aDiscardPhraseThatOnlyDescribesOrComparesSetsNothingAside() {
        DiscardList d = new DiscardList(List.of(
                new DiscardList.Entry(false, List.of("world", "cup"), false, "t"),
                new DiscardList.Entry(false, List.of("basketball"), true, "t"),
                new DiscardList.Entry(false, List.of("world", "war", "two"), false, "t")));
        assertEquals(
                "world cup",
                d.sentenceMatch(parse("Argentina won the World Cup in Qatar on Sunday.")
                                .sentences()
                                .get(0))
                        .phrase());
        assertNull(
                d.sentenceMatch(parse("Russia released U.S. basketball star Brittney Griner on Thursday.")
                        .sentences()
                        .get(0)),
                "the sport only describes the person");
        assertNull(
                d.sentenceMatch(
                        parse("Ukrainian troops crossed into Russia in the largest incursion since World War Two.")
                                .sentences()
                                .get(0)),
                "a comparison with history dates nothing");
    }

    @Test
    void discardedSentencesAndStoriesYieldNoEvents() {
        Knowledge k = Knowledge.defaults();
        DiscardList d = new DiscardList(List.of(
                new DiscardList.Entry(false, List.of("world", "cup"), false, "t"),
                new DiscardList.Entry(true, List.of("grand", "slam"), false, "t")));
        List<EventPattern> all = new ArrayList<>(k.patterns().all());
        Knowledge withDiscards = new Knowledge(k.ontology(), k.actors(), PatternSet.of(all, d));
        String attack = "Russian forces attacked Ukraine on Monday.";
        assertFalse(events(withDiscards, attack).isEmpty(), "the plain sentence is coded");
        assertTrue(
                events(withDiscards, attack + " Brazil won the World Cup.").size()
                        == events(withDiscards, attack).size(),
                "only the sports sentence is silenced");
        assertTrue(events(withDiscards, "Russian forces attacked Ukraine during the World Cup.")
                .isEmpty());
        assertTrue(
                events(withDiscards, attack + " The Grand Slam went on.").isEmpty(),
                "a story phrase silences every sentence");
    }

    private static List<Event> events(Knowledge k, String text) {
        return new DependencyEventCoder(k)
                .code(parse(text), new DocumentActors(k.actors()))
                .events();
    }
}
