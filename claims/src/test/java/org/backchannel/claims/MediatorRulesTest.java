package org.backchannel.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.backchannel.coder.CodedDocument;
import org.backchannel.coder.DependencyEventCoder;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.testing.HandParse;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedSentence;
import org.junit.jupiter.api.Test;

/**
 * Each way news names a go-between ({@link MediatorRule}s and {@link VenueHost}) on sentences written for
 * it, parsed as CoreNLP parses them, coded by the real coder: the mediator found, and none where the
 * third party is a route, a conference venue, a side's own capital or one of the sides.
 */
class MediatorRulesTest {
    /** The countries of the mediators the sentences' events carry; a mediator is never one of their sides. */
    static Set<String> mediators(ParsedSentence... sentences) {
        DocumentActors actors = new DocumentActors(ClaimsRulesTest.K.actors());
        CodedDocument coded = new DependencyEventCoder(ClaimsRulesTest.K)
                .code(HandParse.document(ClaimsRulesTest.DAY, sentences), actors);
        Set<String> out = new TreeSet<>();
        for (Event e : new EpistemicAnnotator(ClaimsRulesTest.K)
                .annotate(List.of(coded), actors)
                .events()) {
            String m = e.epistemic().mediator();
            if (m == null) {
                continue;
            }
            String country = actors.get(m).country();
            assertFalse(
                    m.equals(e.source().actorId())
                            || m.equals(e.target().actorId())
                            || country.equals(e.source().country())
                            || country.equals(e.target().country()),
                    "a mediator is a side: " + e);
            out.add(country);
        }
        return out;
    }

    @Test
    void aChannelForWordsIsAGoBetweenButARouteForGoodsIsNot() {
        assertEquals(
                Set.of("IRQ"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Iran/NNP/LOCATION/Iran and/CC Saudi/NNP/LOCATION/Saudi Arabia/NNP/LOCATION/Arabia exchanged/VBD/O/exchange messages/NNS/O/message via/IN Iraq/NNP/LOCATION/Iraq for/IN two/CD years/NNS/O/year before/IN restoring/VBG/O/restore ties/NNS/O/tie ./.",
                                "conj:and(Iran, Arabia) cc(Arabia, and) compound(Arabia, Saudi) nsubj(exchanged, Iran) nsubj(exchanged, Arabia) obj(exchanged, messages) obl:via(exchanged, Iraq) obl:for(exchanged, years) advcl:before(exchanged, restoring) case(Iraq, via) case(years, for) nummod(years, two) mark(restoring, before) obj(restoring, ties)")),
                "Iran and Saudi Arabia exchanged messages via Iraq for two years before restoring ties.");
        assertEquals(
                Set.of(),
                mediators(
                        HandParse.sentence(
                                0,
                                "Russia/NNP/LOCATION/Russia sent/VBD/O/send weapons/NNS/O/weapon to/IN Syria/NNP/LOCATION/Syria through/IN Iraq/NNP/LOCATION/Iraq ./.",
                                "nsubj(sent, Russia) obj(sent, weapons) obl:to(sent, Syria) obl:through(sent, Iraq) case(Syria, to) case(Iraq, through)")),
                "Russia sent weapons to Syria through Iraq.");
    }

    @Test
    void aBrokerIsNamedAsAgentOrInACompound() {
        assertEquals(
                Set.of("EGY"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Israel/NNP/LOCATION/Israel and/CC Hamas/NNP/ORGANIZATION/Hamas agreed/VBD/O/agree to/IN a/DT truce/NN brokered/VBN/O/broker by/IN Egypt/NNP/LOCATION/Egypt and/CC Qatar/NNP/LOCATION/Qatar ./.",
                                "conj:and(Israel, Hamas) cc(Hamas, and-2) nsubj(agreed, Israel) nsubj(agreed, Hamas) obl:to(agreed, truce) case(truce, to) det(truce, a) acl(truce, brokered) obl:by(brokered, Egypt) obl:by(brokered, Qatar) case(Egypt, by) conj:and(Egypt, Qatar) cc(Qatar, and-11)")),
                "Israel and Hamas agreed to a truce brokered by Egypt and Qatar.");
        assertEquals(
                Set.of("CHN"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Under/IN a/DT China/NNP/O/China -/HYPH brokered/VBN/O/broker deal/NN ,/, Saudi/NNP/LOCATION/Saudi Arabia/NNP/LOCATION/Arabia and/CC Iran/NNP/LOCATION/Iran agreed/VBD/O/agree to/TO restore/VB diplomatic/JJ relations/NNS/O/relation ./.",
                                "obl(brokered, China) case(deal, Under) det(deal, a) amod(deal, brokered) compound(Arabia, Saudi) conj:and(Arabia, Iran) cc(Iran, and) obl:under(agreed, deal) nsubj(agreed, Arabia) nsubj(agreed, Iran) xcomp(agreed, restore) nsubj:xsubj(restore, Arabia) nsubj:xsubj(restore, Iran) mark(restore, to) obj(restore, relations) amod(relations, diplomatic)")),
                "Under a China-brokered deal, Saudi Arabia and Iran agreed to restore diplomatic relations.");
        assertEquals(
                Set.of("SAU"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Russia/NNP/LOCATION/Russia and/CC Ukraine/NNP/LOCATION/Ukraine exchanged/VBD/O/exchange prisoners/NNS/O/prisoner on/IN Thursday/NNP/O/Thursday in/IN a/DT deal/NN mediated/VBN/O/mediate by/IN Saudi/NNP/LOCATION/Saudi Arabia/NNP/LOCATION/Arabia ./.",
                                "conj:and(Russia, Ukraine) cc(Ukraine, and) nsubj(exchanged, Russia) nsubj(exchanged, Ukraine) obj(exchanged, prisoners) obl:on(exchanged, Thursday) obl:in(exchanged, deal) case(Thursday, on) case(deal, in) det(deal, a) acl(deal, mediated) obl:by(mediated, Arabia) case(Arabia, by) compound(Arabia, Saudi)")),
                "Russia and Ukraine exchanged prisoners on Thursday in a deal mediated by Saudi Arabia.");
    }

    @Test
    void aGoBetweenCarriesOffersOrPutsASettlementToBothSides() {
        assertEquals(
                Set.of("EGY"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Egyptian/JJ/O/Egyptian officials/NNS/O/official delivered/VBD/O/deliver Israel/NNP/LOCATION/Israel 's/POS latest/JJS/O/late offer/NN to/IN Hamas/NNP/ORGANIZATION/Hamas leaders/NNS/O/leader in/IN Cairo/NNP/LOCATION/Cairo ./.",
                                "amod(officials, Egyptian) nsubj(delivered, officials) obj(delivered, offer) obl:in(delivered, Cairo) case(Israel, 's) nmod:poss(offer, Israel) amod(offer, latest) nmod:to(offer, leaders) case(leaders, to) compound(leaders, Hamas) case(Cairo, in)")),
                "Egyptian officials delivered Israel's latest offer to Hamas leaders in Cairo.");
        assertEquals(
                Set.of("EGY"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Egypt/NNP/LOCATION/Egypt proposed/VBD/O/propose a/DT ceasefire/NN between/IN Israel/NNP/LOCATION/Israel and/CC Hamas/NNP/ORGANIZATION/Hamas under/IN which/WDT hostages/NNS/O/hostage would/MD be/VB exchanged/VBN/O/exchange for/IN prisoners/NNS/O/prisoner ./.",
                                "nsubj(proposed, Egypt) obj(proposed, ceasefire) det(ceasefire, a) nmod:between(ceasefire, Israel) nmod:between(ceasefire, Hamas) ref(ceasefire, which) acl:relcl(ceasefire, exchanged) case(Israel, between) conj:and(Israel, Hamas) cc(Hamas, and) case(which, under) obl:under(exchanged, ceasefire) nsubj:pass(exchanged, hostages) aux(exchanged, would) aux:pass(exchanged, be) obl:for(exchanged, prisoners) case(prisoners, for)")),
                "Egypt proposed a ceasefire between Israel and Hamas under which hostages would be exchanged for prisoners.");
        assertEquals(
                Set.of(),
                mediators(
                        HandParse.sentence(
                                0,
                                "Russia/NNP/LOCATION/Russia proposed/VBD/O/propose talks/NNS/O/talk with/IN Ukraine/NNP/LOCATION/Ukraine in/IN Istanbul/NNP/LOCATION/Istanbul ./.",
                                "nsubj(proposed, Russia) obj(proposed, talks) nmod:with(talks, Ukraine) nmod:in(talks, Istanbul) case(Ukraine, with) case(Istanbul, in)")),
                "Russia proposed talks with Ukraine in Istanbul.");
    }

    @Test
    void aRoleNamesTheGoBetween() {
        assertEquals(
                Set.of("QAT"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Israel/NNP/LOCATION/Israel and/CC Hamas/NNP/ORGANIZATION/Hamas negotiated/VBD/O/negotiate through/IN Qatar/NNP/LOCATION/Qatar ,/, which/WDT has/VBZ/O/have acted/VBN/O/act as/IN a/DT mediator/NN since/IN the/DT war/NN began/VBD/O/begin ./.",
                                "conj:and(Israel, Hamas) cc(Hamas, and) nsubj(negotiated, Israel) nsubj(negotiated, Hamas) obl:through(negotiated, Qatar) case(Qatar, through) ref(Qatar, which) acl:relcl(Qatar, acted) nsubj(acted, Qatar) aux(acted, has) obl:as(acted, mediator) advcl:since(acted, began) case(mediator, as) det(mediator, a) det(war, the) mark(began, since) nsubj(began, war)")),
                "Israel and Hamas negotiated through Qatar, which has acted as a mediator since the war began.");
        assertEquals(
                Set.of("EGY"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Israel/NNP/LOCATION/Israel and/CC Hamas/NNP/ORGANIZATION/Hamas agreed/VBD/O/agree to/IN a/DT four/CD -/HYPH day/NN truce/NN with/IN Egyptian/JJ/O/Egyptian mediation/NN ./.",
                                "conj:and(Israel, Hamas) cc(Hamas, and) nsubj(agreed, Israel) nsubj(agreed, Hamas) obl:to(agreed, truce) nummod(day, four) case(truce, to) det(truce, a) compound(truce, day) nmod:with(truce, mediation) case(mediation, with) amod(mediation, Egyptian)")),
                "Israel and Hamas agreed to a four-day truce with Egyptian mediation.");
        assertEquals(
                Set.of("USA"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Armenia/NNP/LOCATION/Armenia and/CC Azerbaijan/NNP/LOCATION/Azerbaijan signed/VBD/O/sign a/DT peace/NN framework/NN under/IN the/DT auspices/NNS of/IN the/DT United/NNP/LOCATION/United States/NNP/LOCATION/States ./.",
                                "conj:and(Armenia, Azerbaijan) cc(Azerbaijan, and) nsubj(signed, Armenia) nsubj(signed, Azerbaijan) obj(signed, framework) obl:under(signed, auspices) det(framework, a) compound(framework, peace) case(auspices, under) det(auspices, the-9) nmod:of(auspices, States) case(States, of) det(States, the-12) compound(States, United)")),
                "Armenia and Azerbaijan signed a peace framework under the auspices of the United States.");
        assertEquals(
                Set.of("NOR"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Norway/NNP/LOCATION/Norway said/VBD/O/say it/PRP would/MD remain/VB a/DT guarantor/NN of/IN the/DT talks/NNS/O/talk between/IN Colombia/NNP/LOCATION/Colombia and/CC the/DT ELN/NNP/ORGANIZATION/ELN ./.",
                                "nsubj(said, Norway) ccomp(said, remain) nsubj(remain, it) aux(remain, would) xcomp(remain, guarantor) det(guarantor, a) nmod:of(guarantor, talks) case(talks, of) det(talks, the-9) nmod:between(talks, Colombia) nmod:between(talks, ELN) case(Colombia, between) conj:and(Colombia, ELN) cc(ELN, and) det(ELN, the-14)")),
                "Norway said it would remain a guarantor of the talks between Colombia and the ELN.");
        assertEquals(
                Set.of("NOR"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Colombia/NNP/LOCATION/Colombia and/CC the/DT ELN/NNP/ORGANIZATION/ELN resumed/VBD/O/resume talks/NNS/O/talk in/IN Caracas/NNP/LOCATION/Caracas ,/, with/IN Norway/NNP/LOCATION/Norway acting/VBG/O/act as/IN guarantor/NN ./.",
                                "conj:and(Colombia, ELN) cc(ELN, and) det(ELN, the) nsubj(resumed, Colombia) nsubj(resumed, ELN) obj(resumed, talks) advcl:with(resumed, acting) nmod:in(talks, Caracas) case(Caracas, in) mark(acting, with) nsubj(acting, Norway) obl:as(acting, guarantor) case(guarantor, as)")),
                "Colombia and the ELN resumed talks in Caracas, with Norway acting as guarantor.");
        assertEquals(
                Set.of("KWT"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Saudi/NNP/LOCATION/Saudi Arabia/NNP/LOCATION/Arabia and/CC Qatar/NNP/LOCATION/Qatar agreed/VBD/O/agree to/TO end/VB their/PRP$/O/they dispute/NN through/IN the/DT mediation/NN of/IN Kuwait/NNP/LOCATION/Kuwait ./.",
                                "compound(Arabia, Saudi) conj:and(Arabia, Qatar) cc(Qatar, and) nsubj(agreed, Arabia) nsubj(agreed, Qatar) xcomp(agreed, end) nsubj:xsubj(end, Arabia) nsubj:xsubj(end, Qatar) mark(end, to) obj(end, dispute) obl:through(end, mediation) nmod:poss(dispute, their) case(mediation, through) det(mediation, the) nmod:of(mediation, Kuwait) case(Kuwait, of)")),
                "Saudi Arabia and Qatar agreed to end their dispute through the mediation of Kuwait.");
        assertEquals(
                Set.of("QAT"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Israel/NNP/LOCATION/Israel and/CC Hamas/NNP/ORGANIZATION/Hamas agreed/VBD/O/agree to/TO extend/VB the/DT truce/NN by/IN two/CD days/NNS/O/day ,/, mediators/NNS/O/mediator Qatar/NNP/LOCATION/Qatar and/CC Egypt/NNP/LOCATION/Egypt said/VBD/O/say ./.",
                                "conj:and(Israel, Hamas) cc(Hamas, and-2) nsubj(agreed, Israel) nsubj(agreed, Hamas) xcomp(agreed, extend) nsubj:xsubj(extend, Israel) nsubj:xsubj(extend, Hamas) mark(extend, to) obj(extend, truce) obl:by(extend, days) parataxis(extend, said) det(truce, the) case(days, by) nummod(days, two) compound(Qatar, mediators) conj:and(Qatar, Egypt) cc(Egypt, and-15) nsubj(said, Qatar) nsubj(said, Egypt)")),
                "Israel and Hamas agreed to extend the truce by two days, mediators Qatar and Egypt said.");
    }

    @Test
    void aThirdCapitalHostsTheTalksButAConferenceOrASidesOwnCapitalDoesNot() {
        assertEquals(
                Set.of("QAT"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Israeli/JJ/O/Israeli and/CC Hamas/NNP/ORGANIZATION/Hamas negotiators/NNS/O/negotiator met/VBD/O/meet at/IN a/DT hotel/NN outside/IN Doha/NNP/LOCATION/Doha on/IN Monday/NNP/O/Monday ./.",
                                "conj:and(Israeli, Hamas) cc(Hamas, and) amod(negotiators, Israeli) amod(negotiators, Hamas) nsubj(met, negotiators) obl:at(met, hotel) obl:on(met, Monday) case(hotel, at) det(hotel, a) nmod:outside(hotel, Doha) case(Doha, outside) case(Monday, on)")),
                "Israeli and Hamas negotiators met at a hotel outside Doha on Monday.");
        assertEquals(
                Set.of("QAT"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Talks/NNS/O/talk between/IN Israel/NNP/LOCATION/Israel and/CC Hamas/NNP/ORGANIZATION/Hamas resumed/VBD/O/resume in/IN Doha/NNP/LOCATION/Doha on/IN Monday/NNP/O/Monday ./.",
                                "nmod:between(Talks, Israel) nmod:between(Talks, Hamas) case(Israel, between) conj:and(Israel, Hamas) cc(Hamas, and) nsubj(resumed, Talks) obl:in(resumed, Doha) obl:on(resumed, Monday) case(Doha, in) case(Monday, on)")),
                "Talks between Israel and Hamas resumed in Doha on Monday.");
        assertEquals(
                Set.of("QAT"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Israeli/JJ/O/Israeli and/CC Hamas/NNP/ORGANIZATION/Hamas negotiators/NNS/O/negotiator met/VBD/O/meet at/IN a/DT conference/NN centre/NN outside/IN Doha/NNP/LOCATION/Doha on/IN Monday/NNP/O/Monday ./.",
                                "conj:and(Israeli, Hamas) cc(Hamas, and) amod(negotiators, Israeli) amod(negotiators, Hamas) nsubj(met, negotiators) obl:at(met, centre) obl:on(met, Monday) case(centre, at) det(centre, a) compound(centre, conference) nmod:outside(centre, Doha) case(Doha, outside) case(Monday, on)")),
                "Israeli and Hamas negotiators met at a conference centre outside Doha on Monday.");
        assertEquals(
                Set.of(),
                mediators(
                        HandParse.sentence(
                                0,
                                "Iran/NNP/LOCATION/Iran 's/POS foreign/JJ minister/NN met/VBD/O/meet his/PRP$/O/he French/JJ/O/French and/CC German/JJ/O/German counterparts/NNS/O/counterpart in/IN Geneva/NNP/LOCATION/Geneva on/IN Friday/NNP/O/Friday ./.",
                                "case(Iran, 's) nmod:poss(minister, Iran) amod(minister, foreign) nsubj(met, minister) obj(met, counterparts) obl:on(met, Friday) conj:and(French, German) cc(German, and) nmod:poss(counterparts, his) amod(counterparts, French) amod(counterparts, German) nmod:in(counterparts, Geneva) case(Geneva, in) case(Friday, on)")),
                "Iran's foreign minister met his French and German counterparts in Geneva on Friday.");
        assertEquals(
                Set.of(),
                mediators(
                        HandParse.sentence(
                                0,
                                "U.S./NNP/LOCATION/U.S. and/CC Chinese/JJ/O/Chinese leaders/NNS/O/leader met/VBD/O/meet on/IN the/DT sidelines/NNS/O/sideline of/IN the/DT G20/NN summit/NN in/IN India/NNP/LOCATION/India ./.",
                                "conj:and(U.S., Chinese) cc(Chinese, and) compound(leaders, U.S.) compound(leaders, Chinese) nsubj(met, leaders) obl:on(met, sidelines) case(sidelines, on) det(sidelines, the-7) nmod:of(sidelines, summit) case(summit, of) det(summit, the-10) compound(summit, G20) nmod:in(summit, India) case(India, in)")),
                "U.S. and Chinese leaders met on the sidelines of the G20 summit in India.");
        assertEquals(
                Set.of(),
                mediators(
                        HandParse.sentence(
                                0,
                                "Turkey/NNP/LOCATION/Turkey hosted/VBD/O/host Hamas/NNP/ORGANIZATION/Hamas leaders/NNS/O/leader in/IN Ankara/NNP/LOCATION/Ankara ./.",
                                "nsubj(hosted, Turkey) obj(hosted, leaders) obl:in(hosted, Ankara) compound(leaders, Hamas) case(Ankara, in)")),
                "Turkey hosted Hamas leaders in Ankara.");
        assertEquals(
                Set.of(),
                mediators(
                        HandParse.sentence(
                                0,
                                "Egypt/NNP/LOCATION/Egypt and/CC Israel/NNP/LOCATION/Israel held/VBD/O/hold talks/NNS/O/talk in/IN Cairo/NNP/LOCATION/Cairo ./.",
                                "conj:and(Egypt, Israel) cc(Israel, and) nsubj(held, Egypt) nsubj(held, Israel) obj(held, talks) nmod:in(talks, Cairo) case(Cairo, in)")),
                "Egypt and Israel held talks in Cairo.");
        assertEquals(
                Set.of("OMN"),
                mediators(
                        HandParse.sentence(
                                0,
                                "U.S./NNP/LOCATION/U.S. and/CC Iranian/JJ/O/Iranian negotiators/NNS/O/negotiator held/VBD/O/hold a/DT second/JJ round/NN of/IN indirect/JJ talks/NNS/O/talk in/IN Muscat/NNP/LOCATION/Muscat on/IN Saturday/NNP/O/Saturday ./.",
                                "conj:and(U.S., Iranian) cc(Iranian, and) compound(negotiators, U.S.) compound(negotiators, Iranian) nsubj(held, negotiators) obj(held, round) obl:on(held, Saturday) det(round, a) amod(round, second) nmod:of(round, talks) case(talks, of) amod(talks, indirect) nmod:in(talks, Muscat) case(Muscat, in) case(Saturday, on)")),
                "U.S. and Iranian negotiators held a second round of indirect talks in Muscat on Saturday.");
    }

    @Test
    void aHostNamedInTheNextSentenceHostsTheSummit() {
        assertEquals(
                Set.of("SGP"),
                mediators(
                        HandParse.sentence(
                                0,
                                "U.S./NNP/LOCATION/U.S. and/CC North/JJ Korean/JJ/O/Korean leaders/NNS/O/leader held/VBD/O/hold a/DT summit/NN on/IN Tuesday/NNP/O/Tuesday ./.",
                                "conj:and(U.S., Korean) cc(Korean, and) amod(Korean, North) compound(leaders, U.S.) compound(leaders, Korean) nsubj(held, leaders) obj(held, summit) obl:on(held, Tuesday) det(summit, a) case(Tuesday, on)"),
                        HandParse.sentence(
                                1,
                                "Singapore/NNP/LOCATION/Singapore hosted/VBD/O/host the/DT event/NN ./.",
                                "nsubj(hosted, Singapore) obj(hosted, event) det(event, the)")),
                "U.S. and North Korean leaders held a summit on Tuesday. Singapore hosted the event.");
    }

    @Test
    void aThirdPartyWithItsRoleIsNoTargetButTheMediator() {
        assertEquals(
                Set.of("EGY"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Israel/NNP/LOCATION/Israel and/CC Hamas/NNP/ORGANIZATION/Hamas signed/VBD/O/sign the/DT agreement/NN ,/, with/IN Egypt/NNP/LOCATION/Egypt as/IN guarantor/NN ./.",
                                "conj:and(Israel, Hamas) cc(Hamas, and) nsubj(signed, Israel) nsubj(signed, Hamas) obj(signed, agreement) obl:with(signed, Egypt) det(agreement, the) case(Egypt, with) nmod:as(Egypt, guarantor) case(guarantor, as)")),
                "Israel and Hamas signed the agreement, with Egypt as guarantor.");
        assertEquals(
                Set.of("QAT"),
                mediators(
                        HandParse.sentence(
                                0,
                                "With/IN Qatari/JJ mediation/NN ,/, Russia/NNP/LOCATION/Russia returned/VBD/O/return four/CD Ukrainian/JJ children/NNS/O/child to/IN their/PRP$/O/they families/NNS/O/family ./.",
                                "case(mediation, With) amod(mediation, Qatari) obl:with(returned, mediation) nsubj(returned, Russia) obj(returned, children) obl:to(returned, families) nummod(children, four) amod(children, Ukrainian) case(families, to) nmod:poss(families, their)")),
                "With Qatari mediation, Russia returned four Ukrainian children to their families.");
        assertEquals(
                Set.of("OMN"),
                mediators(
                        HandParse.sentence(
                                0,
                                "Iran/NNP/LOCATION/Iran and/CC the/DT United/NNP/LOCATION/United States/NNP/LOCATION/States held/VBD/O/hold indirect/JJ talks/NNS/O/talk on/IN Saturday/NNP/O/Saturday ,/, with/IN Oman/NNP/LOCATION/Oman 's/POS foreign/JJ minister/NN shuttling/VBG/O/shuttle between/IN the/DT two/CD delegations/NNS/O/delegation ./.",
                                "conj:and(Iran, States) cc(States, and) det(States, the-3) compound(States, United) nsubj(held, Iran) nsubj(held, States) obj(held, talks) obl:on(held, Saturday) obl:with(held, minister) amod(talks, indirect) case(Saturday, on) case(Oman, 's) case(minister, with) nmod:poss(minister, Oman) amod(minister, foreign) acl(minister, shuttling) obl:between(shuttling, delegations) case(delegations, between) det(delegations, the-19) nummod(delegations, two)")),
                "Iran and the United States held indirect talks on Saturday, with Oman's foreign minister shuttling between the two delegations.");
    }
}
