package org.backchannel.claims;

import java.util.List;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Dependency;

/** One side's voice to the other: "speaking on behalf of Washington, Swiss diplomats delivered …". */
final class OnBehalfRule implements MediatorRule {
    private final EpistemicCues cues;

    OnBehalfRule(EpistemicCues cues) {
        this.cues = cues;
    }

    @Override
    public void read(SentenceGraph g, int v, int predicate, boolean contact, List<Mediation> out) {
        if (!g.token(v).isVerb()) {
            return;
        }
        for (Dependency d : g.sentence().children(v)) {
            if (d.relation().startsWith("obl:on_behalf_of")
                    || d.relation().startsWith("obl") && cues.is("mediator_behalf", Clauses.lemma(g, d.dependent()))) {
                for (String id : GoBetweens.doers(g, v)) {
                    out.add(new Mediation(id, "on behalf of", v));
                }
            }
        }
    }
}
