package org.backchannel.coder.actors.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each import rule on its own, with a small vocabulary. */
class ImportRulesTest {
    private static final Set<String> AGENTS = Set.of("GOV", "MIL", "REB", "ELI", "LEG", "OPP");
    private final ImportRules rules = new ImportRules(
            Set.of("president", "prime minister", "minister", "troops", "peacekeeper", "official", "leader"),
            Set.of("us", "russian", "soviet", "israel", "jordan", "moscow"),
            Set.of("tigers", "tiger", "may", "black", "star", "bush"));

    @Test
    void placesAndStatesAreNotSectorCodes() {
        assertNull(ImportRules.split("AFG", AGENTS), "a state");
        assertNull(ImportRules.split("USRARM", AGENTS), "a republic of a former state");
        assertNull(ImportRules.split("SDNSSDAUT", AGENTS), "a province");
        assertEquals(new ImportRules.Code("AFG", "GOV", "AGR"), ImportRules.split("AFGGOVAGR", AGENTS));
        assertEquals(
                "IGOUNOKID",
                ImportRules.split("IGOUNOKID", AGENTS).roleCode(),
                "international bodies keep their whole code");
    }

    @Test
    void eliteIsNoOfficeAndCompaniesAreLeftOut() {
        assertFalse(ImportRules.isOffice(ImportRules.split("AFGELI", AGENTS)));
        assertTrue(ImportRules.isOffice(ImportRules.split("AFGGOV", AGENTS)));
        assertTrue(ImportRules.isCompany(ImportRules.split("MNCUSAMED", AGENTS)));
        assertTrue(ImportRules.isGroupSector(ImportRules.split("COLREB", AGENTS)));
        assertFalse(ImportRules.isGroupSector(ImportRules.split("RUSLEG", AGENTS)));
    }

    @Test
    void titlesAndCountriesBeforeANameGo() {
        assertEquals("BILL CLINTON", rules.personName("US PRESIDENT BILL CLINTON"));
        assertEquals("LEONID BREZHNEV", rules.personName("SOVIET LEADER LEONID BREZHNEV"));
        assertEquals("BORIS N. YELTSIN", rules.personName("MOSCOW PARTY CHIEF BORIS N. YELTSIN"));
        assertEquals("MIKHAIL GORBACHEV", rules.personName("EX-SOVIET PRESIDENT MIKHAIL GORBACHEV"));
        assertEquals("ISRAEL KATZ", rules.personName("ISRAEL KATZ"), "a country word is only dropped before a title");
        assertEquals("ABDUL RAHIM", rules.personName("ACTING MINISTER ABDUL RAHIM"));
    }

    @Test
    void peopleHaveTwoWordsAndNoBodyOrOfficeWords() {
        assertTrue(rules.looksLikePerson("HAMID KARZAI"));
        assertTrue(rules.looksLikePerson("RI RYONG MAN"), "short office nouns are parts of names");
        assertFalse(rules.looksLikePerson("KARZAI"));
        assertFalse(rules.looksLikePerson("GORBACHEV ADMINISTRATION"));
        assertFalse(rules.looksLikePerson("INDIAN UN PEACEKEEPER"));
        assertFalse(rules.looksLikePerson("OF THE"));
        assertFalse(rules.looksLikePerson("BRIGADE 313"));
    }

    @Test
    void genericNamesWouldFireEverywhere() {
        assertTrue(rules.isGeneric("THE ARMY"));
        assertTrue(rules.isGeneric("PRESIDENT"));
        assertTrue(rules.isGeneric("MAY"), "an ordinary English word");
        assertTrue(rules.isGeneric("TIGERS"), "plural of an ordinary word");
        assertTrue(rules.isGeneric("JUSTICE"));
        assertTrue(rules.isGeneric("NATIONAL POLICE"));
        assertFalse(rules.isGeneric("BLACK STAR"), "several ordinary words can be a name");
        assertFalse(rules.isGeneric("HAMAS"));
        assertFalse(rules.isGeneric("RUSSIAN FEDERAL ASSEMBLY"));
    }

    @Test
    void oneWordAliasesOnlyWhenDistinctive() {
        assertTrue(rules.usableOneWordAlias("YELTSIN"));
        assertFalse(rules.usableOneWordAlias("BUSH"), "an English word");
        assertFalse(rules.usableOneWordAlias("LEE"), "too short");
        assertFalse(rules.usableOneWordAlias("PRESIDENT"));
    }

    @Test
    void unusableNamesAndAbbreviations() {
        assertEquals("lists several names", ImportRules.unusable("ANTHONY CROSLAND, THEN DAVID OWEN"));
        assertEquals("no letters", ImportRules.unusable("39649"));
        assertEquals("unbalanced parenthesis", ImportRules.unusable("ARMY (ETA"));
        assertNull(ImportRules.unusable("ARMED ISLAMIC GROUP (GIA)"));
        assertEquals(List.of("GIA"), ImportRules.parentheticals("ARMED ISLAMIC GROUP (GIA)"));
        assertEquals("ARMED ISLAMIC GROUP", ImportRules.withoutParentheses("ARMED ISLAMIC GROUP (GIA)"));
    }

    @Test
    void displayNames() {
        assertEquals("Boris N. Yeltsin", ImportRules.display("BORIS N. YELTSIN"));
        assertEquals("Organization of African Unity", ImportRules.display("ORGANIZATION OF AFRICAN UNITY"));
        assertEquals("HAMAS", ImportRules.display("HAMAS"));
        assertEquals("Ban Ki-Moon", ImportRules.display("BAN KI-MOON"));
    }
}
