package org.backchannel.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.patterns.SentenceGraph;

/**
 * A broker named as the agent of its verb or inside a compound: "talks mediated by Egypt", "a swap
 * brokered by Qatar", "a truce guaranteed by Turkey", "Qatar-brokered", "the Turkish-hosted meeting".
 */
final class BrokerRule implements MediatorRule {
    private final EpistemicCues cues;
    private final Function<String, String> nameToActor;

    /** @param nameToActor resolves a bare name ("Qatar" in "Qatar-brokered") to an actor id, or null */
    BrokerRule(EpistemicCues cues, Function<String, String> nameToActor) {
        this.cues = cues;
        this.nameToActor = nameToActor;
    }

    @Override
    public void read(SentenceGraph g, int i, int predicate, boolean contact, List<Mediation> out) {
        String word = g.token(i).word();
        String w = word.toLowerCase(Locale.ROOT);
        // one token: "Qatar-brokered"
        for (String suffix : cues.all("mediator_suffix")) {
            if (w.endsWith(suffix) && w.length() > suffix.length()) {
                out.add(new Mediation(nameToActor.apply(word.substring(0, word.length() - suffix.length())), word, i));
            }
        }
        String lemma = Clauses.lemma(g, i);
        boolean broker = cues.is("mediator_broker", lemma) || cues.is("mediator_verb", lemma);
        // split by the tokenizer: "Turkish - hosted"
        if (cues.is("mediator_broker", lemma) && i >= 2 && g.token(i - 1).word().matches("[-\u2010\u2013]")) {
            Mention m = g.mentionAt(i - 2);
            if (m != null) {
                out.add(new Mediation(m.actorId(), g.token(i - 2).word() + "-" + word, i));
            }
        }
        if (broker && g.token(i).isVerb()) {
            List<Integer> agents = new ArrayList<>(g.children(i, "obl:agent"));
            if (g.token(i).pos().equals("VBN")) {
                agents.addAll(g.children(i, "obl:by")); // the parser's passive agent: "brokered by Qatar"
            }
            for (int a : agents) {
                for (String id : GoBetweens.actorsOf(g, a)) {
                    out.add(new Mediation(id, word + " by", i));
                }
            }
        }
    }

    /** Whether the cue at {@code anchor} is a broker compound on a meeting noun ("the Turkish-hosted meeting"). */
    boolean onMeeting(SentenceGraph g, int anchor) {
        var up = Clauses.up(g, anchor);
        return up != null
                && (up.relation().equals("amod")
                        || up.relation().equals("compound")
                        || up.relation().equals("dep"))
                && GoBetweens.meeting(cues, g, up.governor());
    }
}
