package org.backchannel.coder.patterns.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.nlp.Lemmas;
import org.junit.jupiter.api.Test;

/** The converter on small hand-written pieces of the CAMEO.2.0 format, one construct at a time. */
class CameoConverterTest {
    private static final Codebook CODEBOOK = Codebook.load();

    private static final List<String> SYNSETS = List.of(
            "&FOOD",
            "+FOOD",
            "+FOODSTUFF",
            "+PROVISIONS_",
            "&MILITARY",
            "+ARMY",
            "+ARMED_FORCES",
            "+TROOPS",
            "&AUXVERB1_",
            "+WAS",
            "",
            "####### VERB PATTERNS #######",
            "");

    private static CameoConverter converter(String... block) {
        List<String> lines = new java.util.ArrayList<>(SYNSETS);
        lines.addAll(List.of(block));
        return new CameoConverter(CameoDictionary.parse(lines), Lemmas::noun, c -> CODEBOOK.find(c)
                .isPresent());
    }

    private static List<String> patterns(CameoConverter c) {
        return c.expand().stream()
                .map(r -> r.code() + " " + r.pattern() + " " + r.group())
                .toList();
    }

    @Test
    void blockDefaultsAndMemberCodesBecomeBareVerbs() {
        CameoConverter c = converter(
                "---  RUSH   [070]  ---",
                "RUSH",
                "HURRY {HURRIES HURRYING HURRIED }",
                "SPEED {SPEEDING SPEEDS SPED } [073]  # PAS 1/1/91",
                "DASH [---]");
        List<String> rows = patterns(c);
        assertTrue(rows.contains("070 rush default"), rows.toString());
        assertTrue(rows.contains("070 hurry default"), "irregular forms in {} are dropped, the lemma stays");
        assertTrue(rows.contains("073 speed default"), "a member's own code wins over the block's");
        assertFalse(rows.stream().anyMatch(r -> r.contains(" dash ")), "[---]: no default");
        assertEquals(1, c.defaultsLeftOut().total());
    }

    @Test
    void multiwordMembersArePhrasalVerbsOrVerbsWithAPreposition() {
        CameoConverter c = converter(
                "---  CANCEL   [---]  ---",
                "+CALL_OFF [160]",
                "+ASK_FOR {+ASKED_FOR +ASKING_FOR} [020]",
                "RE_+ARREST [173]",
                "+TAKE_LEAVE [---]",
                "+GET_HOLD_OF [---]");
        List<String> rows = patterns(c);
        assertTrue(rows.contains("160 call_off default"), rows.toString());
        assertTrue(rows.contains("020 ask prep=for default"), rows.toString());
        assertEquals(1, c.rejectedMembers().count(CameoConverter.PREFIXED));
        assertEquals(1, c.rejectedMembers().count(CameoConverter.MULTIWORD));
        assertEquals(1, c.rejectedMembers().count(CameoConverter.LONG_VERB));
    }

    @Test
    void objectsPrepositionsAndNounPhrasesBecomeConstraintsWithLemmas() {
        CameoConverter c = converter(
                "---  RUSH   [---]  ---",
                "RUSH",
                "- * AID                                               [070]         # RUSH",
                "- * SANCTIONS                                         [163]         # RUSH",
                "- * (TO PROPOSAL)                                     [030]         # RUSH",
                "- * (TO)                                              [042:043]     # RUSH",
                "- * {ARMS SHIPMENT}                                   [072]         # RUSH",
                "- * &FOOD                                             [073]         # RUSH",
                "- * POLICE (TO BORDER)                                [153]         # RUSH",
                "- * (WITH +)                                          [040]         # RUSH",
                "- * ON &FOOD                                          [0233]        # RUSH",
                "- * (TO PEACE &TREATY)                                [037]         # RUSH",
                "- * {DEBT_RELIEF}                                     [0331]        # RUSH");
        List<String> rows = patterns(c);
        assertTrue(rows.contains("070 rush obj=aid origin"), rows.toString());
        assertTrue(rows.contains("163 rush obj=sanction origin"), "plural nouns become CoreNLP lemmas: " + rows);
        assertTrue(rows.contains("030 rush prep=to:proposal origin"), rows.toString());
        assertTrue(rows.contains("042 rush prep=to origin"), "[a:b] codes the active part: " + rows);
        assertTrue(rows.contains("072 rush obj=arm_shipment|arms_shipment origin"), rows.toString());
        assertTrue(rows.contains("073 rush obj=food|foodstuff|provision origin"), "synonym sets expand: " + rows);
        assertTrue(rows.contains("153 rush obj=police prep=to:border origin"), rows.toString());
        assertTrue(
                rows.contains("040 rush prep=with origin"),
                "(WITH +): the target is the preposition's object: " + rows);
        assertTrue(
                rows.contains("0233 rush prep=on:food|foodstuff|provision origin"), "unbracketed preposition: " + rows);
        assertTrue(rows.contains("0331 rush obj=debt_relief origin"), "underscores join a noun phrase: " + rows);
        assertEquals(1, c.rejectedPatterns().count(PatternLineReader.UNDEFINED_SYNSET), "&TREATY is not defined here");
    }

    @Test
    void particlesAfterTheVerbJoinItsHead() {
        CameoConverter c = converter(
                "---  ARRANGE   [---]  ---",
                "SET",
                "PUT {PUTS PUTTING }",
                "+CALL_OFF",
                "- * OFF EXPLOSIVE                                     [183]         # SET",
                "- * (ASIDE RIFT)                                      [030]         # SET",
                "- * DOWN RIOT                                         [175]         # PUT",
                "- * FORWARD {PEACE PLAN}                              [027]         # PUT");
        List<String> rows = patterns(c);
        assertTrue(rows.contains("183 set_off obj=explosive origin"), rows.toString());
        assertTrue(rows.contains("183 put_off obj=explosive synonym"), "block patterns apply to every member: " + rows);
        assertTrue(rows.contains("030 set_aside obj=rift origin"), rows.toString());
        assertTrue(rows.contains("175 put_down obj=riot origin"), rows.toString());
        assertTrue(
                rows.contains("027 put_forward obj=peace_plan synonym")
                        || rows.contains("027 put_forward obj=peace_plan origin"),
                rows.toString());
        assertFalse(rows.stream().anyMatch(r -> r.contains("call_off_")), "no particle on a phrasal member: " + rows);
    }

    @Test
    void whatTheGrammarCannotSayIsRejectedWithItsReason() {
        CameoConverter c = converter(
                "---  RUSH   [---]  ---",
                "RUSH",
                "- &MILITARY *                                         [154]         # RUSH",
                "- + * ROCKET                                          [193]         # RUSH",
                "- * PROTESTS (FROM $)                                 [110]         # RUSH",
                "- * (IN ^)                                            [046]         # RUSH",
                "- % &MILITARY *                                       [062]         # RUSH",
                "- * NOT EXTEND DEADLINE                               [030]         # RUSH",
                "- * RESTORATION RELATIONS                             [050]         # RUSH",
                "- * (TO LIST) (OF PARTIES)                            [1722]        # RUSH",
                "- * (BEFORE COURT)                                    [:173]        # RUSH",
                "- * SIT-IN                                            [141]         # RUSH",
                "- * {JOINT DEFENSE TREATY}                            [062]         # RUSH",
                "- * &AUXVERB1_                                        [010]         # RUSH",
                "- * (THE STAKES)                                      [012]         # RUSH",
                "- * ORDER                                             [1213]        # RUSH",
                "- * DOWN (FROM)                                       [080!]        # RUSH",
                "- * (BY)                                              [043]         # RUSH");
        assertTrue(
                patterns(c).stream().noneMatch(r -> !r.contains("default")),
                patterns(c).toString());
        Tally t = c.rejectedPatterns();
        assertEquals(
                2, t.count(PatternLineReader.SUBJECT_WORDS), "&MILITARY * and % &MILITARY *: the % is before the verb");
        assertEquals(1, t.count(PatternLineReader.TARGET_BEFORE));
        assertEquals(1, t.count(PatternLineReader.SOURCE_AFTER));
        assertEquals(1, t.count(PatternLineReader.SKIP));
        assertEquals(1, t.count(PatternLineReader.NEGATION));
        assertEquals(1, t.count(PatternLineReader.SEVERAL_OBJECTS));
        assertEquals(1, t.count(PatternLineReader.SEVERAL_PREPS));
        assertEquals(1, t.count(CameoConverter.PASSIVE_ONLY));
        assertEquals(1, t.count(PatternLineReader.ODD_WORD));
        assertEquals(1, t.count(PatternLineReader.LONG_NP));
        assertEquals(1, t.count(PatternLineReader.NON_NOUN_SYNSET));
        assertEquals(1, t.count(PatternLineReader.NOT_A_PREP));
        assertEquals(1, t.count(CameoConverter.UNKNOWN_CODE + ": 1213"), "1213 is not a CAMEO 1.1b3 code");
        assertEquals(1, t.count(CameoConverter.UNKNOWN_CODE + ": 080!"));
        assertEquals(1, t.count(PatternLineReader.BY_AGENT));
        assertEquals(16, t.total());
    }

    @Test
    void noEventPatternsAndOriginVersusSynonym() {
        CameoConverter c = converter(
                "---  DISCLOSE   [050]  ---",
                "ADMIT {ADMITS ADMITTING ADMITTED }  # OY 25 Jul 2003",
                "REVEAL",
                "- * (TO HOSPITAL)                                     [---]         # ADMIT",
                "- * PLOT                                              [015]         # ADMIT");
        List<String> rows = patterns(c);
        assertTrue(rows.contains("--- admit prep=to:hospital no-event"), rows.toString());
        assertTrue(rows.contains("015 admit obj=plot origin"), rows.toString());
        assertTrue(rows.contains("015 reveal obj=plot synonym"), "written for ADMIT, borrowed by REVEAL: " + rows);
    }

    @Test
    void identicalRowsMergeAndConflictingCodesGoToTheirParentOrAreRejected() {
        CameoConverter c = converter(
                "---  ARRANGE   [---]  ---",
                "STAGE",
                "ORGANIZE",
                "- * STRIKES                                           [140]         # STAGE",
                "- * STRIKE                                            [143]         # STAGE",
                "- * MEETING                                           [026]         # ORGANIZE",
                "- * MEETING                                           [036]         # STAGE",
                "- * {MOCK ATTACK}                                     [062]         # STAGE",
                "- * {MOCK ATTACK}                                     [150]         # STAGE");
        Tally t = new Tally();
        List<ConvertedRow> merged = c.merge(c.expand(), t);
        List<String> rows = merged.stream()
                .map(r -> r.code() + " " + r.pattern() + " " + r.group())
                .toList();
        assertTrue(rows.contains("140 stage obj=strike origin"), "140 and 143 share root 14: " + rows);
        assertTrue(rows.contains("036 stage obj=meeting origin"), "the pattern written for the verb wins: " + rows);
        assertTrue(rows.contains("026 organize obj=meeting origin"), rows.toString());
        assertFalse(
                rows.stream().anyMatch(r -> r.contains("mock_attack")),
                "062 and 150: different roots, ambiguous: " + rows);
        assertTrue(
                t.count("ambiguous: the same pattern with codes of different roots (rejected)") >= 2,
                t.reasons().toString());
    }

    @Test
    void tokensKeepBraceGroupsAndTheOriginVerbComesFromTheComment() {
        assertEquals(
                List.of("*", "(", "TO", "{BANNED PARTIES}", ")", "$"),
                PatternLineReader.tokens("* (TO {BANNED PARTIES}) $"));
        assertEquals(List.of("*", "{DEBT RELIEF}"), PatternLineReader.tokens("* DEBT_RELIEF"));
        assertEquals(null, PatternLineReader.tokens("* VENTURE (WITH VISIT) VISIT)"));
        assertEquals("ANNOUNCE", PatternLineReader.originVerb("ANNOUNCE <ab 02 Dec 2005>  , ANNOUNCE"));
        assertEquals("", PatternLineReader.originVerb("-PAS 12.01.12"));
    }

    @Test
    void nounLemmasAreCoreNlpsOnSamples() {
        assertEquals(Set.of("sanction"), Lemmas.noun("SANCTIONS"));
        assertEquals(Set.of("talk"), Lemmas.noun("TALKS"));
        assertEquals(Set.of("troops"), Lemmas.noun("TROOPS"), "CoreNLP keeps troops");
        assertEquals(Set.of("rally"), Lemmas.noun("RALLIES"));
        assertEquals(Set.of("crisis"), Lemmas.noun("CRISIS"));
        assertEquals(Set.of("person", "people"), Lemmas.noun("PEOPLE"));
    }
}
