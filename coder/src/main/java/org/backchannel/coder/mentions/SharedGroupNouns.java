package org.backchannel.coder.mentions;

import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorType;
import org.backchannel.model.Dependency;
import org.backchannel.model.ParsedSentence;

/**
 * A demonym coordinated with a group noun shares that noun: in "Sierra Leonean and Liberian
 * refugees" or "South Sudanese and Ugandan rebels" the parser often makes the first demonym a noun
 * of its own, conjoined with "refugees"; it still names refugees (SLEREF), not the state of Sierra
 * Leone. Only a word that is a demonym, never a state's name ("Sudan and Ugandan rebels" keeps
 * Sudan), and only when the conjoined group is itself owned by a demonym or state.
 */
final class SharedGroupNouns implements MentionRule {
    @Override
    public List<Mention> find(SentenceContext ctx) {
        ParsedSentence s = ctx.sentence();
        List<Mention> out = new ArrayList<>();
        for (Mention people : ctx.found()) {
            Actor state = ctx.actor(people);
            if (people.how() != Mention.How.STATE
                    || state == null
                    || state.type() != ActorType.STATE
                    || !isDemonym(ctx, people)) {
                continue;
            }
            for (int other : conjuncts(s, people.head())) {
                Mention group = ctx.at(other);
                Actor owned = ctx.actor(group);
                if (group == null
                        || group.how() != Mention.How.GROUP
                        || group.head() != other
                        || group.start() == other // a bare "refugees" is owned by nobody named
                        || owned == null
                        || owned.country() == null
                        || owned.country().equals(state.country())) {
                    continue;
                }
                String text = people.text() + " " + s.token(other).word();
                String id = ctx.document().actors().group(state.country(), owned.agent(), text);
                out.add(new Mention(
                        s.index(), people.start(), people.end(), people.head(), id, text, Mention.How.GROUP, null));
                break;
            }
        }
        return out;
    }

    /** The words a token is coordinated with, either way round. */
    private static List<Integer> conjuncts(ParsedSentence s, int token) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : s.children(token)) {
            if (d.relation().startsWith("conj")) {
                out.add(d.dependent());
            }
        }
        for (Dependency d : s.parents(token)) {
            if (d.relation().startsWith("conj")) {
                out.add(d.governor());
            }
        }
        return out;
    }

    /** "Sierra Leonean" but not "Sierra Leone": the mention's words are listed as the state's demonym. */
    private static boolean isDemonym(SentenceContext ctx, Mention m) {
        for (NameIndex.Entry e : ctx.document().kb().names().lookup(NameIndex.key(m.text()))) {
            if (e.kind() == NameIndex.Kind.DEMONYM && e.actorId().equals(m.actorId())) {
                return true;
            }
        }
        return false;
    }
}
