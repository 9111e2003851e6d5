package org.backchannel.coder.places;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;
import org.backchannel.model.Location;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.junit.jupiter.api.Test;

/**
 * The locator on sentences whose tokens and enhanced++ dependencies are written by hand, as CoreNLP
 * would give them, so that no parser is needed.
 */
class EventLocatorTest {
    private static final Ontology ONTOLOGY = Ontology.defaults();
    private static final KnowledgeBase KB = KnowledgeBase.load(ONTOLOGY.countries());
    private final EventLocator locator = new EventLocator(KB, ONTOLOGY.countries());

    /** A hand-built sentence: tokens as "word/lemma/POS/NER", then dependencies and mentions. */
    private static final class Sentence {
        final List<Token> tokens = new ArrayList<>();
        final List<Dependency> deps = new ArrayList<>();
        final List<Mention> mentions = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Sentence(String... tokens) {
            for (String t : tokens) {
                String[] f = t.split("/");
                if (text.length() > 0) {
                    text.append(' ');
                }
                int begin = text.length();
                text.append(f[0]);
                this.tokens.add(new Token(
                        this.tokens.size(), f[0], f[1], f[2], f.length > 3 ? f[3] : "O", begin, text.length()));
            }
        }

        /** A dependency by token indices. */
        Sentence dep(int governor, String relation, int dependent) {
            deps.add(new Dependency(governor, dependent, relation));
            return this;
        }

        /** A mention of a state or capital (one token), as the mention finder gives it. */
        Mention mention(int token, String actorId, Mention.How how) {
            Mention m = new Mention(
                    0, token, token + 1, token, actorId, tokens.get(token).word(), how, null);
            mentions.add(m);
            return m;
        }

        SentenceGraph graph() {
            return new SentenceGraph(new ParsedSentence(0, text.toString(), 0, text.length(), tokens, deps), mentions);
        }
    }

    @Test
    void theOutskirtsOfACityAreInThatCity() {
        Sentence s = new Sentence(
                "Russian/Russian/JJ/O",
                "forces/force/NNS",
                "shelled/shell/VBD",
                "the/the/DT",
                "outskirts/outskirts/NNS",
                "of/of/IN",
                "Donetsk/Donetsk/NNP/LOCATION",
                "././.");
        s.dep(1, "amod", 0)
                .dep(2, "nsubj", 1)
                .dep(2, "obj", 4)
                .dep(4, "det", 3)
                .dep(4, "nmod:of", 6)
                .dep(6, "case", 5);
        Mention russia = s.mention(0, "rus", Mention.How.STATE);
        Location l = locator.locate(s.graph(), 2, russia, null);
        assertNotNull(l);
        assertEquals("Donetsk", l.text());
        assertEquals("UKR", l.country(), "the Ukrainian city, though the sentence names Russia");
        assertEquals(Location.Precision.CITY, l.precision());
        assertEquals(48.02, l.lat(), 0.05);
        assertEquals(37.80, l.lon(), 0.05);
        assertEquals(709717L, l.geonamesId());
    }

    @Test
    void strikesOnAPortAreInThePortsCity() {
        Sentence s = new Sentence(
                "Coalition/coalition/NN",
                "strikes/strike/NNS",
                "on/on/IN",
                "the/the/DT",
                "port/port/NN",
                "of/of/IN",
                "Hodeidah/Hodeidah/NNP/LOCATION",
                "killed/kill/VBD",
                "ten/ten/CD");
        s.dep(1, "compound", 0)
                .dep(7, "nsubj", 1)
                .dep(1, "nmod:on", 4)
                .dep(4, "case", 2)
                .dep(4, "det", 3)
                .dep(4, "nmod:of", 6)
                .dep(6, "case", 5)
                .dep(7, "obj", 8);
        Location l = locator.locate(s.graph(), 1, null, null);
        assertEquals("Hodeidah", l.text());
        assertEquals("Al Ḩudaydah", l.name());
        assertEquals("YEM", l.country());
    }

    @Test
    void clashesThatEruptedInACityHappenedThere() {
        Sentence s = new Sentence(
                "Clashes/clash/NNS", "erupted/erupt/VBD", "in/in/IN", "Kandahar/Kandahar/NNP/LOCATION", "././.");
        s.dep(1, "nsubj", 0).dep(1, "obl:in", 3).dep(3, "case", 2);
        Location l = locator.locate(s.graph(), 0, null, null);
        assertEquals("AFG", l.country());
        assertEquals("Kandahār", l.name());
    }

    @Test
    void aCapitalNamedAsVenueIsThatCity() {
        Sentence s = new Sentence(
                "US/US/NNP/LOCATION",
                "and/and/CC",
                "Iranian/iranian/JJ",
                "officials/official/NNS",
                "met/meet/VBD",
                "in/in/IN",
                "Doha/Doha/NNP/LOCATION");
        s.dep(3, "compound", 0)
                .dep(0, "cc", 1)
                .dep(3, "amod", 2)
                .dep(4, "nsubj", 3)
                .dep(4, "obl:in", 6)
                .dep(6, "case", 5);
        Mention us = s.mention(0, "usa", Mention.How.STATE);
        Mention iran = s.mention(2, "irn", Mention.How.STATE);
        s.mention(6, "qat", Mention.How.METONYM);
        Location l = locator.locate(s.graph(), 4, us, iran);
        assertEquals("Doha", l.text());
        assertEquals("QAT", l.country());
        assertEquals(Location.Precision.CITY, l.precision());
        assertTrue(l.hasPoint());
    }

    @Test
    void aCountryNamedAsVenueGetsItsCapitalsPoint() {
        Sentence s = new Sentence(
                "Israel/Israel/NNP/LOCATION",
                "launched/launch/VBD",
                "strikes/strike/NNS",
                "in/in/IN",
                "Syria/Syria/NNP/LOCATION");
        s.dep(1, "nsubj", 0).dep(1, "obj", 2).dep(1, "obl:in", 4).dep(4, "case", 3);
        Mention israel = s.mention(0, "isr", Mention.How.STATE);
        s.mention(4, "syr", Mention.How.STATE);
        Location l = locator.locate(s.graph(), 1, israel, null);
        assertEquals(Location.Precision.COUNTRY, l.precision());
        assertEquals("SYR", l.country());
        assertEquals("Syria", l.name());
        Place damascus = Gazetteer.defaults().capital("SYR").orElseThrow();
        assertEquals(damascus.lat(), l.lat());
        assertEquals(damascus.id(), l.geonamesId());
    }

    @Test
    void theCapitalOfANamedCountryIsItsCapitalCity() {
        Sentence s = new Sentence(
                "Protests/protest/NNS",
                "spread/spread/VBD",
                "in/in/IN",
                "the/the/DT",
                "Syrian/syrian/JJ",
                "capital/capital/NN");
        s.dep(1, "nsubj", 0)
                .dep(1, "obl:in", 5)
                .dep(5, "case", 2)
                .dep(5, "det", 3)
                .dep(5, "amod", 4);
        s.mention(4, "syr", Mention.How.STATE);
        Location l = locator.locate(s.graph(), 0, null, null);
        assertEquals("Damascus", l.name());
        assertEquals(Location.Precision.CITY, l.precision());
    }

    @Test
    void aProvinceNamedForItsCityAndAStripNamedForItsTown() {
        Sentence province = new Sentence(
                "Fighting/fighting/NN",
                "continued/continue/VBD",
                "in/in/IN",
                "Kandahar/Kandahar/NNP/LOCATION",
                "province/province/NN");
        province.dep(1, "nsubj", 0).dep(1, "obl:in", 4).dep(4, "case", 2).dep(4, "compound", 3);
        assertEquals("AFG", locator.locate(province.graph(), 1, null, null).country());

        Sentence strip = new Sentence(
                "Israel/Israel/NNP/LOCATION",
                "struck/strike/VBD",
                "targets/target/NNS",
                "in/in/IN",
                "the/the/DT",
                "Gaza/Gaza/NNP/LOCATION",
                "Strip/Strip/NNP/LOCATION");
        strip.dep(1, "nsubj", 0)
                .dep(1, "obj", 2)
                .dep(1, "obl:in", 6)
                .dep(6, "case", 3)
                .dep(6, "det", 4)
                .dep(6, "compound", 5);
        Mention israel = strip.mention(0, "isr", Mention.How.STATE);
        Location l = locator.locate(strip.graph(), 1, israel, null);
        assertEquals("Gaza", l.text());
        assertEquals("PSE", l.country());
    }

    @Test
    void aPlaceInTheObjectsAdjunct() {
        Sentence s = new Sentence(
                "Militants/militant/NNS",
                "killed/kill/VBD",
                "three/three/CD",
                "soldiers/soldier/NNS",
                "in/in/IN",
                "Mosul/Mosul/NNP/LOCATION");
        s.dep(1, "nsubj", 0)
                .dep(1, "obj", 3)
                .dep(3, "nummod", 2)
                .dep(3, "nmod:in", 5)
                .dep(5, "case", 4);
        assertEquals("IRQ", locator.locate(s.graph(), 1, null, null).country());
    }

    @Test
    void aPartyIsNoPlace() {
        Sentence sanctions = new Sentence(
                "The/the/DT",
                "US/US/NNP/LOCATION",
                "imposed/impose/VBD",
                "sanctions/sanction/NNS",
                "on/on/IN",
                "Russia/Russia/NNP/LOCATION");
        sanctions
                .dep(1, "det", 0)
                .dep(2, "nsubj", 1)
                .dep(2, "obj", 3)
                .dep(2, "obl:on", 5)
                .dep(5, "case", 4);
        Mention us = sanctions.mention(1, "usa", Mention.How.STATE);
        Mention russia = sanctions.mention(5, "rus", Mention.How.STATE);
        assertNull(
                locator.locate(sanctions.graph(), 2, us, russia),
                "'on Russia' names the target, not where it happened");

        Sentence warned =
                new Sentence("Washington/Washington/NNP/LOCATION", "warned/warn/VBD", "Moscow/Moscow/NNP/LOCATION");
        warned.dep(1, "nsubj", 0).dep(1, "obj", 2);
        Mention washington = warned.mention(0, "usa", Mention.How.METONYM);
        Mention moscow = warned.mention(2, "rus", Mention.How.METONYM);
        assertNull(locator.locate(warned.graph(), 1, washington, moscow), "a capital standing for its government");
    }

    @Test
    void noPlaceNamedGivesNoLocation() {
        Sentence s = new Sentence(
                "Iran/Iran/NNP/LOCATION",
                "condemned/condemn/VBD",
                "the/the/DT",
                "attack/attack/NN",
                "in/in/IN",
                "a/a/DT",
                "statement/statement/NN");
        s.dep(1, "nsubj", 0)
                .dep(1, "obj", 3)
                .dep(3, "det", 2)
                .dep(1, "obl:in", 6)
                .dep(6, "case", 4)
                .dep(6, "det", 5);
        Mention iran = s.mention(0, "irn", Mention.How.STATE);
        assertNull(locator.locate(s.graph(), 1, iran, null));

        Sentence region = new Sentence(
                "Tensions/tension/NNS",
                "rose/rise/VBD",
                "in/in/IN",
                "the/the/DT",
                "Middle/Middle/NNP/LOCATION",
                "East/East/NNP/LOCATION");
        region.dep(1, "nsubj", 0)
                .dep(1, "obl:in", 5)
                .dep(5, "case", 2)
                .dep(5, "det", 3)
                .dep(5, "compound", 4);
        region.mentions.add(new Mention(0, 4, 6, 5, "mea", "Middle East", Mention.How.STATE, null));
        assertNull(locator.locate(region.graph(), 1, null, null), "a region has no point and no country");
    }

    @Test
    void aPlaceTheGazetteerCannotTellIsKeptAsWrittenWithoutAPoint() {
        Sentence s = new Sentence("Talks/talk/NNS", "opened/open/VBD", "in/in/IN", "Nice/Nice/NNP/LOCATION");
        s.dep(1, "nsubj", 0).dep(1, "obl:in", 3).dep(3, "case", 2);
        Location alone = locator.locate(s.graph(), 1, null, null);
        assertEquals(Location.unresolved("Nice"), alone, "a common word with no country named");

        Sentence withFrance = new Sentence(
                "France/France/NNP/LOCATION",
                "opened/open/VBD",
                "talks/talk/NNS",
                "in/in/IN",
                "Nice/Nice/NNP/LOCATION");
        withFrance.dep(1, "nsubj", 0).dep(1, "obj", 2).dep(1, "obl:in", 4).dep(4, "case", 3);
        Mention france = withFrance.mention(0, "fra", Mention.How.STATE);
        Location l = locator.locate(withFrance.graph(), 1, france, null);
        assertEquals("FRA", l.country());
        assertEquals(Location.Precision.CITY, l.precision());
    }

    @Test
    void aPersonIsNoPlaceEvenWhenATownHasTheName() {
        Sentence s = new Sentence(
                "He/he/PRP", "met/meet/VBD", "officials/official/NNS", "in/in/IN", "Warren/Warren/NNP/PERSON");
        s.dep(1, "nsubj", 0).dep(1, "obj", 2).dep(1, "obl:in", 4).dep(4, "case", 3);
        assertNull(locator.locate(s.graph(), 1, null, null));
    }

    @Test
    void aPlaceWordTaggedAsANameStillLeadsToItsPlace() {
        Sentence s = new Sentence(
                "the/the/DT",
                "bombing/bombing/NN",
                "in/in/IN",
                "the/the/DT",
                "West/West/NNP/LOCATION",
                "Bank/Bank/NNP/LOCATION",
                "City/City/NNP/LOCATION",
                "of/of/IN",
                "Tulkarm/Tulkarm/NNP/LOCATION");
        s.dep(1, "det", 0)
                .dep(1, "nmod:in", 6)
                .dep(6, "case", 2)
                .dep(6, "det", 3)
                .dep(6, "compound", 4)
                .dep(6, "compound", 5)
                .dep(6, "nmod:of", 8)
                .dep(8, "case", 7);
        Location l = locator.locate(s.graph(), 1, null, null);
        assertEquals("Tulkarm", l.text());
        assertEquals("PSE", l.country());
    }

    @Test
    void aCountryNameInsideALongerNameIsNotThatCountry() {
        Sentence s = new Sentence(
                "Riots/riot/NNS",
                "broke/break/VBD",
                "out/out/RP",
                "in/in/IN",
                "Northern/Northern/NNP/LOCATION",
                "Ireland/Ireland/NNP/LOCATION");
        s.dep(1, "nsubj", 0)
                .dep(1, "compound:prt", 2)
                .dep(1, "obl:in", 5)
                .dep(5, "case", 3)
                .dep(5, "compound", 4);
        s.mention(5, "irl", Mention.How.STATE);
        Location l = locator.locate(s.graph(), 0, null, null);
        assertEquals("GBR", l.country(), "Northern Ireland is a region of the United Kingdom, not Ireland");
        assertEquals(Location.Precision.REGION, l.precision());
    }

    @Test
    void anObjectTheGazetteerDoesNotKnowIsNoPlace() {
        Sentence s = new Sentence(
                "Workers/worker/NNS",
                "blocked/block/VBD",
                "the/the/DT",
                "Europe/Europe/NNP/LOCATION",
                "Bridge/Bridge/NNP/LOCATION");
        s.dep(1, "nsubj", 0).dep(1, "obj", 4).dep(4, "det", 2).dep(4, "compound", 3);
        assertNull(locator.locate(s.graph(), 1, null, null));
    }

    @Test
    void aBuildingIsInItsCity() {
        Sentence palace = new Sentence(
                "Turkey/Turkey/NNP/LOCATION",
                "hosted/host/VBD",
                "talks/talk/NNS",
                "at/at/IN",
                "Istanbul/Istanbul/NNP/LOCATION",
                "'s/'s/POS",
                "Dolmabahce/Dolmabahce/NNP/LOCATION",
                "Palace/Palace/NNP/LOCATION");
        palace.dep(1, "nsubj", 0)
                .dep(1, "obj", 2)
                .dep(1, "obl:at", 7)
                .dep(7, "case", 3)
                .dep(7, "nmod:poss", 4)
                .dep(4, "case", 5)
                .dep(7, "compound", 6);
        Mention turkey = palace.mention(0, "tur", Mention.How.STATE);
        Location l = locator.locate(palace.graph(), 1, turkey, null);
        assertEquals("Istanbul", l.name());
        assertEquals(Location.Precision.CITY, l.precision());

        Sentence villa = new Sentence(
                "They/they/PRP",
                "met/meet/VBD",
                "at/at/IN",
                "the/the/DT",
                "Villa/Villa/NNP/LOCATION",
                "La/La/NNP/LOCATION",
                "Grange/Grange/NNP/LOCATION",
                "in/in/IN",
                "Geneva/Geneva/NNP/LOCATION");
        villa.dep(1, "nsubj", 0)
                .dep(1, "obl:at", 6)
                .dep(6, "case", 2)
                .dep(6, "det", 3)
                .dep(6, "compound", 4)
                .dep(6, "compound", 5)
                .dep(6, "nmod:in", 8)
                .dep(8, "case", 7);
        assertEquals("CHE", locator.locate(villa.graph(), 1, null, null).country());
    }
}
