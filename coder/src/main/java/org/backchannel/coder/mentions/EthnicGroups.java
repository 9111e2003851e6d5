package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * A people named by its demonym within another state is that state's population, not the state its
 * name recalls: "Bosnian Serbs", "Kosovo Albanians", "Albanians of southern Serbia" are civilians of
 * Bosnia, Kosovo and Serbia (agent CVL).
 */
final class EthnicGroups implements MentionRule {
    static final String AGENT = "CVL";

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        List<Mention> out = new ArrayList<>();
        for (Mention people : ctx.found()) {
            Token head = s.token(people.head());
            if (people.how() != Mention.How.STATE || !(head.pos().equals("NNS") || head.pos().equals("NNPS"))) {
                continue;
            }
            Actor nation = ctx.actor(people);
            for (Dependency d : s.children(head.index())) {
                boolean before = (d.relation().equals("amod") || d.relation().equals("compound")) && d.dependent() < head.index();
                boolean after = d.relation().equals("nmod:of") || d.relation().equals("nmod:in");
                Mention home = (before || after) ? ctx.at(d.dependent()) : null;
                Actor state = ctx.actor(home);
                if (state == null || state.type() != ActorType.STATE || nation == null || state.country().equals(nation.country())) {
                    continue;
                }
                int start = Math.min(people.start(), home.start());
                int end = Math.max(people.end(), home.end());
                String text = s.span(start, end);
                String id = ctx.document().actors().group(state.country(), AGENT, text);
                out.add(new Mention(s.index(), start, end, head.index(), id, text, Mention.How.GROUP, null));
                break;
            }
        }
        return out;
    }
}
