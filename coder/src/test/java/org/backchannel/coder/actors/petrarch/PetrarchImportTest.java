package org.backchannel.coder.actors.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.backchannel.coder.actors.KnowledgeBase;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Role;
import org.junit.jupiter.api.Test;

/** Entries in, actors out: the import rules applied together against the curated knowledge base. */
class PetrarchImportTest {
    private static final KnowledgeBase CURATED =
            KnowledgeBase.load(Ontology.defaults().countries(), false);

    private static PetrarchImport.Result convert(String dictionary) {
        Loaded<ActorEntry> read = ActorDictionary.parse("t.actors", List.of(dictionary.split("\n")));
        assertEquals(List.of(), read.problems());
        return new PetrarchImport(CURATED, Ontology.defaults(), Set.of("tigers")).convert(read.items());
    }

    private static Optional<Actor> person(PetrarchImport.Result r, String id) {
        return r.people().stream().filter(a -> a.id().equals(id)).findFirst();
    }

    private static Optional<Actor> body(PetrarchImport.Result r, String name) {
        return r.organizations().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    @Test
    void aRoleAppliesOnlyWithinItsDates() {
        PetrarchImport.Result r = convert(
                """
                ZORAN_TESTOVIC_
                \t[RUSELI 19300101-19910709]
                \t[RUSGOV 19910710-19991231]
                \t[RUSELI]
                """);
        Actor p = person(r, "zoran-testovic").orElseThrow();
        assertEquals(
                List.of("RUSGOV"), p.roles().stream().map(Role::code).toList(), "ELI is a standing, not an office");
        assertEquals("RUSGOV", p.codeOn(LocalDate.of(1995, 6, 1)));
        assertEquals("RUS", p.codeOn(LocalDate.of(2005, 6, 1)), "out of office: the country, not GOV");
        assertEquals("RUS", p.country());
        assertEquals("Government", p.roles().get(0).title());
    }

    @Test
    void openTermsEndAtTheDictionaryHorizonAndUndatedFallbacksGo() {
        PetrarchImport.Result r = convert(
                """
                ANA_TESTOVA_
                \t[BGRGOV >20050816]
                \t[BGRGOV]
                LATE_ENTRY_PERSON_
                \t[BGRLEG 20100101-20150217]
                """);
        assertEquals(LocalDate.of(2015, 2, 17), r.horizon());
        Actor p = person(r, "ana-testova").orElseThrow();
        assertEquals(
                List.of(new Role("Government", "BGR", "GOV", LocalDate.of(2005, 8, 16), LocalDate.of(2015, 2, 17))),
                p.roles());
        assertTrue(r.dropped().keySet().stream().anyMatch(k -> k.startsWith("undated code beside dated ones")));
    }

    @Test
    void aCuratedPersonKeepsIdNameAndRolesAndGainsOnlyWhatDoesNotOverlap() {
        Actor obama = CURATED.get("barack-obama").orElseThrow();
        PetrarchImport.Result r = convert(
                """
                PRESIDENT_BARACK_OBAMA
                +OBAMA
                +BARACK_HUSSEIN_OBAMA_II
                \t[USALEG 19970108-20041104]
                \t[USAGOV >20090120]
                FILLER_PERSON_TESTER
                \t[USAGOV 20100101-20150217]
                """);
        Actor p = person(r, "barack-obama").orElseThrow();
        assertEquals(obama.name(), p.name());
        assertEquals(
                List.of(new Role("Legislature", "USA", "LEG", LocalDate.of(1997, 1, 8), LocalDate.of(2004, 11, 4))),
                p.roles(),
                "the presidency overlaps the curated one and is left out");
        assertFalse(p.aliases().contains("OBAMA"), "a curated person's bare surname stays with the surname rule");
        assertTrue(p.aliases().contains("Barack Hussein Obama II"));
        assertTrue(r.dropped().containsKey("role overlapping a curated role of the same person"));
    }

    @Test
    void aNameSharedByTwoDictionaryPeopleNamesNeither() {
        PetrarchImport.Result r = convert(
                """
                GEORGE_TESTBUSH_
                +PRESIDENT_TESTBUSH
                +GEORGE_H._TESTBUSH
                \t[USAGOV 19890120-19930120]
                GEORGE_W._TESTBUSH_
                +PRESIDENT_TESTBUSH_
                +GEORGE_TESTBUSH
                \t[USAGOV 20010120-20090120]
                """);
        Actor senior = person(r, "george-testbush").orElseThrow();
        Actor junior = person(r, "george-w-testbush").orElseThrow();
        assertFalse(senior.aliases().contains("TESTBUSH"), "one surname, two presidents: dropped from both");
        assertFalse(junior.aliases().contains("TESTBUSH"));
        assertFalse(junior.aliases().contains("George Testbush"), "the other one's own name");
        assertTrue(senior.aliases().contains("George H. Testbush"));
    }

    @Test
    void placesCompaniesAndNullCodesAreNoActors() {
        PetrarchImport.Result r = convert(
                """
                ATLANTISIA_  [AFG]
                +KABUL_
                INDIAN_OCEAN  [---]
                ACME_WIDGETS_ [MNCUSA]
                NAPOLEON_TESTAPARTE_
                \t[FRAGOV 18040101-18150101]
                """);
        assertEquals(List.of(), r.people());
        assertEquals(List.of(), r.organizations());
        assertEquals(
                Map.of(
                        "state or place entry (countries come from the project's own list)", 1,
                        "entry marked [---] (not an actor)", 1,
                        "company (MNC)", 1,
                        "role ended before 1945", 1,
                        "person whose codes all end before 1945", 1),
                r.dropped());
    }

    @Test
    void bodiesGetTypeCodeAndAbbreviationsAndGenericOnesGo() {
        PetrarchImport.Result r = convert(
                """
                ZETA_TEST_LIBERATION_FRONT_(ZTLF)_ [COLREB]
                +ZETA_FRONT
                ORGANIZATION_OF_AFRICAN_UNITY_ [IGOAFROAU]
                +OAU_
                THE_ARMY_ [USAMIL]
                TIGERS [LKAREB]
                NATO_ [IGOWSTNAT]
                SOUPHATESTVONG_
                \t[LAOGOV 19751203-19910815]
                """);
        Actor front = body(r, "Zeta Test Liberation Front").orElseThrow();
        assertEquals(ActorType.GROUP, front.type());
        assertEquals("COLREB", front.code());
        assertEquals("COL", front.country());
        assertTrue(front.aliases().contains("ZTLF"));
        Actor oau = body(r, "Organization of African Unity").orElseThrow();
        assertEquals(ActorType.ORGANIZATION, oau.type());
        assertEquals("IGOAFROAU", oau.code());
        assertEquals("IGO", oau.agent());
        assertEquals(null, oau.country());
        assertTrue(oau.aliases().contains("OAU"));
        assertTrue(body(r, "The Army").isEmpty(), "generic");
        assertTrue(body(r, "TIGERS").isEmpty(), "an ordinary English word");
        assertTrue(body(r, "NATO").isEmpty(), "the curated NATO stands");
        Actor prince = person(r, "souphatestvong").orElseThrow(() -> new AssertionError(r.people()));
        assertEquals(
                "LAOGOV",
                prince.codeOn(LocalDate.of(1980, 1, 1)),
                "one distinctive word with dated offices: a person known by one name");
    }

    @Test
    void duplicateEntriesBecomeOne() {
        PetrarchImport.Result r = convert(
                """
                KOFI_TESTANNAN_
                \t[IGOUNO 19970101-20061231]
                KOFI_TESTANNAN_
                +K._TESTANNAN
                \t[GHAGOV 19900101-19910101]
                """);
        assertEquals(1, r.people().size());
        Actor p = r.people().get(0);
        assertEquals(
                List.of("GHAGOV", "IGOUNO"), p.roles().stream().map(Role::code).toList(), "state offices first");
        assertTrue(
                p.roles().get(1).title().startsWith("Official of United Nations"),
                p.roles().get(1).title());
        assertEquals("GHA", p.country());
    }
}
