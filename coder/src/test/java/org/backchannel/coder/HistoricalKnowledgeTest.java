package org.backchannel.coder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.junit.jupiter.api.Test;

/**
 * The knowledge converted from PETRARCH2's dictionaries, loaded with the curated knowledge: people of
 * 1945 to 2015 with dated offices, former states and bodies, group nouns; and what it must not disturb.
 */
class HistoricalKnowledgeTest {
    private final KnowledgeBase kb = Knowledge.defaults().actors();

    private Actor named(String name) {
        List<NameIndex.Entry> found = kb.names().lookup(NameIndex.key(name));
        assertEquals(1, found.size(), name + " names " + found);
        return kb.get(found.get(0).actorId()).orElseThrow();
    }

    @Test
    void leadersOfTheNinetiesHoldTheirOfficesOnlyInTheirTerms() {
        Actor yeltsin = named("Boris Yeltsin");
        assertEquals("RUSGOV", yeltsin.codeOn(LocalDate.of(1995, 6, 1)));
        assertEquals("RUS", yeltsin.codeOn(LocalDate.of(2005, 6, 1)), "out of office, no GOV code");
        assertEquals(yeltsin.id(), named("Yeltsin").id(), "the dictionary's one-word alias");
        assertEquals("EGYGOV", named("Hosni Mubarak").codeOn(LocalDate.of(1998, 1, 1)));
        assertEquals("FRAGOV", named("Jacques Chirac").codeOn(LocalDate.of(2000, 1, 1)));
        assertEquals("ZAFGOV", named("Nelson Mandela").codeOn(LocalDate.of(1996, 1, 1)));
        assertEquals("USAGOV", named("Harry S. Truman").codeOn(LocalDate.of(1950, 1, 1)));
    }

    @Test
    void aPersonInBothKeepsTheCuratedIdNameAndRoles() {
        Actor clinton = named("Bill Clinton");
        assertEquals("bill-clinton", clinton.id());
        assertEquals("Bill Clinton", clinton.name());
        assertEquals("USAGOV", clinton.codeOn(LocalDate.of(1995, 1, 1)));
        Actor obama = kb.get("barack-obama").orElseThrow();
        long presidencies =
                obama.roles().stream().filter(r -> r.code().equals("USAGOV")).count();
        assertEquals(1, presidencies, "no second, overlapping presidency from the dictionary: " + obama.roles());
    }

    @Test
    void convertedPeopleLeaveCuratedSurnamesAlone() {
        assertEquals(List.of("marco-rubio"), kb.names().bySurname("rubio"));
        assertTrue(
                kb.names().bySurname("kim").isEmpty(),
                "no converted minister answers to a bare 'Kim': " + kb.names().bySurname("kim"));
        assertTrue(kb.names().lookup("bush").isEmpty(), "a surname two presidents share names neither");
    }

    @Test
    void formerStatesAndBodies() {
        Ontology o = Ontology.defaults();
        assertEquals("Soviet Union", o.countries().name("SUN"));
        assertEquals("sun", named("USSR").id());
        assertEquals(ActorType.STATE, named("Soviet Union").type());
        assertTrue(kb.names().lookup("soviet").stream()
                .anyMatch(e -> e.actorId().equals("sun") && e.kind() == NameIndex.Kind.DEMONYM));
        assertEquals("yug", named("Yugoslavia").id());
        assertEquals("csk", named("Czechoslovakia").id());
        assertEquals("ddr", named("East Germany").id());
        assertEquals("cod", named("Zaire").id(), "an earlier name of a state that still exists");
        assertEquals("mkd", named("Former Yugoslav Republic of Macedonia").id());
        assertEquals("IGOEUREEC", named("European Community").code());
        assertEquals("IGOAFROAU", named("Organization of African Unity").code());
        assertEquals("IGOAFROAU", named("OAU").code());
        assertEquals("IGOWAR", named("Warsaw Pact").code());
    }

    @Test
    void groupNounsFromTheAgentsDictionaryAddToTheCuratedOnes() {
        assertEquals("MIL", kb.groupAgent("troops"), "curated");
        assertEquals("COP", kb.groupAgent("police"), "curated");
        assertEquals("REB", kb.groupAgent("guerrilla"), "curated");
        assertEquals("COP", kb.groupAgent("riot police"), "converted");
        assertEquals("REB", kb.groupAgent("guerilla"), "converted spelling");
        assertEquals(null, kb.groupAgent("man"), "generic nouns are left out");
    }

    @Test
    void generatedFilesSayWhereTheyComeFromAndHowToRegenerate() throws IOException {
        for (String f : List.of(
                "people-historical.tsv",
                "roles-historical.tsv",
                "organizations-historical.tsv",
                "groups-petrarch.tsv")) {
            try (InputStream in = getClass().getResourceAsStream("/backchannel/actors/" + f)) {
                String head = new String(in.readNBytes(4000), StandardCharsets.UTF_8);
                assertTrue(head.contains("(c) 2014 Open Event Data Alliance, MIT"), f);
                assertTrue(head.contains("ConvertPetrarch"), f);
                assertTrue(
                        head.contains("# Columns")
                                || head.contains("\n# id\t")
                                || head.contains("\n# phrase\t")
                                || head.contains("\n# person_id\t"),
                        f);
            }
        }
    }

    @Test
    void knowledgeByDecade() {
        SortedMap<Integer, Integer> byDecade = kb.peopleByDecade();
        System.out.println("people with a term starting in each decade: " + byDecade);
        for (int d = 1940; d <= 2020; d += 10) {
            assertTrue(byDecade.getOrDefault(d, 0) > 0, d + "s: " + byDecade);
        }
        assertTrue(byDecade.get(1990) > 500, "the nineties: " + byDecade);
    }
}
