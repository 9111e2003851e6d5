package org.backchannel.claims;

import java.util.List;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/**
 * A channel: "exchanged messages through Qatar", "sent its response via Qatari intermediaries". It counts
 * on the event's own predicate, and for a contact, agreement or release on any verb of sending or
 * exchanging in the sentence. A material act's channel is a route, not a go-between ("weapons flown in
 * via Chad", "rockets fired through southern Lebanon").
 */
final class ChannelRule implements MediatorRule {
    private final EpistemicCues cues;

    ChannelRule(EpistemicCues cues) {
        this.cues = cues;
    }

    @Override
    public void read(SentenceGraph g, int i, int predicate, boolean contact, List<Mediation> out) {
        boolean own = i == predicate && (contact || !carriesGoods(g, i));
        if (!own && !(contact && carrier(g, i))) {
            return;
        }
        for (Dependency d : g.sentence().children(i)) {
            String rel = d.relation();
            for (String prep : cues.all("mediator_prep")) {
                if (rel.equals("obl:" + prep) || rel.equals("nmod:" + prep)) {
                    for (String id : GoBetweens.actorsOf(g, d.dependent())) {
                        out.add(new Mediation(
                                id, prep + " " + g.token(d.dependent()).word(), i));
                    }
                }
            }
        }
    }

    /** Whether a verb carries a contact: a go-between's verb or one of sending and exchanging. */
    private boolean carrier(SentenceGraph g, int verb) {
        String l = Clauses.lemma(g, verb);
        return cues.is("mediator_carry", l) || cues.is("mediator_broker", l) || cues.is("mediator_sending", l);
    }

    /** Whether a verb moves things rather than words: its object is no message, talk or deal ("sent weapons"). */
    private boolean carriesGoods(SentenceGraph g, int verb) {
        for (int o : g.children(verb, "obj")) {
            String l = Clauses.lemma(g, o);
            if (!cues.is("mediator_message", l) && !GoBetweens.meeting(cues, g, o) && g.mentionAt(o) == null) {
                return true;
            }
        }
        return false;
    }
}
