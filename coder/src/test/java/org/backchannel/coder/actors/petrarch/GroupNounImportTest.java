package org.backchannel.coder.actors.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.ontology.Ontology;
import org.junit.jupiter.api.Test;

/** Agent nouns in, group nouns out: only nouns that name a sector, and never over a curated one. */
class GroupNounImportTest {
    private static final KnowledgeBase CURATED =
            KnowledgeBase.load(Ontology.defaults().countries(), false);

    private static GroupNounImport.Result convert(String... lines) {
        Loaded<AgentEntry> read = AgentDictionary.parse("t.agents", List.of(lines));
        assertEquals(List.of(), read.problems());
        return GroupNounImport.convert(read.items(), CURATED);
    }

    @Test
    void sectorNounsBecomeGroupNouns() {
        GroupNounImport.Result r = convert(
                "RIOT_POLICE {} [~COP]",
                "GUERILLA [~REB]",
                "FARM_LABOURER [~AGR]",
                "HUMAN_RIGHTS_BODY [NGO~]",
                "AGRICULTURE_MINISTER [~GOVAGR]");
        assertEquals(
                List.of(
                        new GroupNounImport.GroupNoun("riot police", "COP", "t.agents:1"),
                        new GroupNounImport.GroupNoun("guerilla", "REB", "t.agents:2"),
                        new GroupNounImport.GroupNoun("farm labourer", "AGR", "t.agents:3"),
                        new GroupNounImport.GroupNoun("human rights body", "NGO", "t.agents:4"),
                        new GroupNounImport.GroupNoun("agriculture minister", "GOV", "t.agents:5")),
                r.nouns());
    }

    @Test
    void genericAmbiguousAndForeignNounsAreLeftOut() {
        GroupNounImport.Result r = convert(
                "MAN [~CVL]",
                "CARGO_SHIP [~BUS]",
                "F-16 [~MIL]",
                "BUDDHIST_MONK [~BUD]",
                "IGO_BODY [IGO~]",
                "MINIST_FOR_AGRICULTURE_FISHERIES_AND_FOOD [~GOVAGR]",
                "POLICE {} [~MIL]",
                "SQUATTER [~CVL]",
                "SQUATTER [~CRM]",
                "ALDERMAN [~GOV]",
                "ALDERMEN [~GOV]");
        assertEquals(List.of(new GroupNounImport.GroupNoun("alderman", "GOV", "t.agents:10")), r.nouns());
        Map<String, Integer> d = r.dropped();
        assertEquals(1, d.get("generic noun (says nothing about a sector)"));
        assertEquals(1, d.get("vehicle or weapon, not a group of people"));
        assertEquals(1, d.get("phrase with digits or signs (models of weapons, abbreviations)"));
        assertEquals(1, d.get("code that is not a sector of a country (religions, single bodies, modifiers)"));
        assertEquals(1, d.get("prefix code other than NGO~ (names a kind of body, not a sector)"));
        assertEquals(1, d.get("phrase of more than three words (the mention finder reads a noun and its modifiers)"));
        assertEquals(1, d.get("phrase the project already has (its sector stands)"), "police stays COP");
        assertEquals(1, d.get("phrase with two different sectors in the dictionary"));
        assertEquals(1, d.get("plural of a phrase already there (the lookup uses singular lemmas)"));
        assertTrue(CURATED.groupAgent("police").equals("COP"));
    }

    @Test
    void eventRolesPlacesAdjectivesAndCutOffOrPluralPhrasesAreLeftOut() {
        GroupNounImport.Result r = convert(
                "VICTIM [~CVL]",
                "HOSTAGE [~CVL]",
                "PRISON [~COP]",
                "UPRISING [~REB]",
                "NAVAL [~MIL]",
                "CENTRAL_JAIL_OF {} [~COP]",
                "MINISTRY_OF_OIL [~GOV]",
                "MINISTRIES_OF_OIL [~GOV]",
                "THE_PM [~GOV]");
        assertEquals(
                List.of("ministry of oil", "pm"),
                r.nouns().stream().map(GroupNounImport.GroupNoun::phrase).toList());
        assertEquals(2, r.dropped().get("part in an event (victim, detainee), not a group"));
        assertEquals(3, r.dropped().get("place, event, abstraction or adjective, not a group of people"));
        assertEquals(1, r.dropped().get("phrase cut off after a function word (\"central jail of\")"));
        assertEquals(1, r.dropped().get("plural of a phrase already there (the lookup uses singular lemmas)"));
    }
}
