package org.backchannel.claims;

import java.util.List;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * A go-between at work, named by its verb: "Oman has been relaying messages between Iran and the United
 * States", "passed Hamas's response to the Israeli negotiators", "carried a message from Hamas to U.S.
 * officials", "shuttling between the two delegations", "hosted talks between", "brokered the truce",
 * "offered to mediate"; and one that puts a settlement to both sides: "Egypt proposed a ceasefire
 * between Israel and Hamas" (not one's own talks with another: "Russia proposed talks with Ukraine").
 */
final class GoBetweenRule implements MediatorRule {
    private final EpistemicCues cues;

    GoBetweenRule(EpistemicCues cues) {
        this.cues = cues;
    }

    @Override
    public void read(SentenceGraph g, int v, int predicate, boolean contact, List<Mediation> out) {
        if (!g.token(v).isVerb()) {
            return;
        }
        String lemma = Clauses.lemma(g, v);
        boolean between = GoBetweens.between(g, v);
        boolean carries =
                cues.is("mediator_carry", lemma) && (between || carriesMessage(g, v) || lemma.equals("shuttle"));
        boolean brokers = cues.is("mediator_broker", lemma) && between || cues.is("mediator_act", lemma);
        boolean proposes = cues.is("mediator_proposal_verb", lemma) && proposesSettlement(g, v);
        if (carries || brokers || proposes) {
            String word = g.token(v).word();
            for (String id : GoBetweens.doers(g, v)) {
                out.add(new Mediation(id, word + (between ? " between" : ""), v));
            }
        }
    }

    /** Whether a carrying verb's object is something carried between sides ("a message", "Hamas's response"). */
    private boolean carriesMessage(SentenceGraph g, int v) {
        for (int o : g.children(v, "obj")) {
            String l = Clauses.lemma(g, o);
            if (cues.is("mediator_message", l) || GoBetweens.meeting(cues, g, o)) {
                return true;
            }
        }
        return !g.children(v, "obl:from").isEmpty()
                && (!g.children(v, "obl:to").isEmpty()
                        || !g.children(v, "nmod:to").isEmpty());
    }

    /** Whether the verb puts a settlement to others: its object is a truce or deal not held "with" someone. */
    private boolean proposesSettlement(SentenceGraph g, int v) {
        for (int o : g.children(v, "obj")) {
            if (cues.is("mediator_settlement", Clauses.lemma(g, o))
                    && g.children(o, "nmod:with").isEmpty()
                    && g.children(v, "obl:with").isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
