package org.backchannel.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.backchannel.coder.testing.HandParse;
import org.junit.jupiter.api.Test;

/** {@link DoubtBeside}: a doubt in a clause beside an act is about the act only when its subject refers back to it. */
class DoubtBesideTest {
    @Test
    void aDoubtAboutTheActItselfMakesItUncertainButADoubtAboutSomethingElseDoesNot() {
        assertEquals(
                "uncertain",
                ClaimsRulesTest.only(
                                ClaimsRulesTest.events(
                                        HandParse.sentence(
                                                0,
                                                "Israeli/JJ/O/Israeli jets/NNS/O/jet reportedly/RB struck/VBD/O/strike a/DT convoy/NN in/IN Syria/NNP/LOCATION/Syria ,/, though/IN the/DT strike/NN could/MD not/RB be/VB confirmed/VBN/O/confirm ./.",
                                                "amod(jets, Israeli) nsubj(struck, jets) advmod(struck, reportedly) obj(struck, convoy) advcl:though(struck, confirmed) det(convoy, a) nmod:in(convoy, Syria) case(Syria, in) det(strike, the) mark(confirmed, though) nsubj:pass(confirmed, strike) aux(confirmed, could) advmod(confirmed, not) aux:pass(confirmed, be)")),
                                "19")
                        .epistemic()
                        .status()
                        .label(),
                "Israeli jets reportedly struck a convoy in Syria, though the strike could not be confirmed.");
        assertEquals(
                "uncertain",
                ClaimsRulesTest.only(
                                ClaimsRulesTest.events(
                                        HandParse.sentence(
                                                0,
                                                "Hezbollah/NNP/ORGANIZATION/Hezbollah said/VBD/O/say it/PRP fired/VBD/O/fire rockets/NNS/O/rocket at/IN an/DT/O/a Israeli/JJ/O/Israeli base/NN ;/: the/DT claim/NN could/MD not/RB be/VB verified/VBN/O/verify ./.",
                                                "nsubj(said, Hezbollah) ccomp(said, fired) parataxis(said, verified) nsubj(fired, it) obj(fired, rockets) obl:at(fired, base) case(base, at) det(base, an) amod(base, Israeli) det(claim, the) nsubj:pass(verified, claim) aux(verified, could) advmod(verified, not) aux:pass(verified, be)")),
                                "19")
                        .epistemic()
                        .status()
                        .label(),
                "Hezbollah said it fired rockets at an Israeli base; the claim could not be verified.");
        assertEquals(
                "asserted",
                ClaimsRulesTest.only(
                                ClaimsRulesTest.events(
                                        HandParse.sentence(
                                                0,
                                                "Israeli/JJ/O/Israeli jets/NNS/O/jet struck/VBD/O/strike a/DT convoy/NN in/IN Syria/NNP/LOCATION/Syria ,/, though/IN it/PRP was/VBD/O/be not/RB clear/JJ whether/IN anyone/NN was/VBD/O/be killed/VBN/O/kill ./.",
                                                "amod(jets, Israeli) nsubj(struck, jets) obj(struck, convoy) advcl:though(struck, clear) det(convoy, a) nmod:in(convoy, Syria) case(Syria, in) mark(clear, though) nsubj(clear, it) cop(clear, was-11) advmod(clear, not) ccomp(clear, killed) mark(killed, whether) nsubj:pass(killed, anyone) aux:pass(killed, was-16)")),
                                "19")
                        .epistemic()
                        .status()
                        .label(),
                "Israeli jets struck a convoy in Syria, though it was not clear whether anyone was killed.");
        assertEquals(
                "asserted",
                ClaimsRulesTest.only(
                                ClaimsRulesTest.events(
                                        HandParse.sentence(
                                                0,
                                                "Russia/NNP/LOCATION/Russia attacked/VBD/O/attack Kharkiv/NNP/LOCATION/Kharkiv on/IN Monday/NNP/O/Monday ,/, although/IN the/DT exact/JJ toll/NN was/VBD/O/be not/RB known/VBN/O/know ./.",
                                                "nsubj(attacked, Russia) obj(attacked, Kharkiv) obl:on(attacked, Monday) advcl:although(attacked, known) case(Monday, on) det(toll, the) amod(toll, exact) mark(known, although) nsubj:pass(known, toll) aux:pass(known, was) advmod(known, not)")),
                                "19")
                        .epistemic()
                        .status()
                        .label(),
                "Russia attacked Kharkiv on Monday, although the exact toll was not known.");
    }
}
