package org.backchannel.coder.mentions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.testing.HandParse;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.junit.jupiter.api.Test;

/** Each mention rule on sentences parsed by hand: what it finds, and what it leaves alone. */
class MentionRulesTest {
    private static final Knowledge K = Knowledge.defaults();
    private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    private record Found(List<List<Mention>> mentions, DocumentActors actors) {
        List<Mention> in(int sentence) {
            return mentions.get(sentence);
        }

        /** Actor code of each mention of a sentence whose span covers {@code token}. */
        Set<String> codesAt(int sentence, int token) {
            return in(sentence).stream()
                    .filter(m -> m.covers(token))
                    .map(m -> actors.ref(m.actorId(), m.text(), DAY).code())
                    .collect(Collectors.toSet());
        }
    }

    private static Found find(ParsedSentence... sentences) {
        ParsedDocument doc = HandParse.document(DAY, sentences);
        DocumentActors actors = new DocumentActors(K.actors());
        return new Found(new MentionFinder(K.actors()).find(doc, DAY, actors), actors);
    }

    @Test
    void demonymAndGroupNounGiveCountryAndSector() {
        Found f = find(HandParse.sentence(
                "Turkish/JJ police/NN detained/VBD/O/detain protesters/NNS/O/protester",
                "amod(police, Turkish) nsubj(detained, police) obj(detained, protesters)"));
        assertEquals(Set.of("TURCOP"), f.codesAt(0, 1));
    }

    @Test
    void aWeaponStandsForItsNamedOwnersForcesOnly() {
        Found named = find(HandParse.sentence(
                "Ukrainian/JJ drones/NNS/O/drone struck/VBD/O/strike Ryazan/NNP/LOCATION",
                "amod(drones, Ukrainian) nsubj(struck, drones) obj(struck, Ryazan)"));
        assertEquals(Set.of("UKRMIL"), named.codesAt(0, 1));
        // a bare "missiles struck Kyiv" names nobody (it is not given the country of the sentence)
        Found bare = find(HandParse.sentence(
                "Missiles/NNS/O/missile struck/VBD/O/strike Kyiv/NNP/LOCATION",
                "nsubj(struck, Missiles) obj(struck, Kyiv)"));
        assertEquals(Set.of(), bare.codesAt(0, 0));
    }

    @Test
    void aCivilianCraftIsNobodysForces() {
        Found f = find(HandParse.sentence(
                "Iran/NNP/LOCATION shot/VBD/O/shoot down/RP a/DT Ukrainian/JJ passenger/NN jet/NN",
                "nsubj(shot, Iran) compound:prt(shot, down) obj(shot, jet) det(jet, a) amod(jet, Ukrainian)"
                        + " compound(jet, passenger)"));
        assertFalse(f.codesAt(0, 6).contains("UKRMIL"), "a passenger jet is not Ukraine's forces");
        Found military = find(HandParse.sentence(
                "Turkish/JJ aircraft/NN/O/aircraft struck/VBD/O/strike militants/NNS/O/militant",
                "amod(aircraft, Turkish) nsubj(struck, aircraft) obj(struck, militants)"));
        assertEquals(Set.of("TURMIL"), military.codesAt(0, 1));
    }

    @Test
    void anOrganizationsPeopleStandForIt() {
        Found f = find(HandParse.sentence(
                "UN/NNP/ORGANIZATION troops/NNS/O/troops withdrew/VBD/O/withdraw",
                "compound(troops, UN) nsubj(withdrew, troops)"));
        assertEquals(Set.of("IGOUNO"), f.codesAt(0, 1));
    }

    @Test
    void aPatronNamedInAParticipleIsNotTheGroupsCountry() {
        Found f = find(HandParse.sentence(
                "Iran/NNP/LOCATION -/HYPH backed/VBN/O/back militias/NNS/O/militia attacked/VBD/O/attack bases/NNS/O/base"
                        + " in/IN Iraq/NNP/LOCATION",
                "obl(backed, Iran) punct(backed, -) amod(militias, backed) nsubj(attacked, militias) obj(attacked, bases)"
                        + " nmod:in(bases, Iraq) case(Iraq, in)"));
        assertEquals(Set.of("IRQREB"), f.codesAt(0, 3));
    }

    @Test
    void bothSidesAreThePartiesNamedTogetherBefore() {
        Found f = find(HandParse.sentence(
                "talks/NNS/O/talk between/IN Armenia/NNP/LOCATION and/CC Azerbaijan/NNP/LOCATION stalled/VBD/O/stall"
                        + " and/CC Russia/NNP/LOCATION urged/VBD/O/urge both/DT sides/NNS/O/side",
                "nmod:between(talks, Armenia) case(Armenia, between) conj:and(Armenia, Azerbaijan) cc(Azerbaijan, and)"
                        + " nmod:between(talks, Azerbaijan) nsubj(stalled, talks) conj:and(stalled, urged)"
                        + " nsubj(urged, Russia) obj(urged, sides) det(sides, both)"));
        assertEquals(Set.of("ARM", "AZE"), f.codesAt(0, 9));
        // one party named before: "both sides" is not guessed
        Found one = find(HandParse.sentence(
                "Russia/NNP/LOCATION urged/VBD/O/urge both/DT sides/NNS/O/side",
                "nsubj(urged, Russia) obj(urged, sides) det(sides, both)"));
        assertEquals(Set.of(), one.codesAt(0, 3));
    }

    @Test
    void aForceLedByAStateIsThatStates() {
        Found f = find(HandParse.sentence(
                "Vietnamese/JJ -/HYPH led/VBN/O/lead forces/NNS/O/force attacked/VBD/O/attack",
                "amod(led, Vietnamese) punct(led, -) amod(forces, led) nsubj(attacked, forces)"));
        assertEquals(Set.of("VNMMIL"), f.codesAt(0, 3));
    }

    @Test
    void theyAgreesWithAPluralAntecedentAndAnObjectPronounNotWithItsOwnSubject() {
        Found they = find(HandParse.sentence(
                "Russia/NNP/LOCATION gave/VBD/O/give data/NNS/O/datum to/IN Houthi/NNP rebels/NNS/O/rebel as/IN"
                        + " they/PRP attacked/VBD/O/attack ships/NNS/O/ship",
                "nsubj(gave, Russia) obj(gave, data) obl:to(gave, rebels) case(rebels, to) compound(rebels, Houthi)"
                        + " advcl(gave, attacked) mark(attacked, as) nsubj(attacked, they) obj(attacked, ships)"));
        assertEquals(Set.of("YEMREB"), they.codesAt(0, 7));
        Found it = find(HandParse.sentence(
                "Riyadh/NNP/LOCATION cut/VBD/O/cut ties/NNS/O/tie with/IN Qatar/NNP/LOCATION ,/, accusing/VBG/O/accuse"
                        + " it/PRP of/IN terrorism/NN",
                "nsubj(cut, Riyadh) obj(cut, ties) obl:with(cut, Qatar) case(Qatar, with) dep(cut, accusing)"
                        + " obj(accusing, it) obl:of(accusing, terrorism) case(terrorism, of)"));
        assertEquals(Set.of("QAT"), it.codesAt(0, 7), "'it' is not Riyadh, who would be 'itself'");
    }

    @Test
    void aNameAfterATitleSaysWhoWhoeverHoldsTheOfficeOnTheDay() {
        LocalDate later = LocalDate.of(2025, 7, 1); // Kuleba left the foreign ministry in September 2024
        ParsedSentence s = HandParse.sentence(
                "Ukraine/NNP/LOCATION 's/POS foreign/JJ minister/NN Dmytro/NNP/PERSON Kuleba/NNP/PERSON arrived/VBD/O/arrive",
                "nmod:poss(minister, Ukraine) case(Ukraine, 's) amod(minister, foreign) dep(minister, Kuleba)"
                        + " compound(Kuleba, Dmytro) nsubj(arrived, minister)");
        DocumentActors actors = new DocumentActors(K.actors());
        List<Mention> found = new MentionFinder(K.actors())
                .find(HandParse.document(later, s), later, actors)
                .get(0);
        Mention title = found.stream().filter(m -> m.covers(3)).findFirst().orElseThrow();
        assertEquals("dmytro-kuleba", title.actorId());
    }

    @Test
    void theNorthIsNorthKoreaOnlyInAStoryAboutKorea() {
        Found korea = find(HandParse.sentence(
                "Seoul/NNP/LOCATION urged/VBD/O/urge the/DT North/NNP to/TO return/VB",
                "nsubj(urged, Seoul) obj(urged, North) det(North, the) xcomp(urged, return) mark(return, to)"));
        assertEquals(Set.of("PRK"), korea.codesAt(0, 3));
        Found elsewhere = find(HandParse.sentence(
                "Rebels/NNS/O/rebel attacked/VBD/O/attack the/DT North/NNP",
                "nsubj(attacked, Rebels) obj(attacked, North) det(North, the)"));
        assertEquals(Set.of(), elsewhere.codesAt(0, 3));
    }

    @Test
    void coordinatedDemonymsGiveOneGroupEach() {
        Found f = find(
                HandParse.sentence(
                        "US/NNP/LOCATION and/CC British/JJ activists/NNS/O/activist staged/VBD/O/stage protests/NNS/O/protest",
                        "amod(activists, US) cc(British, and) conj:and(US, British) amod(activists, British) nsubj(staged, activists) obj(staged, protests)"));
        assertEquals(Set.of("USACVL", "GBRCVL"), f.codesAt(0, 3));
    }

    @Test
    void aDemonymParsedAsANounSharesTheGroupNounItIsCoordinatedWith() {
        Found f = find(HandParse.sentence(
                "Troops/NNS/O/troop tortured/VBD/O/torture Sierra/NNP/LOCATION Leonean/NNP/LOCATION and/CC"
                        + " Liberian/JJ refugees/NNS/O/refugee",
                "nsubj(tortured, Troops) obj(tortured, Leonean) compound(Leonean, Sierra) cc(refugees, and)"
                        + " conj:and(Leonean, refugees) amod(refugees, Liberian) obj(tortured, refugees)"));
        assertEquals(Set.of("SLEREF"), f.codesAt(0, 3), "the people, not the state");
        assertEquals(Set.of("LBRREF"), f.codesAt(0, 6));
        // a state's own name is no demonym: "Sudan and Ugandan rebels" keeps Sudan
        Found name = find(HandParse.sentence(
                "Troops/NNS/O/troop attacked/VBD/O/attack Sudan/NNP/LOCATION and/CC Ugandan/JJ rebels/NNS/O/rebel",
                "nsubj(attacked, Troops) obj(attacked, Sudan) cc(rebels, and) conj:and(Sudan, rebels)"
                        + " amod(rebels, Ugandan) obj(attacked, rebels)"));
        assertEquals(Set.of("SDN"), name.codesAt(0, 2));
        // a bare group noun owned by nobody lends the demonym nothing
        Found bare = find(HandParse.sentence(
                "Troops/NNS/O/troop attacked/VBD/O/attack Somalis/NNPS/MISC/Somali and/CC refugees/NNS/O/refugee",
                "nsubj(attacked, Troops) obj(attacked, Somalis) cc(refugees, and) conj:and(Somalis, refugees)"
                        + " obj(attacked, refugees)"));
        assertFalse(bare.codesAt(0, 2).contains("SOMREF"));
    }

    @Test
    void aNewPersonOfAStateBelongsToIt() {
        Found f = find(
                HandParse.sentence(
                        "Talks/NNS/O/talk with/IN the/DT Palestinians/NNPS/MISC/Palestinian resumed/VBD/O/resume",
                        "case(Palestinians, with) det(Palestinians, the) nmod:with(Talks, Palestinians) nsubj(resumed, Talks)"),
                HandParse.sentence(
                        1,
                        "King/NNP Hassan/NNP/PERSON of/IN Morocco/NNP/LOCATION welcomed/VBD/O/welcome them/PRP",
                        "compound(Hassan, King) case(Morocco, of) nmod:of(Hassan, Morocco) nsubj(welcomed, Hassan)"
                                + " obj(welcomed, them)"));
        assertEquals(Set.of("MARGOV"), f.codesAt(1, 1), "'of Morocco', not the story's main country");
    }

    @Test
    void theKingdomIsTheLatestStatesGovernmentNotTheLatestPersons() {
        Found f = find(HandParse.sentence(
                "Saudi/JJ officials/NNS/O/official told/VBD/O/tell President/NNP Donald/NNP/PERSON Trump/NNP/PERSON"
                        + " that/IN the/DT kingdom/NN/O/kingdom would/MD invest/VB/O/invest",
                "amod(officials, Saudi) nsubj(told, officials) compound(Trump, President) compound(Trump, Donald)"
                        + " obj(told, Trump) mark(invest, that) det(kingdom, the) nsubj(invest, kingdom)"
                        + " aux(invest, would) ccomp(told, invest)"));
        assertEquals(Set.of("SAUGOV"), f.codesAt(0, 8), "the government of the latest state, not of the latest person");
    }

    @Test
    void anOfficeWithNoKnownHolderStandsForItsGovernment() {
        Found f = find(
                HandParse.sentence(
                        "Taiwan/NNP/LOCATION 's/POS Vice/NNP Foreign/NNP Minister/NNP/O/minister visited/VBD/O/visit Russia/NNP/LOCATION",
                        "nmod:poss(Minister, Taiwan) case(Taiwan, 's) compound(Minister, Vice) compound(Minister, Foreign) nsubj(visited, Minister) obj(visited, Russia)"));
        assertEquals(Set.of("TWNGOV"), f.codesAt(0, 4));
    }

    @Test
    void aPronounTakesItsAntecedentsWords() {
        Found f = find(
                HandParse.sentence(
                        "Syria/NNP/LOCATION said/VBD/O/say it/PRP would/MD allow/VB monitors/NNS/O/monitor in/RP",
                        "nsubj(said, Syria) ccomp(said, allow) nsubj(allow, it) aux(allow, would) obj(allow, monitors) compound:prt(allow, in)"));
        Mention it = f.in(0).stream().filter(m -> m.covers(2)).findFirst().orElseThrow();
        assertEquals("syr", it.actorId());
        assertEquals("Syria", it.text());
        assertEquals(Mention.How.PRONOUN, it.how());
    }

    @Test
    void aPluralPronounAfterCoordinatedStatesNamesThemAll() {
        Found f = find(
                HandParse.sentence(
                        "Czechia/NNP/LOCATION and/CC Albania/NNP/LOCATION upgraded/VBD/O/upgrade their/PRP$/O/they ties/NNS/O/tie",
                        "nsubj(upgraded, Czechia) cc(Albania, and) conj:and(Czechia, Albania) nsubj(upgraded, Albania) nmod:poss(ties, their) obj(upgraded, ties)"));
        assertEquals(Set.of("CZE", "ALB"), f.codesAt(0, 4));
    }

    @Test
    void aPronounWithNoAntecedentNamesNobody() {
        Found f = find(HandParse.sentence(
                "They/PRP/O/they attacked/VBD/O/attack the/DT convoy/NN",
                "nsubj(attacked, They) det(convoy, the) obj(attacked, convoy)"));
        assertTrue(f.in(0).isEmpty());
    }

    @Test
    void aBodyCoordinatedWithADemonymGivesItsOwnPeople() {
        Found f = find(HandParse.sentence(
                "Saudi/NNP and/CC Houthi/NNP officials/NNS/O/official held/VBD/O/hold talks/NNS/O/talk",
                "amod(officials, Saudi) cc(Houthi, and) amod(officials, Houthi) nsubj(held, officials)"
                        + " obj(held, talks)"));
        assertEquals(Set.of("SAUGOV", "YEMREB"), f.codesAt(0, 3));
    }

    @Test
    void aGroupsCampsAndPositionsStandForTheGroup() {
        Found f = find(HandParse.sentence(
                "Jets/NNS/O/jet bombed/VBD/O/bomb Cambodian/JJ guerrilla/NN camps/NNS/O/camp and/CC"
                        + " army/NN positions/NNS/O/position",
                "nsubj(bombed, Jets) obj(bombed, camps) amod(camps, Cambodian) compound(camps, guerrilla)"
                        + " cc(positions, and) conj:and(camps, positions) compound(positions, army)"));
        assertEquals(Set.of("KHMREB"), f.codesAt(0, 4));
        Found bare = find(HandParse.sentence(
                "Jets/NNS/O/jet bombed/VBD/O/bomb Cambodian/JJ camps/NNS/O/camp",
                "nsubj(bombed, Jets) obj(bombed, camps) amod(camps, Cambodian)"));
        assertEquals(Set.of("KHM"), bare.codesAt(0, 2), "a camp nobody's group is named for is only the state's");
    }

    @Test
    void anUnownedMinistryThatSpeaksForTheActBelongsToTheActingSide() {
        Found f = find(HandParse.sentence(
                "Turkish/JJ jets/NNS/O/jet struck/VBD/O/strike Iraq/NNP/LOCATION ,/, the/DT defence/NN ministry/NN said/VBD/O/say",
                "amod(jets, Turkish) nsubj(struck, jets) obj(struck, Iraq) punct(said, ,) det(ministry, the)"
                        + " compound(ministry, defence) nsubj(said, ministry) parataxis(struck, said)"));
        assertEquals(Set.of("TURMIL"), f.codesAt(0, 7));
    }

    @Test
    void congressIsTheUsLegislature() {
        Found f = find(HandParse.sentence(
                "Congress/NNP/ORGANIZATION pressured/VBD/O/pressure Obama/NNP/PERSON",
                "nsubj(pressured, Congress) obj(pressured, Obama)"));
        assertEquals(Set.of("USALEG"), f.codesAt(0, 0));
    }

    @Test
    void policeBelongToThePlaceTheyActIn() {
        Found f = find(
                HandParse.sentence(
                        "Navalny/NNP/PERSON was/VBD detained/VBN/O/detain by/IN police/NNS/O/police at/IN a/DT"
                                + " Moscow/NNP/LOCATION airport/NN after/IN flying/VBG/O/fly from/IN Germany/NNP/LOCATION",
                        "nsubj:pass(detained, Navalny) aux:pass(detained, was) case(police, by) obl:agent(detained, police)"
                                + " case(airport, at) det(airport, a) compound(airport, Moscow) obl:at(detained, airport)"
                                + " mark(flying, after) advcl:after(detained, flying) case(Germany, from) obl:from(flying, Germany)"));
        assertEquals(Set.of("RUSCOP"), f.codesAt(0, 4));
    }

    @Test
    void forcesAStateDeploysAreItsOwn() {
        Found f = find(HandParse.sentence(
                "Poland/NNP/LOCATION deployed/VBD/O/deploy soldiers/NNS/O/soldier and/CC police/NNS/O/police"
                        + " to/IN the/DT border/NN with/IN Belarus/NNP/LOCATION",
                "nsubj(deployed, Poland) obj(deployed, soldiers) cc(police, and) conj:and(soldiers, police)"
                        + " obj(deployed, police) case(border, to) det(border, the) obl:to(deployed, border)"
                        + " case(Belarus, with) nmod:with(border, Belarus)"));
        assertEquals(Set.of("POLMIL"), f.codesAt(0, 2));
        assertEquals(Set.of("POLCOP"), f.codesAt(0, 4));
    }

    @Test
    void aPeopleWithinAnotherStateBelongsToIt() {
        Found f = find(HandParse.sentence(
                "Bosnian/JJ/O/bosnian Serbs/NNPS/O/Serbs demanded/VBD/O/demand a/DT truce/NN",
                "amod(Serbs, Bosnian) nsubj(demanded, Serbs) det(truce, a) obj(demanded, truce)"));
        assertEquals(Set.of("BIHCVL"), f.codesAt(0, 1));
    }

    @Test
    void theKingdomRefersBackToTheLatestState() {
        Found f = find(
                HandParse.sentence(
                        0,
                        "Saudi/NNP/LOCATION Arabia/NNP/LOCATION hosted/VBD/O/host talks/NNS/O/talk",
                        "compound(Arabia, Saudi) nsubj(hosted, Arabia) obj(hosted, talks)"),
                HandParse.sentence(
                        1,
                        "The/DT kingdom/NN will/MD invest/VB billions/NNS/O/billion",
                        "det(kingdom, The) nsubj(invest, kingdom) aux(invest, will) obj(invest, billions)"));
        Set<String> kingdom = f.codesAt(1, 1);
        assertEquals(1, kingdom.size());
        assertTrue(kingdom.iterator().next().startsWith("SAU"), kingdom.toString());
    }

    @Test
    void theRebelsReferBackToTheRebelsNamedBefore() {
        Found f = find(
                HandParse.sentence(
                        0,
                        "Colombian/JJ rebels/NNS/O/rebel released/VBD/O/release hostages/NNS/O/hostage",
                        "amod(rebels, Colombian) nsubj(released, rebels) obj(released, hostages)"),
                HandParse.sentence(
                        1,
                        "The/DT rebels/NNS/O/rebel said/VBD/O/say more/JJR would/MD follow/VB",
                        "det(rebels, The) nsubj(said, rebels) ccomp(said, follow) nsubj(follow, more) aux(follow, would)"));
        assertEquals(Set.of("COLREB"), f.codesAt(1, 1));
    }

    @Test
    void aNewPersonTakesCountryAndSectorFromTheNamesOwnPhrase() {
        Found f = find(HandParse.sentence(
                "British/JJ Defence/NNP Minister/NNP/O/minister Tom/NNP/PERSON King/NNP/PERSON promised/VBD/O/promise on/IN "
                        + "Tuesday/NNP to/TO continue/VB military/JJ aid/NN to/TO the/DT war/NN",
                "amod(King, British) compound(King, Defence) compound(King, Minister) compound(King, Tom) nsubj(promised, King) "
                        + "obl:on(promised, Tuesday) xcomp(promised, continue) mark(continue, to-9) amod(aid, military) obj(continue, aid) "
                        + "det(war, the) obl:to(continue, war)"));
        assertEquals(Set.of("GBRGOV"), f.codesAt(0, 4));
        assertTrue(
                f.in(0).stream().noneMatch(m -> m.covers(2) && m.how() == Mention.How.TITLE),
                "the title belongs to the name it modifies, not to whoever held some such office");
    }

    @Test
    void wordsOutsideTheNamesPhraseGiveItNothing() {
        // "Burundi's government grant the Hutu majority …": "government" does not belong to "Hutu"
        Found f = find(
                HandParse.sentence(
                        "Burundi/NNP/LOCATION 's/POS government/NN grant/VB the/DT Hutu/NNP/PERSON majority/NN rights/NNS/O/right",
                        "nmod:poss(government, Burundi) case(Burundi, 's) nsubj(grant, government) det(majority, the) compound(majority, Hutu) iobj(grant, majority) obj(grant, rights)"));
        assertTrue(
                f.in(0).stream().noneMatch(m -> m.covers(5)), "a lone unknown name carries too little to be an actor");
    }

    @Test
    void aLowerCaseWordDoesNotCompleteACapitalizedName() {
        Found f = find(HandParse.sentence(
                "Taiwan/NNP/LOCATION 's/POS minister/NN visited/VBD/O/visit Russia/NNP/LOCATION today/NN",
                "nmod:poss(minister, Taiwan) nsubj(visited, minister) obj(visited, Russia) obl:tmod(visited, today)"));
        assertEquals(Set.of("RUS"), f.codesAt(0, 4));
        assertFalse(f.in(0).stream().anyMatch(m -> m.covers(5)));
    }

    @Test
    void aSeatOfPowerStandsForTheGovernment() {
        Found f = find(HandParse.sentence(
                "The/DT Kremlin/NNP/LOCATION rejected/VBD/O/reject the/DT plan/NN",
                "det(Kremlin, The) nsubj(rejected, Kremlin) det(plan, the) obj(rejected, plan)"));
        assertEquals(Set.of("RUSGOV"), f.codesAt(0, 1));
    }

    @Test
    void anUnlistedOrganizationTakesCountryAndSectorFromItsName() {
        Found f = find(
                HandParse.sentence(
                        "the/DT Liberian/JJ/ORGANIZATION/liberian Peace/NNP/ORGANIZATION/Peace Council/NNP/ORGANIZATION/Council attacked/VBD/O/attack Monrovia/NNP/LOCATION",
                        "det(Council, the) amod(Council, Liberian) compound(Council, Peace) nsubj(attacked, Council) obj(attacked, Monrovia)"));
        assertEquals(Set.of("LBRGOV"), f.codesAt(0, 3));
        Mention m = f.in(0).stream().filter(x -> x.covers(3)).findFirst().orElseThrow();
        assertEquals(Mention.How.UNKNOWN_ORGANIZATION, m.how());
        assertEquals("Liberian Peace Council", m.text());
    }

    @Test
    void aBodyOfOneStateIsPlacedByTheStorysCountryAndItsAcronymNamesItLater() {
        Found f = find(
                HandParse.sentence(
                        0,
                        "Algeria/NNP/LOCATION banned/VBD/O/ban the/DT Islamic/NNP/ORGANIZATION Salvation/NNP/ORGANIZATION Front/NNP/ORGANIZATION (/-LRB- FIS/NNP/ORGANIZATION )/-RRB-",
                        "nsubj(banned, Algeria) det(Front, the) compound(Front, Islamic) compound(Front, Salvation) obj(banned, Front) appos(Front, FIS)"),
                HandParse.sentence(
                        1,
                        "The/DT FIS/NNP/ORGANIZATION rejected/VBD/O/reject the/DT ban/NN",
                        "det(FIS, The) nsubj(rejected, FIS) det(ban, the) obj(rejected, ban)"));
        assertEquals(Set.of("DZAOPP"), f.codesAt(0, 5));
        assertEquals(Set.of("DZAOPP"), f.codesAt(0, 7));
        assertEquals(Set.of("DZAOPP"), f.codesAt(1, 1));
    }

    @Test
    void anOrganizationWhoseNameSaysNothingOfWhatItIsIsNoActor() {
        Found f = find(HandParse.sentence(
                "Acme/NNP/ORGANIZATION Holdings/NNP/ORGANIZATION praised/VBD/O/praise Kenya/NNP/LOCATION",
                "compound(Holdings, Acme) nsubj(praised, Holdings) obj(praised, Kenya)"));
        assertTrue(f.codesAt(0, 1).isEmpty(), f.in(0).toString());
    }

    @Test
    void aNewsAgencyIsNoParty() {
        Found f = find(
                HandParse.sentence(
                        "Iran/NNP/LOCATION 's/POS Fars/NNP/ORGANIZATION News/NNP/ORGANIZATION Agency/NNP/ORGANIZATION reported/VBD/O/report clashes/NNS/O/clash",
                        "nmod:poss(Agency, Iran) case(Iran, 's) compound(Agency, Fars) compound(Agency, News) nsubj(reported, Agency) obj(reported, clashes)"));
        assertTrue(
                f.in(0).stream().noneMatch(m -> m.how() == Mention.How.UNKNOWN_ORGANIZATION),
                f.in(0).toString());
    }

    @Test
    void forcesBelongToWhoeverTheWordBeforeThemNames() {
        Found f = find(
                HandParse.sentence(
                        "Russian/JJ forces/NNS/O/force shelled/VBD/O/shell Kharkiv/NNP/LOCATION while/IN market/NN forces/NNS/O/force lifted/VBD/O/lift prices/NNS/O/price",
                        "amod(forces, Russian) nsubj(shelled, forces) obj(shelled, Kharkiv) mark(lifted, while) compound(forces-7, market) nsubj(lifted, forces-7) advcl(shelled, lifted) obj(lifted, prices)"));
        assertEquals(Set.of("RUSMIL"), f.codesAt(0, 1));
        assertTrue(f.codesAt(0, 6).isEmpty(), "market forces are nobody's");
    }

    @Test
    void aDescribedOfficeRefersToSomeoneWhoHoldsIt() {
        Found f = find(
                HandParse.sentence(
                        0,
                        "President/NNP Nicolás/NNP/PERSON Maduro/NNP/PERSON met/VBD/O/meet Lula/NNP/PERSON",
                        "compound(Maduro, President) compound(Maduro, Nicolás) nsubj(met, Maduro) obj(met, Lula)"),
                HandParse.sentence(
                        1,
                        "The/DT foreign/JJ minister/NN/O/minister spoke/VBD/O/speak",
                        "det(minister, The) amod(minister, foreign) nsubj(spoke, minister)"),
                HandParse.sentence(
                        2,
                        "The/DT president/NN/O/president spoke/VBD/O/speak",
                        "det(president, The) nsubj(spoke, president)"));
        // Maduro was foreign minister until 2013, not on the story's day
        assertTrue(
                f.in(1).stream().noneMatch(m -> m.actorId().equals("nicolas-maduro")),
                f.in(1).toString());
        Mention president =
                f.in(2).stream().filter(m -> m.covers(1)).findFirst().orElseThrow();
        assertTrue(Set.of("nicolas-maduro", "luiz-inacio-lula-da-silva").contains(president.actorId()));
    }
}
