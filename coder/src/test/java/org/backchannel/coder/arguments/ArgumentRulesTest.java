package org.backchannel.coder.arguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.coder.testing.HandParse;
import org.backchannel.model.ParsedSentence;
import org.junit.jupiter.api.Test;

/** Each argument rule on a sentence parsed by hand, with its mentions placed by hand. */
class ArgumentRulesTest {
    private static final Knowledge K = Knowledge.defaults();
    private final ArgumentFinder finder = new ArgumentFinder(K.actors());

    /** A sentence with a mention {@code actor} on each token index given as "index=actor". */
    private static SentenceGraph graph(ParsedSentence s, String... mentions) {
        List<Mention> ms = new ArrayList<>();
        for (String m : mentions) {
            String[] kv = m.split("=");
            int i = Integer.parseInt(kv[0]);
            Mention.How how = kv.length > 2 ? Mention.How.valueOf(kv[2]) : Mention.How.STATE;
            ms.add(new Mention(0, i, i + 1, i, kv[1], s.token(i).word(), how, null));
        }
        return new SentenceGraph(s, ms);
    }

    private Arguments args(SentenceGraph g, String predicate, String code, String pattern, boolean noun) {
        int i = g.sentence().tokens().stream()
                .filter(t -> t.word().equals(predicate))
                .findFirst()
                .orElseThrow()
                .index();
        EventPattern p = EventPattern.parse(code, pattern, noun, "", "test");
        return finder.find(new Predicate(g, i, p, K.ontology().codebook().get(code)));
    }

    private static List<String> ids(List<Mention> ms) {
        return ms.stream().map(Mention::actorId).toList();
    }

    @Test
    void subjectAndObject() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Russia/NNP attacked/VBD/O/attack Ukraine/NNP",
                        "nsubj(attacked, Russia) obj(attacked, Ukraine)"),
                "0=rus",
                "2=ukr");
        Arguments a = args(g, "attacked", "190", "attack", false);
        assertEquals(List.of("rus"), ids(a.sources()));
        assertEquals(List.of("ukr"), ids(a.targets()));
        assertEquals("source=subject target=object", a.trace());
    }

    @Test
    void passiveWithByNamesTheSource() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Ukraine/NNP was/VBD attacked/VBN/O/attack by/IN Russia/NNP",
                        "nsubj:pass(attacked, Ukraine) aux:pass(attacked, was) obl:agent(attacked, Russia) case(Russia, by)"),
                "0=ukr",
                "4=rus");
        Arguments a = args(g, "attacked", "190", "attack", false);
        assertEquals(List.of("rus"), ids(a.sources()));
        assertEquals("passive-agent", a.sourceRule());
        assertEquals(List.of("ukr"), ids(a.targets()));
    }

    @Test
    void aParticipleClauseIsDoneByTheMainSubject() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Rebels/NNS/O/rebel shelled/VBD/O/shell Juba/NNP ,/, killing/VBG/O/kill civilians/NNS/O/civilian",
                        "nsubj(shelled, Rebels) obj(shelled, Juba) advcl(shelled, killing) obj(killing, civilians)"),
                "0=ssd-reb=GROUP",
                "2=ssd",
                "5=ssd-cvl=GROUP");
        Arguments a = args(g, "killing", "190", "kill", false);
        assertEquals(List.of("ssd-reb"), ids(a.sources()));
        assertEquals("adverbial-clause", a.sourceRule());
    }

    @Test
    void aGerundAfterOfIsDoneByTheOneAccusedNotTheAccuser() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Ukraine/NNP accused/VBD/O/accuse Russia/NNP of/IN shelling/VBG/O/shell Kharkiv/NNP",
                        "nsubj(accused, Ukraine) obj(accused, Russia) advcl:of(accused, shelling) mark(shelling, of)"
                                + " obj(shelling, Kharkiv)"),
                "0=ukr",
                "2=rus",
                "5=ukr");
        Arguments a = args(g, "shelling", "194", "shell", false);
        assertEquals(List.of("rus"), ids(a.sources()));
        assertEquals("accused-of", a.sourceRule());
        // passive: "Huawei was charged with stealing …" is done by the one charged
        SentenceGraph passive = graph(
                HandParse.sentence(
                        "Russia/NNP was/VBD accused/VBN/O/accuse by/IN Ukraine/NNP of/IN shelling/VBG/O/shell Kharkiv/NNP",
                        "nsubj:pass(accused, Russia) aux:pass(accused, was) obl:agent(accused, Ukraine)"
                                + " advcl:of(accused, shelling) mark(shelling, of) obj(shelling, Kharkiv)"),
                "0=rus",
                "4=ukr",
                "7=ukr");
        assertEquals(
                List.of("rus"),
                ids(args(passive, "shelling", "194", "shell", false).sources()));
        // "by shelling": the subject does it
        SentenceGraph by = graph(
                HandParse.sentence(
                        "Russia/NNP answered/VBD/O/answer Ukraine/NNP by/IN shelling/VBG/O/shell Kharkiv/NNP",
                        "nsubj(answered, Russia) obj(answered, Ukraine) advcl:by(answered, shelling) mark(shelling, by)"
                                + " obj(shelling, Kharkiv)"),
                "0=rus",
                "2=ukr",
                "5=ukr");
        Arguments viaBy = args(by, "shelling", "194", "shell", false);
        assertEquals(List.of("rus"), ids(viaBy.sources()));
        assertEquals("adverbial-clause", viaBy.sourceRule());
    }

    @Test
    void aParticipleHungOnItsVerbAsDepAfterACommaIsDoneByTheMainSubject() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Protesters/NNS/O/protester gathered/VBD/O/gather ,/, accusing/VBG/O/accuse Israel/NNP",
                        "nsubj(gathered, Protesters) dep(gathered, accusing) obj(accusing, Israel)"),
                "0=ken-cvl=GROUP",
                "4=isr");
        Arguments a = args(g, "accusing", "112", "accuse", false);
        assertEquals(List.of("ken-cvl"), ids(a.sources()));
        assertEquals("adverbial-clause", a.sourceRule());
        // without the comma "dep" says nothing about who accuses
        SentenceGraph bare = graph(
                HandParse.sentence(
                        "Protesters/NNS/O/protester gathered/VBD/O/gather accusing/VBG/O/accuse Israel/NNP",
                        "nsubj(gathered, Protesters) dep(gathered, accusing) obj(accusing, Israel)"),
                "0=ken-cvl=GROUP",
                "3=isr");
        assertTrue(args(bare, "accusing", "112", "accuse", false).sources().isEmpty());
    }

    @Test
    void aStatementsParticipleSpeaksForWhoeverIssuedIt() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "The/DT union/NN issued/VBD/O/issue a/DT statement/NN condemning/VBG/O/condemn Lagos/NNP",
                        "det(union, The) nsubj(issued, union) det(statement, a) obj(issued, statement) acl(statement, condemning) obj(condemning, Lagos)"),
                "1=nga-lab=GROUP",
                "6=nga");
        Arguments a = args(g, "condemning", "111", "condemn", false);
        assertEquals(List.of("nga-lab"), ids(a.sources()));
        assertEquals("message-issuer", a.sourceRule());
        // a convoy carrying aid is not the army's act: only statements and documents speak for their issuer
        SentenceGraph convoy = graph(
                HandParse.sentence(
                        "The/DT army/NN stopped/VBD/O/stop a/DT convoy/NN attacking/VBG/O/attack Lagos/NNP",
                        "det(army, The) nsubj(stopped, army) det(convoy, a) obj(stopped, convoy) acl(convoy, attacking) obj(attacking, Lagos)"),
                "1=nga-mil=GROUP",
                "6=nga");
        assertTrue(args(convoy, "attacking", "190", "attack", false).sources().isEmpty());
    }

    @Test
    void anAttackWithNoAttackerNamedIsLaidAtWhoeverClaimedIt() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "A/DT bomb/NN exploded/VBD/O/explode in/IN Kabul/NNP and/CC the/DT Taliban/NNP claimed/VBD/O/claim responsibility/NN/O/responsibility",
                        "det(bomb, A) nsubj(exploded, bomb) obl:in(exploded, Kabul) case(Kabul, in) cc(claimed, and) det(Taliban, the) nsubj(claimed, Taliban) conj:and(exploded, claimed) obj(claimed, responsibility)"),
                "4=afg",
                "7=taliban=NAME");
        Arguments a = args(g, "exploded", "183", "explode", false);
        assertEquals(List.of("taliban"), ids(a.sources()));
        assertEquals("responsibility-claim", a.sourceRule());
        // only acts of force are laid at a claimant: a meeting is not
        Arguments meeting = args(g, "exploded", "040", "explode", false);
        assertFalse(meeting.sources().stream().anyMatch(m -> m.actorId().equals("taliban")));
    }

    @Test
    void aShipFlaggedOrOwnedByAStateIsThatStates() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Iran/NNP seized/VBD/O/seize a/DT British/JJ -/HYPH flagged/VBN/O/flag tanker/NN",
                        "nsubj(seized, Iran) det(tanker, a) amod(tanker, flagged) dep(flagged, British) punct(flagged, -) obj(seized, tanker)"),
                "0=irn",
                "3=gbr");
        assertEquals(
                List.of("gbr"), ids(args(g, "seized", "1711", "seize", false).targets()));
        // "a Russian-made drone" is no Russian target: only owning, flagging and running tie a thing to a state
        SentenceGraph made = graph(
                HandParse.sentence(
                        "Ukraine/NNP downed/VBD/O/down a/DT Russian/JJ -/HYPH made/VBN/O/make drone/NN",
                        "nsubj(downed, Ukraine) det(drone, a) amod(drone, made) dep(made, Russian) punct(made, -) obj(downed, drone)"),
                "0=ukr",
                "3=rus");
        assertTrue(args(made, "downed", "190", "down", false).targets().isEmpty());
    }

    @Test
    void aThreatIsAimedAtWhoeverMustMeetItsCondition() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Iran/NNP threatened/VBD/O/threaten to/TO attack/VB unless/IN Baghdad/NNP accepted/VBD/O/accept",
                        "nsubj(threatened, Iran) xcomp(threatened, attack) mark(attack, to) advcl(attack, accepted) mark(accepted, unless) nsubj(accepted, Baghdad)"),
                "0=irn",
                "5=irq");
        Arguments a = args(g, "threatened", "130", "threaten", false);
        assertEquals(List.of("irq"), ids(a.targets()));
        assertEquals("threat-condition", a.targetRule());
        // the condition's subject is no target of anything but a threat
        assertTrue(args(g, "threatened", "040", "threaten", false).targets().isEmpty());
    }

    @Test
    void aParticipleTheParserGaveASubjectIsAPassiveAndItsSubjectTheOneItBefell() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Israel/NNP released/VBD/O/release the/DT mayor/NN jailed/VBN/O/jail last/JJ year/NN",
                        "nsubj(released, Israel) det(mayor, the) xcomp(released, jailed) nsubj(jailed, mayor) obl:tmod(jailed, year) amod(year, last)"),
                "0=isr",
                "3=pse-gov=GROUP");
        Arguments released = args(g, "released", "0841", "release", false);
        assertEquals(List.of("pse-gov"), ids(released.targets()));
        Arguments jailed = args(g, "jailed", "173", "jail", false);
        assertTrue(jailed.sources().isEmpty(), "who jailed the mayor, the sentence does not say");
        assertEquals(List.of("pse-gov"), ids(jailed.targets()));
    }

    @Test
    void aConjoinedVerbSharesTheFirstVerbsSubject() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Lavrov/NNP defended/VBD/O/defend Iran/NNP and/CC condemned/VBD/O/condemn Israel/NNP",
                        "nsubj(defended, Lavrov) obj(defended, Iran) cc(condemned, and) conj:and(defended, condemned) obj(condemned, Israel)"),
                "0=sergey-lavrov=NAME",
                "2=irn",
                "5=isr");
        Arguments a = args(g, "condemned", "111", "condemn", false);
        assertEquals(List.of("sergey-lavrov"), ids(a.sources()));
        assertEquals("conjoined-verb", a.sourceRule());
    }

    @Test
    void aFiniteVerbLeftWithoutSubjectTakesTheNameBeforeIt() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "allegations/NNS/O/allegation ,/, and/CC Ottawa/NNP expelled/VBD/O/expel a/DT diplomat/NN",
                        "conj:and(allegations, Ottawa) cc(Ottawa, and) det(diplomat, a) obj(expelled, diplomat)"),
                "3=can=METONYM",
                "6=ind-gov=GROUP");
        Arguments a = args(g, "expelled", "161", "expel obj=diplomat", false);
        assertEquals(List.of("can"), ids(a.sources()));
        assertEquals("name-before-verb", a.sourceRule());
    }

    @Test
    void aDemandMadeInAThatClauseAimsAtItsSubject() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "China/NNP demanded/VBD/O/demand that/IN the/DT US/NNP cancel/VB the/DT sale/NN",
                        "nsubj(demanded, China) ccomp(demanded, cancel) mark(cancel, that) det(US, the) nsubj(cancel, US) det(sale, the-7) obj(cancel, sale)"),
                "0=chn",
                "4=usa");
        Arguments a = args(g, "demanded", "100", "demand", false);
        assertEquals(List.of("usa"), ids(a.targets()));
        assertEquals("clause-subject", a.targetRule());
    }

    @Test
    void conjoinedSubjectsFightEachOtherOnlyWithAReciprocalVerb() {
        ParsedSentence struck = HandParse.sentence(
                "US/NNP and/CC British/JJ jets/NNS/O/jet struck/VBD/O/strike",
                "nsubj(struck, US) cc(British, and) conj:and(US, British) nsubj(struck, British)");
        Arguments a = args(graph(struck, "0=usa", "2=gbr"), "struck", "190", "strike", false);
        assertFalse(a.paired(), "allies striking together are not each other's targets");
        ParsedSentence clashed = HandParse.sentence(
                "Israel/NNP and/CC Hezbollah/NNP clashed/VBD/O/clash",
                "nsubj(clashed, Israel) cc(Hezbollah, and) conj:and(Israel, Hezbollah) nsubj(clashed, Hezbollah)");
        Arguments b = args(graph(clashed, "0=isr", "2=hezbollah=NAME"), "clashed", "190", "clash", false);
        assertTrue(b.paired());
        assertEquals(List.of("isr"), ids(b.sources()));
        assertEquals(List.of("hezbollah"), ids(b.targets()));
    }

    @Test
    void anActOfForceAgainstAPlaceHitsItsState() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Russia/NNP shelled/VBD/O/shell the/DT outskirts/NNS/O/outskirts of/IN Donetsk/NNP",
                        "nsubj(shelled, Russia) det(outskirts, the) obj(shelled, outskirts) case(Donetsk, of) nmod:of(outskirts, Donetsk)"),
                "0=rus",
                "5=ukr=PLACE");
        Arguments a = args(g, "shelled", "194", "shell", false);
        assertEquals(List.of("ukr"), ids(a.targets()));
    }

    @Test
    void anActOfForceHitsAPlaceFurtherDownItsOwnClause() {
        // the parser hangs the sites on a reported clause of the bomber's own: the walk goes there
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Jordan/NNP bombed/VBD/O/bomb what/WP it/PRP called/VBD/O/call depots/NNS/O/depot"
                                + " at/IN sites/NNS/O/site in/IN Syria/NNP",
                        "nsubj(bombed, Jordan) ccomp(bombed, called) obj(called, what) nsubj(called, it)"
                                + " obj(called, depots) case(sites, at) obl:at(called, sites) case(Syria, in)"
                                + " nmod:in(sites, Syria)"),
                "0=jor",
                "3=jor=PRONOUN",
                "9=syr");
        Arguments a = args(g, "bombed", "195", "bomb", false);
        assertEquals(List.of("syr"), ids(a.targets()));
        assertEquals("place-in-clause", a.targetRule());
        // a clause with an agent of its own is another act: its place is not this act's target
        SentenceGraph other = graph(
                HandParse.sentence(
                        "Jordan/NNP bombed/VBD/O/bomb what/WP militants/NNS/O/militant called/VBD/O/call depots/NNS/O/depot"
                                + " at/IN sites/NNS/O/site in/IN Syria/NNP",
                        "nsubj(bombed, Jordan) ccomp(bombed, called) obj(called, what) nsubj(called, militants)"
                                + " obj(called, depots) case(sites, at) obl:at(called, sites) case(Syria, in)"
                                + " nmod:in(sites, Syria)"),
                "0=jor",
                "3=syr-reb=GROUP",
                "9=syr");
        assertFalse(ids(args(other, "bombed", "195", "bomb", false).targets()).contains("syr"));
        // nor is the place of a verb hung on a preposition ("arrested for fighting in Syria")
        SentenceGraph verb = graph(
                HandParse.sentence(
                        "Jordan/NNP arrested/VBD/O/arrest men/NNS/O/man for/IN fighting/VBG/O/fight in/IN Syria/NNP",
                        "nsubj(arrested, Jordan) obj(arrested, men) mark(fighting, for) obl:for(arrested, fighting)"
                                + " case(Syria, in) obl:in(fighting, Syria)"),
                "0=jor",
                "6=syr");
        assertTrue(args(verb, "arrested", "173", "arrest", false).targets().isEmpty());
    }

    @Test
    void conjoinedSubjectsOfAJointActAreEachOthersPartnersNotThePlaceTheyPass() {
        ParsedSentence s = HandParse.sentence(
                "Greek/JJ and/CC Cypriot/JJ jets/NNS/O/jet flew/VBD/O/fly a/DT joint/JJ patrol/NN over/IN Cyprus/NNP",
                "amod(jets, Greek) cc(Cypriot, and) conj:and(Greek, Cypriot) amod(jets, Cypriot)"
                        + " nsubj(flew, jets) det(patrol, a) amod(patrol, joint) obj(flew, patrol)"
                        + " case(Cyprus, over) obl:over(flew, Cyprus)");
        // "Greek and Cypriot jets": one span, one mention per country, as the mention finder gives them
        SentenceGraph g = new SentenceGraph(
                s,
                List.of(
                        new Mention(0, 0, 4, 3, "grc-mil", "Greek and Cypriot jets", Mention.How.GROUP, null),
                        new Mention(0, 0, 4, 3, "cyp-mil", "Greek and Cypriot jets", Mention.How.GROUP, null),
                        new Mention(0, 9, 10, 9, "cyp", "Cyprus", Mention.How.STATE, null)));
        Arguments a = args(g, "flew", "062", "fly obj=joint_patrol", false);
        assertEquals("joint-act", a.targetRule());
        assertEquals(List.of("grc-mil"), ids(a.sources()));
        assertEquals(List.of("cyp-mil"), ids(a.targets()));
        assertFalse(ids(a.targets()).contains("cyp"), "the place patrolled is no partner");
        // with a partner named by "with", the pattern's own target stands
        SentenceGraph with = graph(
                HandParse.sentence(
                        "Greek/JJ jets/NNS/O/jet flew/VBD/O/fly a/DT joint/JJ patrol/NN with/IN Cyprus/NNP",
                        "amod(jets, Greek) nsubj(flew, jets) det(patrol, a) amod(patrol, joint) obj(flew, patrol)"
                                + " case(Cyprus, with) nmod:with(patrol, Cyprus)"),
                "0=grc-mil=GROUP",
                "7=cyp");
        assertTrue(!JointActs.joint(new Predicate(
                with,
                2,
                EventPattern.parse("062", "fly obj=joint_patrol", false, "", "test"),
                K.ontology().codebook().get("062"))));
    }

    @Test
    void aNamedButUnresolvedSideIsReported() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Judge/NNP Rivera/NNP/PERSON opened/VBD/O/open investigations/NNS/O/investigation against/IN Chile/NNP",
                        "compound(Rivera, Judge) nsubj(opened, Rivera) obj(opened, investigations) case(Chile, against) nmod:against(investigations, Chile)"),
                "5=chl");
        int i = 2;
        EventPattern p = EventPattern.parse("090", "open obj=investigation", false, "", "test");
        Predicate pr = new Predicate(g, i, p, K.ontology().codebook().get("090"));
        Arguments a = finder.find(pr);
        assertTrue(a.sources().isEmpty());
        assertTrue(finder.namesUnresolvedSide(pr, a), "the text names a source the coder could not resolve");
    }

    @Test
    void talksBetweenTwoPartiesNameBoth() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "talks/NNS/O/talk between/IN Israel/NNP and/CC Hamas/NNP",
                        "case(Israel, between) nmod:between(talks, Israel) cc(Hamas, and) conj:and(Israel, Hamas) nmod:between(talks, Hamas)"),
                "2=isr",
                "4=hamas=NAME");
        Arguments a = args(g, "talks", "046", "talk", true);
        assertEquals(List.of("isr"), ids(a.sources()));
        assertEquals(List.of("hamas"), ids(a.targets()));
    }

    @Test
    void whoProposesAPackageOfSanctionsWouldImposeThem() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Brussels/NNP proposed/VBD/O/propose a/DT package/NN of/IN sanctions/NNS/O/sanction against/IN Russia/NNP",
                        "nsubj(proposed, Brussels) obj(proposed, package) det(package, a) nmod:of(package, sanctions)"
                                + " case(sanctions, of) nmod:against(sanctions, Russia) case(Russia, against)"),
                "0=eu=NAME",
                "7=rus");
        Arguments a = args(g, "sanctions", "163", "sanction", true);
        assertEquals(List.of("eu"), ids(a.sources()));
        assertEquals("light-verb-subject", a.sourceRule());
    }

    @Test
    void partiesThatAccuseEachOtherAccuseOneAnotherBothWays() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Israel/NNP and/CC Iran/NNP accused/VBD/O/accuse each/DT other/JJ",
                        "nsubj(accused, Israel) cc(Iran, and) conj:and(Israel, Iran) nsubj(accused, Iran)"
                                + " obj(accused, other) det(other, each)"),
                "0=isr",
                "2=irn");
        Arguments a = args(g, "accused", "112", "accuse", false);
        assertEquals(List.of("isr", "irn"), ids(a.sources()));
        assertEquals(List.of("irn", "isr"), ids(a.targets()));
        assertEquals("each-other", a.targetRule());
    }

    @Test
    void partiesThatAgreeToATruceEachYieldToTheOther() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Thailand/NNP and/CC Cambodia/NNP agreed/VBD/O/agree to/IN a/DT ceasefire/NN",
                        "nsubj(agreed, Thailand) cc(Cambodia, and) conj:and(Thailand, Cambodia) nsubj(agreed, Cambodia)"
                                + " obl:to(agreed, ceasefire) case(ceasefire, to) det(ceasefire, a)"),
                "0=tha",
                "2=khm");
        Arguments a = args(g, "agreed", "0871", "agree prep=to:ceasefire", false);
        assertEquals(List.of("tha", "khm"), ids(a.sources()));
        assertEquals(List.of("khm", "tha"), ids(a.targets()));
        Arguments agreement = args(g, "agreed", "030", "agree", false);
        assertEquals(List.of("khm"), ids(agreement.targets()), "an agreement is one event between them, not two");
    }

    @Test
    void partiesThatSwapPrisonersEachReleaseToTheOther() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Russia/NNP and/CC Ukraine/NNP exchanged/VBD/O/exchange prisoners/NNS/O/prisoner",
                        "nsubj(exchanged, Russia) cc(Ukraine, and) conj:and(Russia, Ukraine) nsubj(exchanged, Ukraine)"
                                + " obj(exchanged, prisoners)"),
                "0=rus",
                "2=ukr");
        Arguments a = args(g, "exchanged", "0841", "exchange obj=prisoner", false);
        assertEquals(List.of("rus", "ukr"), ids(a.sources()));
        assertEquals(List.of("ukr", "rus"), ids(a.targets()));
    }

    @Test
    void aThirdPartyWithItsRoleIsNoCounterpart() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Israel/NNP and/CC Hamas/NNP signed/VBD/O/sign the/DT agreement/NN ,/, with/IN Egypt/NNP as/IN guarantor/NN",
                        "nsubj(signed, Israel) cc(Hamas, and) conj:and(Israel, Hamas) nsubj(signed, Hamas)"
                                + " obj(signed, agreement) det(agreement, the) obl:with(signed, Egypt) case(Egypt, with)"
                                + " nmod:as(Egypt, guarantor) case(guarantor, as)"),
                "0=isr",
                "2=hamas",
                "8=egy");
        Arguments a = args(g, "signed", "057", "sign obj=agreement", false);
        assertEquals(List.of("hamas"), ids(a.targets()), "Egypt is the guarantor, not the counterpart");
    }

    @Test
    void theSourcesOwnPhraseOnTheVerbLeavesTheCounterpartToTheObjects() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Bolivia/NNP severed/VBD/O/sever ties/NNS/O/tie with/IN Israel/NNP over/IN its/PRP$ offensive/NN",
                        "nsubj(severed, Bolivia) obj(severed, ties) case(Israel, with) nmod:with(ties, Israel)"
                                + " case(offensive, over) nmod:poss(offensive, its) obl:over(severed, offensive)"),
                "0=bol",
                "4=isr",
                "6=bol=PRONOUN");
        Arguments a = args(g, "severed", "161", "sever obj=tie", false);
        assertEquals(List.of("isr"), ids(a.targets()));
        assertEquals("object-complement", a.targetRule());
    }

    @Test
    void forcesDeployedInAShowOfForceAreNotItsTarget() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Poland/NNP deployed/VBD/O/deploy police/NNS/O/police to/IN the/DT border/NN",
                        "nsubj(deployed, Poland) obj(deployed, police) case(border, to) det(border, the)"
                                + " obl:to(deployed, border)"),
                "0=pol",
                "2=pol-cop=GROUP");
        Arguments a = args(g, "deployed", "153", "deploy obj=police", false);
        assertEquals(List.of("pol"), ids(a.sources()));
        assertEquals(List.of(), ids(a.targets()));
    }

    @Test
    void ownForcesReinforcedAreTheInstrumentAndThePlaceIsTheTarget() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Russia/NNP reinforced/VBD/O/reinforce its/PRP$ troops/NNS/O/troops near/IN Ukraine/NNP",
                        "nsubj(reinforced, Russia) obj(reinforced, troops) nmod:poss(troops, its)"
                                + " case(Ukraine, near) obl:near(reinforced, Ukraine)"),
                "0=rus",
                "2=rus-mil=GROUP",
                "5=ukr");
        Arguments a = args(g, "reinforced", "154", "reinforce", false);
        assertEquals(List.of("rus"), ids(a.sources()));
        assertEquals(List.of("ukr"), ids(a.targets()));
        assertEquals("place-of-act", a.targetRule());
        // another state's forces as the object stay the target ("reinforced Ukrainian troops" is aid to Ukraine's)
        SentenceGraph other = graph(g.sentence(), "0=rus", "2=blr-mil=GROUP", "5=ukr");
        assertEquals(
                List.of("blr-mil"),
                ids(args(other, "reinforced", "154", "reinforce", false).targets()));
    }

    @Test
    void whereConjoinedPartiesDoAMutualActIsItsVenue() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Armenia/NNP and/CC Azerbaijan/NNP signed/VBD/O/sign a/DT framework/NN at/IN the/DT White/NNP"
                                + " House/NNP",
                        "nsubj(signed, Armenia) cc(Azerbaijan, and) conj:and(Armenia, Azerbaijan) nsubj(signed, Azerbaijan)"
                                + " obj(signed, framework) det(framework, a) case(House, at) det(House, the)"
                                + " compound(House, White) nmod:at(framework, House)"),
                "0=arm",
                "2=aze",
                "8=usa-gov");
        Arguments a = args(g, "signed", "057", "sign obj=framework", false);
        assertEquals(List.of("arm"), ids(a.sources()));
        assertEquals(List.of("aze"), ids(a.targets()));
        // one party rejecting talks at a place: the place is whom it turns down
        SentenceGraph one = graph(
                HandParse.sentence(
                        "Lavrov/NNP rejected/VBD/O/reject talks/NNS/O/talk at/IN the/DT Vatican/NNP",
                        "nsubj(rejected, Lavrov) obj(rejected, talks) case(Vatican, at) det(Vatican, the)"
                                + " nmod:at(talks, Vatican)"),
                "0=rus-gov",
                "5=vat");
        assertEquals(
                List.of("vat"),
                ids(args(one, "rejected", "120", "reject obj=talk", false).targets()));
    }

    @Test
    void whoeverAMessageIsPassedOnBehalfOfSendsIt() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Switzerland/NNP delivered/VBD/O/deliver a/DT message/NN to/IN Iran/NNP on/IN behalf/NN of/IN"
                                + " Washington/NNP",
                        "nsubj(delivered, Switzerland) obj(delivered, message) det(message, a) case(Iran, to)"
                                + " obl:to(delivered, Iran) case(Washington, on) fixed(on, behalf) fixed(on, of)"
                                + " obl:on_behalf_of(delivered, Washington)"),
                "0=che",
                "5=irn",
                "9=usa");
        Arguments a = args(g, "delivered", "010", "deliver obj=message", false);
        assertEquals(List.of("usa"), ids(a.sources()));
        assertEquals("principal", a.sourceRule());
        assertEquals(List.of("irn"), ids(a.targets()));
        // an act of force is laid at whoever carried it out, whoever it was for
        assertEquals(
                List.of("che"),
                ids(args(g, "delivered", "190", "deliver", false).sources()));
    }

    @Test
    void anAppositionNamesTheNounBetterThanAPronounOwner() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Sudan/NNP attacked/VBD/O/attack its/PRP$ neighbour/NN ,/, Chad/NNP",
                        "nsubj(attacked, Sudan) obj(attacked, neighbour) nmod:poss(neighbour, its)"
                                + " punct(Chad, ,) appos(neighbour, Chad)"),
                "0=sdn",
                "2=sdn=PRONOUN",
                "5=tcd");
        assertEquals(
                List.of("tcd"), ids(args(g, "attacked", "190", "attack", false).targets()));
        SentenceGraph named = graph(g.sentence(), "0=sdn", "2=egy", "5=tcd");
        assertEquals(
                List.of("egy"),
                ids(args(named, "attacked", "190", "attack", false).targets()),
                "a named owner stays the noun's actor");
    }

    @Test
    void anAttackWithNoDoerNamedIsLaidAtThePlaceItWasLaunchedFrom() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "A/DT bomb/NN was/VBD fired/VBN/O/fire at/IN Israel/NNP from/IN Gaza/NNP",
                        "det(bomb, A) nsubj:pass(fired, bomb) aux:pass(fired, was) case(Israel, at)"
                                + " obl:at(fired, Israel) case(Gaza, from) obl:from(fired, Gaza)"),
                "5=isr",
                "7=pse=PLACE");
        Arguments a = args(g, "fired", "190", "fire prep=at", false);
        assertEquals(List.of("pse"), ids(a.sources()));
        assertEquals("launch-site", a.sourceRule());
        assertEquals(List.of("isr"), ids(a.targets()));
        Arguments talks = args(g, "fired", "040", "fire prep=at", false);
        assertEquals(List.of(), ids(talks.sources()), "only acts of force are laid at a launch site");
    }

    @Test
    void whatIsSaidInALetterToSomeoneIsAimedAtThem() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Erdogan/NNP expressed/VBD/O/express regret/NN in/IN a/DT letter/NN to/IN Putin/NNP",
                        "nsubj(expressed, Erdogan) obj(expressed, regret) case(letter, in) det(letter, a)"
                                + " obl:in(expressed, letter) case(Putin, to) nmod:to(letter, Putin)"),
                "0=recep-tayyip-erdogan=NAME",
                "7=vladimir-putin=NAME");
        Arguments a = args(g, "expressed", "018", "express obj=regret", false);
        assertEquals(List.of("vladimir-putin"), ids(a.targets()));
        assertEquals("channel-addressee", a.targetRule());
    }

    @Test
    void aRefusalOfAnActIsAimedAtThePartyOfTheActItRefuses() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Scholz/NNP ruled/VBD/O/rule out/RP sending/VBG/O/send missiles/NNS/O/missile to/IN Ukraine/NNP",
                        "nsubj(ruled, Scholz) compound:prt(ruled, out) obj(ruled, sending) obj(sending, missiles)"
                                + " case(Ukraine, to) obl:to(sending, Ukraine)"),
                "0=olaf-scholz=NAME",
                "6=ukr");
        Arguments a = args(g, "ruled", "120", "rule_out", false);
        assertEquals(List.of("ukr"), ids(a.targets()));
        assertEquals("intended-act", a.targetRule());
    }

    @Test
    void aWithdrawalIsDoneByWhoeverItsOfPhraseNamesAndYieldsTheirPlace() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "the/DT withdrawal/NN of/IN Russian/JJ forces/NNS/O/force from/IN the/DT area/NN around/IN Kyiv/NNP",
                        "det(withdrawal, the) case(forces, of) amod(forces, Russian) nmod:of(withdrawal, forces)"
                                + " case(area, from) det(area, the) nmod:from(withdrawal, area) case(Kyiv, around)"
                                + " nmod:around(area, Kyiv)"),
                "4=rus-mil=GROUP",
                "9=ukr=PLACE");
        Arguments a = args(g, "withdrawal", "087", "withdrawal", true);
        assertEquals(List.of("rus-mil"), ids(a.sources()));
        assertEquals("of-doer", a.sourceRule());
        assertEquals(List.of("ukr"), ids(a.targets()));
        Arguments release = args(g, "withdrawal", "0841", "withdrawal", true);
        assertEquals(List.of(), ids(release.sources()), "a release's 'of' phrase is who was released");
    }

    @Test
    void whoJoinsSanctionsImposesThemToo() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Turkey/NNP joined/VBD/O/join Western/JJ sanctions/NNS/O/sanction against/IN Russia/NNP",
                        "nsubj(joined, Turkey) obj(joined, sanctions) amod(sanctions, Western) case(Russia, against)"
                                + " obl:against(joined, Russia)"),
                "0=tur",
                "2=wst",
                "5=rus");
        Arguments a = args(g, "sanctions", "163", "sanction", true);
        assertEquals(List.of("tur"), ids(a.sources()));
        assertEquals("joiner", a.sourceRule());
        assertEquals(List.of("rus"), ids(a.targets()));
    }

    @Test
    void aTruceBetweenTwoPartiesBindsBoth() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "a/DT ceasefire/NN between/IN Israel/NNP and/CC Hezbollah/NNP took/VBD/O/take effect/NN",
                        "det(ceasefire, a) nsubj(took, ceasefire) case(Israel, between) nmod:between(ceasefire, Israel)"
                                + " cc(Hezbollah, and) conj:and(Israel, Hezbollah) nmod:between(ceasefire, Hezbollah)"
                                + " obj(took, effect)"),
                "3=isr",
                "5=hezbollah=NAME");
        Arguments truce = args(g, "ceasefire", "0871", "ceasefire", true);
        assertEquals(List.of("isr", "hezbollah"), ids(truce.sources()));
        assertEquals(List.of("hezbollah", "isr"), ids(truce.targets()));
        Arguments talks = args(g, "ceasefire", "046", "ceasefire", true);
        assertEquals(List.of("isr"), ids(talks.sources()), "other events between two parties run one way");
    }

    @Test
    void aGerundWithNoSubjectIsFoughtBetweenItsTwoParties() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Fighting/VBG/O/fight between/IN Armenia/NNP and/CC Azerbaijan/NNP resumed/VBD/O/resume",
                        "csubj(resumed, Fighting) obl:between(Fighting, Armenia) case(Armenia, between)"
                                + " conj:and(Armenia, Azerbaijan) cc(Azerbaijan, and) obl:between(Fighting, Azerbaijan)"),
                "2=arm",
                "4=aze");
        Arguments a = args(g, "Fighting", "190", "fight", false);
        assertEquals(List.of("arm"), ids(a.sources()));
        assertEquals(List.of("aze"), ids(a.targets()));
    }

    @Test
    void aThreatIsAimedAtThePartyOfTheActItAnnounces() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Qaeda/NNP threatened/VBD/O/threaten to/TO deliver/VB/O/deliver blows/NNS/O/blow to/IN Israel/NNP",
                        "nsubj(threatened, Qaeda) xcomp(threatened, deliver) mark(deliver, to) nsubj:xsubj(deliver, Qaeda)"
                                + " obj(deliver, blows) obl:to(deliver, Israel) case(Israel, to)"),
                "0=al-qaeda=NAME",
                "6=isr");
        Arguments a = args(g, "threatened", "130", "threaten", false);
        assertEquals(List.of("isr"), ids(a.targets()));
        assertEquals("intended-act", a.targetRule());
    }

    @Test
    void aGerundCompletingAVerbIsDoneByThatVerbsSubject() {
        // "denied firing the rocket" with the gerund hung on the verb as "dep"
        SentenceGraph denied = graph(
                HandParse.sentence(
                        "Hezbollah/NNP denied/VBD/O/deny firing/VBG/O/fire rockets/NNS/O/rocket at/IN Israel/NNP",
                        "nsubj(denied, Hezbollah) dep(denied, firing) obj(firing, rockets) obl:at(firing, Israel)"
                                + " case(Israel, at)"),
                "0=hezbollah=NAME",
                "5=isr");
        Arguments a = args(denied, "firing", "194", "fire obj=rocket", false);
        assertEquals(List.of("hezbollah"), ids(a.sources()));
        assertEquals("gerund-complement", a.sourceRule());
        // "refrained from supplying Ukraine"
        SentenceGraph refrained = graph(
                HandParse.sentence(
                        "Israel/NNP refrained/VBD/O/refrain from/IN supplying/VBG/O/supply Ukraine/NNP",
                        "nsubj(refrained, Israel) advcl:from(refrained, supplying) mark(supplying, from)"
                                + " obj(supplying, Ukraine)"),
                "0=isr",
                "4=ukr");
        assertEquals(
                List.of("isr"),
                ids(args(refrained, "supplying", "070", "supply", false).sources()));
        // "stopped short of inviting Ukraine": the clause hangs on the adverb of the verb
        SentenceGraph shortOf = graph(
                HandParse.sentence(
                        "NATO/NNP stopped/VBD/O/stop short/RB of/IN inviting/VBG/O/invite Ukraine/NNP",
                        "nsubj(stopped, NATO) advmod(stopped, short) acl:of(short, inviting) mark(inviting, of)"
                                + " obj(inviting, Ukraine)"),
                "0=nato=NAME",
                "5=ukr");
        assertEquals(
                List.of("nato"),
                ids(args(shortOf, "inviting", "026", "invite", false).sources()));
    }

    @Test
    void aGerundHungOnAVerbThatTakesNoneIsAModifierNotItsAct() {
        // "Khamenei told visiting Prime Minister Abe": "tell" takes no gerund; the visit is not Khamenei's
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Khamenei/NNP told/VBD/O/tell visiting/VBG/O/visit Abe/NNP",
                        "nsubj(told, Khamenei) dep(told, visiting) obj(visiting, Abe)"),
                "0=ali-khamenei=NAME",
                "3=shinzo-abe=NAME");
        Arguments a = args(g, "visiting", "042", "visit", false);
        assertTrue(a.sources().isEmpty(), a.trace());
    }

    @Test
    void whoeverWasBehindAnActOfForceOrResponsibleForItCarriedItOut() {
        SentenceGraph behind = graph(
                HandParse.sentence(
                        "Russia/NNP was/VBD/O/be behind/IN the/DT explosion/NN at/IN the/DT embassy/NN",
                        "nsubj(explosion, Russia) cop(explosion, was) case(explosion, behind) det(explosion, the-4)"
                                + " obl:at(explosion, embassy) case(embassy, at) det(embassy, the-7)"),
                "0=rus");
        Arguments a = args(behind, "explosion", "183", "explosion", true);
        assertEquals(List.of("rus"), ids(a.sources()));
        assertEquals("culprit", a.sourceRule());
        SentenceGraph responsible = graph(
                HandParse.sentence(
                        "Syria/NNP was/VBD/O/be responsible/JJ for/IN the/DT attack/NN on/IN Douma/NNP",
                        "nsubj(responsible, Syria) cop(responsible, was) obl:for(responsible, attack) case(attack, for)"
                                + " det(attack, the) nmod:on(attack, Douma) case(Douma, on)"),
                "0=syr",
                "6=syr-cvl=GROUP");
        Arguments r = args(responsible, "attack", "190", "attack prep=on", true);
        assertEquals(List.of("syr"), ids(r.sources()));
        assertEquals("culprit", r.sourceRule());
        // "was behind the talks": only acts of force are laid at someone this way
        SentenceGraph talks = graph(
                HandParse.sentence(
                        "Qatar/NNP was/VBD/O/be behind/IN the/DT talks/NNS/O/talk",
                        "nsubj(talks, Qatar) cop(talks, was) case(talks, behind) det(talks, the)"),
                "0=qat");
        assertTrue(args(talks, "talks", "046", "talk", true).sources().isEmpty());
    }

    @Test
    void whoeverReceivesAnOfferOrGetsItHandedIsItsTarget() {
        SentenceGraph received = graph(
                HandParse.sentence(
                        "Hamas/NNP received/VBD/O/receive Israel/NNP 's/POS proposal/NN",
                        "nsubj(received, Hamas) obj(received, proposal) nmod:poss(proposal, Israel) case(Israel, 's)"),
                "0=hamas=NAME",
                "2=isr");
        Arguments a = args(received, "proposal", "020", "proposal", true);
        assertEquals(List.of("isr"), ids(a.sources()));
        assertEquals(List.of("hamas"), ids(a.targets()));
        assertEquals("recipient", a.targetRule());
        SentenceGraph passed = graph(
                HandParse.sentence(
                        "the/DT Israeli/JJ proposal/NN was/VBD/O/be passed/VBN/O/pass to/IN Hamas/NNP",
                        "det(proposal, the) amod(proposal, Israeli) nsubj:pass(passed, proposal) aux:pass(passed, was)"
                                + " obl:to(passed, Hamas) case(Hamas, to)"),
                "1=isr",
                "6=hamas=NAME");
        Arguments handed = args(passed, "proposal", "020", "proposal", true);
        assertEquals(List.of("hamas"), ids(handed.targets()));
        // "the release of hostages was passed to …" is no release aimed at whoever got the text
        SentenceGraph release = graph(
                HandParse.sentence(
                        "the/DT release/NN was/VBD/O/be passed/VBN/O/pass to/IN Hamas/NNP",
                        "det(release, the) nsubj:pass(passed, release) aux:pass(passed, was)"
                                + " obl:to(passed, Hamas) case(Hamas, to)"),
                "5=hamas=NAME");
        assertTrue(args(release, "release", "0841", "release poss=target", true)
                .targets()
                .isEmpty());
    }

    @Test
    void whatWasPromisedBySomeoneIsPromisedToWhoeverReceivesIt() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Ukraine/NNP has/VBZ/O/have not/RB received/VBN/O/receive any/DT of/IN the/DT jets/NNS/O/jet"
                                + " promised/VBN/O/promise by/IN Denmark/NNP",
                        "nsubj(received, Ukraine) aux(received, has) advmod(received, not) obj(received, any)"
                                + " nmod:of(any, jets) case(jets, of) det(jets, the) acl(jets, promised)"
                                + " obl:by(promised, Denmark) case(Denmark, by)"),
                "0=ukr",
                "10=dnk");
        Arguments a = args(g, "promised", "030", "promise", false);
        assertEquals(List.of("dnk"), ids(a.sources()));
        assertEquals("participle-agent", a.sourceRule());
        assertEquals(List.of("ukr"), ids(a.targets()));
        assertEquals("recipient", a.targetRule());
        // with nobody receiving it, a "by" phrase on a participle stays unread
        SentenceGraph mediated = graph(
                HandParse.sentence(
                        "a/DT truce/NN mediated/VBN/O/mediate by/IN Qatar/NNP took/VBD/O/take hold/NN",
                        "det(truce, a) acl(truce, mediated) obl:by(mediated, Qatar) case(Qatar, by) nsubj(took, truce)"
                                + " obj(took, hold)"),
                "4=qat");
        assertTrue(args(mediated, "mediated", "045", "mediate", false).sources().isEmpty());
    }

    @Test
    void captivesHeldInAStateWereReleasedByIt() {
        // the parser's reading: "held" as the main verb, "were freed" hung under it with no subject
        SentenceGraph misparsed = graph(
                HandParse.sentence(
                        "Americans/NNPS/O/American held/VBN/O/hold in/IN Iran/NNP were/VBD/O/be freed/VBN/O/free",
                        "nsubj(held, Americans) obl:in(held, Iran) case(Iran, in) dep(held, freed) aux:pass(freed, were)"),
                "0=usa",
                "3=irn");
        Arguments a = args(misparsed, "freed", "0841", "free", false);
        assertEquals(List.of("irn"), ids(a.sources()));
        assertEquals("holder", a.sourceRule());
        assertEquals(List.of("usa"), ids(a.targets()));
        // the same sentence parsed right
        SentenceGraph parsed = graph(
                HandParse.sentence(
                        "Americans/NNPS/O/American held/VBN/O/hold in/IN Iran/NNP were/VBD/O/be freed/VBN/O/free",
                        "acl(Americans, held) obl:in(held, Iran) case(Iran, in) nsubj:pass(freed, Americans)"
                                + " aux:pass(freed, were)"),
                "0=usa",
                "3=irn");
        assertEquals(
                List.of("irn"), ids(args(parsed, "freed", "0841", "free", false).sources()));
        // a captive's place says nothing of who did anything else to them
        assertTrue(args(parsed, "freed", "042", "free", false).sources().isEmpty());
    }

    @Test
    void aSubjectWithItsReducedRelativeParsedAsAClauseIsStillTheSubject() {
        // "[Hackers linked to the Chinese government] broke into …", parsed with "Hackers linked to …" as a clause
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Hackers/NNS/O/hacker linked/VBN/O/link to/IN government/NN broke/VBD/O/break into/IN"
                                + " networks/NNS/O/network ,/, Journal/NNP reported/VBD/O/report",
                        "nsubj(linked, Hackers) obl:to(linked, government) case(government, to) csubj(broke, linked)"
                                + " obl:into(broke, networks) case(networks, into) punct(broke, ,)"
                                + " parataxis(broke, reported) nsubj(reported, Journal)"),
                "3=chn-gov=GROUP",
                "8=wall-street-journal=NAME");
        Arguments a = args(g, "broke", "171", "break prep=into", false);
        // the body answers to whom it is "linked" to: the participle is matched as written, not by its lemma
        assertEquals(List.of("chn-gov"), ids(a.sources()));
        assertEquals("misparsed-subject", a.sourceRule());
        // "…, The Journal reported": a subject after a comma is its own clause's, not the verb's object
        assertTrue(a.targets().isEmpty(), a.trace());
    }

    @Test
    void aThingOwnedByAnOwnersPartBelongsToTheOwner() {
        SentenceGraph g = graph(
                HandParse.sentence(
                        "Russia/NNP struck/VBD/O/strike Kyiv/NNP 's/POS children/NNS/O/child 's/POS hospital/NN",
                        "nsubj(struck, Russia) obj(struck, hospital) nmod:poss(hospital, children) case(children, 's-6)"
                                + " nmod:poss(children, Kyiv) case(Kyiv, 's-4)"),
                "0=rus",
                "2=ukr=METONYM");
        assertEquals(
                List.of("ukr"), ids(args(g, "struck", "190", "strike", false).targets()));
    }
}
