package org.backchannel.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.CodedDocument;
import org.backchannel.coder.DependencyEventCoder;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.testing.HandParse;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Status;
import org.junit.jupiter.api.Test;

/**
 * Each rule of the claims stage on sentences parsed by hand, coded by the real coder and annotated
 * by the real claims stage, without CoreNLP: attribution, every status, secrecy, mediators, the
 * merge across articles and the consistency warnings. The corpus floors stay the integration tests.
 */
class ClaimsRulesTest {
    static final Knowledge K = Knowledge.defaults();
    static final LocalDate DAY = LocalDate.of(2024, 5, 1);

    /** Codes and annotates one document per list of sentences; each document gets its own id. */
    static ClaimsResult claims(LocalDate day, List<List<ParsedSentence>> documents) {
        DocumentActors actors = new DocumentActors(K.actors());
        List<CodedDocument> coded = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            ParsedDocument d = HandParse.document(day, documents.get(i).toArray(ParsedSentence[]::new));
            d = new ParsedDocument(d.document().withId("doc" + i), d.sentences());
            coded.add(new DependencyEventCoder(K).code(d, actors));
        }
        return new EpistemicAnnotator(K).annotate(coded, actors);
    }

    static List<Event> events(ParsedSentence... sentences) {
        return claims(DAY, List.of(List.of(sentences))).events();
    }

    /** The one event with this CAMEO root. */
    static Event only(List<Event> events, String root) {
        List<Event> found =
                events.stream().filter(e -> e.code().root().equals(root)).toList();
        assertEquals(1, found.size(), events.toString());
        return found.get(0);
    }

    static final ParsedSentence ATTACK = HandParse.sentence(
            "Russia/NNP/LOCATION attacked/VBD/O/attack Ukraine/NNP/LOCATION",
            "nsubj(attacked, Russia) obj(attacked, Ukraine)");

    @Test
    void aPlainStatementIsAssertedAndAttributedToNobody() {
        Event e = only(events(ATTACK), "19");
        assertEquals(Status.ASSERTED, e.epistemic().status());
        assertNull(e.epistemic().attributedTo());
        assertEquals("RUS", e.source().code());
        assertEquals("UKR", e.target().code());
    }

    @Test
    void aParticipleOfAccusationAfterTheClauseIsTheSubjectsActNotItsSource() {
        List<Event> es = events(HandParse.sentence(
                "Venezuela/NNP/LOCATION expelled/VBD/O/expel the/DT US/NNP/LOCATION ambassador/NN ,/, accusing/VBG/O/accuse"
                        + " Washington/NNP/LOCATION of/IN plotting/VBG/O/plot",
                "nsubj(expelled, Venezuela) obj(expelled, ambassador) det(ambassador, the) compound(ambassador, US)"
                        + " punct(expelled, ,) dep(expelled, accusing) obj(accusing, Washington) advcl:of(accusing, plotting)"
                        + " mark(plotting, of)"));
        assertEquals(Status.ASSERTED, only(es, "16").epistemic().status());
        Event accusation = only(es, "11");
        assertEquals("VEN", accusation.source().code());
        assertEquals(Status.ASSERTED, accusation.epistemic().status());
    }

    @Test
    void aPartyThatSaysSoClaimsItAndIsTheSource() {
        Event e = only(
                events(HandParse.sentence(
                        "Ukraine/NNP/LOCATION said/VBD/O/say Russia/NNP/LOCATION attacked/VBD/O/attack Kharkiv/NNP/LOCATION",
                        "nsubj(said, Ukraine) ccomp(said, attacked) nsubj(attacked, Russia) obj(attacked, Kharkiv)")),
                "19");
        assertEquals(Status.CLAIMED, e.epistemic().status(), "the victim telling it has a stake");
        assertEquals("ukr", e.epistemic().attributedTo());
        assertEquals("said", e.epistemic().cue());
    }

    @Test
    void aThirdPartyThatSaysSoReportsIt() {
        Event e = only(
                events(HandParse.sentence(
                        "France/NNP/LOCATION said/VBD/O/say Russia/NNP/LOCATION attacked/VBD/O/attack Ukraine/NNP/LOCATION",
                        "nsubj(said, France) ccomp(said, attacked) nsubj(attacked, Russia) obj(attacked, Ukraine)")),
                "19");
        assertEquals(Status.REPORTED, e.epistemic().status(), "no stake in it: a report");
        assertEquals("fra", e.epistemic().attributedTo());
    }

    @Test
    void aClaimVerbMakesAClaimWhoeverSpeaks() {
        Event e = only(
                events(
                        HandParse.sentence(
                                "France/NNP/LOCATION alleged/VBD/O/allege Russia/NNP/LOCATION attacked/VBD/O/attack Ukraine/NNP/LOCATION",
                                "nsubj(alleged, France) ccomp(alleged, attacked) nsubj(attacked, Russia) obj(attacked, Ukraine)")),
                "19");
        assertEquals(Status.CLAIMED, e.epistemic().status());
        assertEquals("fra", e.epistemic().attributedTo());
    }

    @Test
    void aDenialDeniesTheActAndIsItselfAnEvent() {
        List<Event> events = events(HandParse.sentence(
                "Russia/NNP/LOCATION denied/VBD/O/deny attacking/VBG/O/attack Ukraine/NNP/LOCATION",
                "nsubj(denied, Russia) xcomp(denied, attacking) obj(attacking, Ukraine)"));
        Event attack = only(events, "19");
        assertEquals(Status.DENIED, attack.epistemic().status());
        assertEquals("rus", attack.epistemic().attributedTo());
        Event denial = events.stream()
                .filter(e -> e.code().cameo().equals(EpistemicAnnotator.DENY_CODE))
                .findFirst()
                .orElseThrow();
        assertEquals(Status.ASSERTED, denial.epistemic().status(), "that Russia denied it is itself told as fact");
    }

    @Test
    void aModalMakesItHypothetical() {
        Event e = only(
                events(HandParse.sentence(
                        "Russia/NNP/LOCATION could/MD attack/VB Ukraine/NNP/LOCATION",
                        "nsubj(attack, Russia) aux(attack, could) obj(attack, Ukraine)")),
                "19");
        assertEquals(Status.HYPOTHETICAL, e.epistemic().status());
    }

    @Test
    void aNegatedActIsNegated() {
        Event e = only(
                events(HandParse.sentence(
                        "Russia/NNP/LOCATION did/VBD/O/do not/RB attack/VB Ukraine/NNP/LOCATION",
                        "nsubj(attack, Russia) aux(attack, did) advmod(attack, not) obj(attack, Ukraine)")),
                "19");
        assertEquals(Status.NEGATED, e.epistemic().status());
    }

    @Test
    void anActWithNobodyOnTheReceivingEndIsToldOnlyWhenItDidNotOrMayNotHappen() {
        // "struck the convoy", with the convoy no party: no event as fact …
        List<Event> told = events(HandParse.sentence(
                "Russia/NNP/LOCATION struck/VBD/O/strike the/DT convoy/NN",
                "nsubj(struck, Russia) obj(struck, convoy) det(convoy, the)"));
        assertTrue(told.stream().noneMatch(e -> e.code().root().equals("19")), told.toString());
        // … but "did not strike the convoy" is read for its status, with its source alone
        Event negated = only(
                events(HandParse.sentence(
                        "Russia/NNP/LOCATION did/VBD/O/do not/RB strike/VB/O/strike the/DT convoy/NN",
                        "nsubj(strike, Russia) aux(strike, did) advmod(strike, not) obj(strike, convoy)"
                                + " det(convoy, the)")),
                "19");
        assertEquals(Status.NEGATED, negated.epistemic().status());
        assertEquals("RUS", negated.source().code());
        assertTrue(negated.target().isEmpty());
        assertTrue(negated.trace().endsWith("target=-(needs-target)"), negated.trace());
    }

    @Test
    void stoppingShortOfAnActNegatesIt() {
        Event e = only(
                events(HandParse.sentence(
                        "NATO/NNP/ORGANIZATION stopped/VBD/O/stop short/RB of/IN inviting/VBG/O/invite"
                                + " Ukraine/NNP/LOCATION",
                        "nsubj(stopped, NATO) advmod(stopped, short) acl:of(short, inviting) mark(inviting, of)"
                                + " obj(inviting, Ukraine)")),
                "02");
        assertEquals(Status.NEGATED, e.epistemic().status());
        assertEquals("UKR", e.target().code());
    }

    @Test
    void aQuestionAsksIt() {
        Event e = only(
                events(HandParse.sentence(
                        "Did/VBD/O/do Russia/NNP/LOCATION attack/VB Ukraine/NNP/LOCATION ?/.",
                        "aux(attack, Did) nsubj(attack, Russia) obj(attack, Ukraine) punct(attack, ?)")),
                "19");
        assertEquals(Status.QUESTION, e.epistemic().status());
    }

    @Test
    void anUnclearActIsUncertain() {
        Event e = only(
                events(
                        HandParse.sentence(
                                "It/PRP is/VBZ/O/be unclear/JJ whether/IN Russia/NNP/LOCATION attacked/VBD/O/attack Ukraine/NNP/LOCATION",
                                "nsubj(unclear, It) cop(unclear, is) ccomp(unclear, attacked) mark(attacked, whether) nsubj(attacked, Russia) obj(attacked, Ukraine)")),
                "19");
        assertEquals(Status.UNCERTAIN, e.epistemic().status());
    }

    @Test
    void secretTalksAreSecretButTradeSecretsAreNot() {
        Event talks = only(
                events(HandParse.sentence(
                        "Iran/NNP/LOCATION and/CC the/DT United/NNP/LOCATION States/NNPS/LOCATION held/VBD/O/hold secret/JJ talks/NNS/O/talk",
                        "nsubj(held, Iran) cc(States, and) det(States, the) compound(States, United) conj:and(Iran, States) nsubj(held, States)"
                                + " amod(talks, secret) obj(held, talks)")),
                "04");
        assertTrue(talks.epistemic().secret());
        Event trade = only(
                events(HandParse.sentence(
                        "Iran/NNP/LOCATION met/VBD/O/meet the/DT United/NNP/LOCATION States/NNPS/LOCATION over/IN trade/NN secrets/NNS/O/secret",
                        "nsubj(met, Iran) det(States, the) compound(States, United) obj(met, States) case(secrets, over) compound(secrets, trade)"
                                + " obl:over(met, secrets)")),
                "04");
        assertFalse(trade.epistemic().secret(), "'trade secrets' are a thing talked about, not secrecy");
    }

    @Test
    void messagesThroughAThirdStateMakeItTheMediator() {
        Event e = events(
                        HandParse.sentence(
                                "Washington/NNP/LOCATION sent/VBD/O/send messages/NNS/O/message to/TO Caracas/NNP/LOCATION through/IN Qatar/NNP/LOCATION",
                                "nsubj(sent, Washington) obj(sent, messages) case(Caracas, to) obl:to(sent, Caracas) case(Qatar, through) obl:through(sent, Qatar)"))
                .get(0);
        assertEquals("qat", e.epistemic().mediator());
        assertEquals("USA", e.source().code());
        assertEquals("VEN", e.target().code());
    }

    @Test
    void talksInAThirdCountryHaveItsHostAsMediatorButNotInASidesOwn() {
        Event inOman = only(
                events(
                        HandParse.sentence(
                                "Iran/NNP/LOCATION met/VBD/O/meet the/DT United/NNP/LOCATION States/NNPS/LOCATION in/IN Oman/NNP/LOCATION",
                                "nsubj(met, Iran) det(States, the) compound(States, United) obj(met, States) case(Oman, in) obl:in(met, Oman)")),
                "04");
        assertEquals("omn", inOman.epistemic().mediator());
        Event inIran = only(
                events(
                        HandParse.sentence(
                                "Iran/NNP/LOCATION met/VBD/O/meet the/DT United/NNP/LOCATION States/NNPS/LOCATION in/IN Tehran/NNP/LOCATION",
                                "nsubj(met, Iran) det(States, the) compound(States, United) obj(met, States) case(Tehran, in) obl:in(met, Tehran)")),
                "04");
        assertNull(inIran.epistemic().mediator(), "a side's own capital hosts no mediation");
    }

    @Test
    void oneEventToldByTwoArticlesIsMergedWithTwoSources() {
        ParsedSentence other = HandParse.sentence(
                "Russian/JJ/MISC/russian forces/NNS/O/force attacked/VBD/O/attack Ukraine/NNP/LOCATION again/RB",
                "amod(forces, Russian) nsubj(attacked, forces) obj(attacked, Ukraine) advmod(attacked, again)");
        List<Event> merged =
                claims(DAY, List.of(List.of(ATTACK), List.of(other))).events();
        Event e = only(merged, "19");
        assertEquals(2, e.epistemic().sources());
        assertEquals(2, e.evidence().size());
        assertEquals(2, e.epistemic().statusMix().get("asserted"));
    }

    @Test
    void aSyndicatedCopyCountsAsOneSource() {
        ParsedSentence longer = HandParse.sentence(
                "Russia/NNP/LOCATION attacked/VBD/O/attack Ukraine/NNP/LOCATION on/IN Monday/NNP/DATE with/IN drones/NNS/O/drone and/CC missiles/NNS/O/missile",
                "nsubj(attacked, Russia) obj(attacked, Ukraine) case(Monday, on) obl:on(attacked, Monday) case(drones, with) obl:with(attacked, drones)"
                        + " cc(missiles, and) conj:and(drones, missiles)");
        Event e = only(claims(DAY, List.of(List.of(longer), List.of(longer))).events(), "19");
        assertEquals(2, e.evidence().size(), "both copies are kept as evidence");
        assertEquals(1, e.epistemic().sources(), "one story told twice");
    }

    @Test
    void differentActsAreNotMerged() {
        ParsedSentence reverse = HandParse.sentence(
                "Ukraine/NNP/LOCATION attacked/VBD/O/attack Russia/NNP/LOCATION",
                "nsubj(attacked, Ukraine) obj(attacked, Russia)");
        assertEquals(
                2,
                claims(DAY, List.of(List.of(ATTACK), List.of(reverse))).events().size(),
                "an attack is directed");
    }

    @Test
    void aTitleHeldAtAnotherTimeIsWarnedAbout() {
        ParsedSentence s = HandParse.sentence(
                "Obama/NNP/PERSON ,/, the/DT president/NN ,/, visited/VBD/O/visit Cuba/NNP/LOCATION",
                "appos(Obama, president) det(president, the) nsubj(visited, Obama) obj(visited, Cuba)");
        ClaimsResult late = claims(LocalDate.of(2024, 5, 1), List.of(List.of(s)));
        assertTrue(
                late.warnings().stream().anyMatch(w -> w.kind().equals(ConsistencyChecker.KIND)),
                late.warnings().toString());
        ClaimsResult then = claims(LocalDate.of(2016, 3, 21), List.of(List.of(s)));
        assertTrue(
                then.warnings().stream().noneMatch(w -> w.kind().equals(ConsistencyChecker.KIND)),
                then.warnings().toString());
    }
}
