package org.backchannel.coder.actors.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.backchannel.model.IngestProblem;
import org.junit.jupiter.api.Test;

/** The .agents reader on hand-written snippets: plurals, markers, prefix codes, bad lines. */
class AgentDictionaryTest {

    @Test
    void readsPhrasesPluralsMarkersAndBothCodeForms() {
        Loaded<AgentEntry> r = AgentDictionary.parse(
                "t.agents",
                List.of(
                        "!PERSON! = MAN, MEN, WOMAN",
                        "POLICE {} [~COP] # no plural",
                        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]",
                        "CONGRESS!PERSON! [~LEG]",
                        "SEMI-OFFICIAL[~GOV]",
                        "HUMAN_RIGHTS_BODY  [NGO~]"));
        assertEquals(List.of(), r.problems());
        assertEquals(
                List.of(
                        "police",
                        "attorney general",
                        "congressman",
                        "congressmen",
                        "congresswoman",
                        "semi-official",
                        "human rights body"),
                r.items().stream().map(AgentEntry::phrase).toList());
        assertEquals(List.of("attorneys general"), r.items().get(1).plurals());
        assertEquals("GOVATG", r.items().get(1).code());
        AgentEntry ngo = r.items().get(6);
        assertEquals("NGO", ngo.code());
        assertEquals(false, ngo.suffix());
        assertEquals(5, r.items().get(5).line());
    }

    @Test
    void aCircularOrExplodingMarkerIsReportedNotExpandedForever() {
        // found by the agents fuzz target: a marker whose value names itself recursed without end
        Loaded<AgentEntry> r = AgentDictionary.parse(
                "t.agents",
                List.of(
                        "!LOOP! = A!LOOP!, B",
                        "!MANY! = A, B, C, D, E, F, G, H",
                        "X!LOOP! [~GOV]",
                        "!MANY!!MANY!!MANY!!MANY! [~GOV]",
                        "FARMER [~AGR]"));
        assertEquals(
                List.of("t.agents:3", "t.agents:4"),
                r.problems().stream().map(IngestProblem::item).toList());
        assertEquals(
                List.of("farmer"), r.items().stream().map(AgentEntry::phrase).toList());
    }

    @Test
    void reportsBadLinesAndGoesOn() {
        Loaded<AgentEntry> r = AgentDictionary.parse(
                "t.agents",
                List.of(
                        "DEPARMENT_OF_ENVIRONMENT [~ENV}",
                        "ISLAMIC_EXTREMIST",
                        "!UNKNOWN!_OFFICE [~GOV]",
                        "BAD_CODE [GOV]",
                        "TAIL [~GOV] words",
                        "FARMER [~AGR]"));
        assertEquals(
                List.of(
                        new IngestProblem("t.agents:1", "'[' without ']': '[~ENV}'"),
                        new IngestProblem("t.agents:2", "phrase without a code: 'ISLAMIC_EXTREMIST'"),
                        new IngestProblem("t.agents:3", "undefined substitution marker in '!UNKNOWN!_OFFICE'"),
                        new IngestProblem("t.agents:4", "not an agent code (~CODE or CODE~): '[GOV]'"),
                        new IngestProblem("t.agents:5", "text after the code: 'words'")),
                r.problems());
        assertEquals(
                List.of("farmer"), r.items().stream().map(AgentEntry::phrase).toList());
    }
}
