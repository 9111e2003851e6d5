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
 * Bosnia, Kosovo and Serbia (agent CVL). So are "ethnic Albanians" in a sentence that places them
 * in another state ("killed three ethnic Albanians in southeastern Serbia").
 */
final class EthnicGroups implements MentionRule {
    static final String AGENT = "CVL";

    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        List<Mention> out = new ArrayList<>();
        for (Mention people : ctx.found()) {
            Token head = s.token(people.head());
            if (people.how() != Mention.How.STATE
                    || !(head.pos().equals("NNS") || head.pos().equals("NNPS"))) {
                continue;
            }
            Actor nation = ctx.actor(people);
            if (nation != null && ethnic(s, head.index())) {
                String home = placeNamed(ctx, nation.country());
                if (home != null) {
                    String text = s.span(people.start(), people.end());
                    String id = ctx.document().actors().group(home, AGENT, text);
                    out.add(new Mention(
                            s.index(), people.start(), people.end(), head.index(), id, text, Mention.How.GROUP, null));
                    continue;
                }
            }
            for (Dependency d : s.children(head.index())) {
                boolean before = (d.relation().equals("amod") || d.relation().equals("compound"))
                        && d.dependent() < head.index();
                boolean after = d.relation().equals("nmod:of") || d.relation().equals("nmod:in");
                Mention home = (before || after) ? ctx.at(d.dependent()) : null;
                Actor state = ctx.actor(home);
                if (state == null
                        || state.type() != ActorType.STATE
                        || nation == null
                        || state.country().equals(nation.country())) {
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

    private static boolean ethnic(ParsedSentence s, int head) {
        return s.children(head).stream()
                .anyMatch(d -> d.relation().equals("amod")
                        && s.token(d.dependent()).lemma().equalsIgnoreCase("ethnic"));
    }

    /** A state other than {@code except} that the sentence names as a place ("in Serbia"). */
    private static String placeNamed(SentenceContext ctx, String except) {
        ParsedSentence s = ctx.sentence();
        for (Mention m : ctx.found()) {
            Actor a = ctx.actor(m);
            boolean place = s.children(m.head()).stream()
                    .anyMatch(d -> d.relation().equals("case")
                            && java.util.Set.of("in", "near", "inside", "across")
                                    .contains(s.token(d.dependent()).lemma().toLowerCase(java.util.Locale.ROOT)));
            if (a != null && a.country() != null && !a.country().equals(except) && place) {
                return a.country();
            }
        }
        return null;
    }
}
