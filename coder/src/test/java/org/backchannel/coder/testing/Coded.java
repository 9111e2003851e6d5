package org.backchannel.coder.testing;

import java.time.LocalDate;
import java.util.List;
import org.backchannel.coder.DependencyEventCoder;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.arguments.Arguments;
import org.backchannel.coder.arguments.Predicate;
import org.backchannel.coder.events.Match;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Event;
import org.backchannel.model.ParsedSentence;

/** Test fixtures over hand-parsed sentences: the whole coder's events, or one match built by hand. */
public final class Coded {
    private Coded() {}

    /** The events the whole coder reads from hand-parsed sentences told on {@code day}. */
    public static List<Event> events(Knowledge k, LocalDate day, ParsedSentence... sentences) {
        return new DependencyEventCoder(k)
                .code(HandParse.document(day, sentences), new DocumentActors(k.actors()))
                .events();
    }

    /** A match of pattern {@code head} with code {@code code} at {@code token}, with these sides. */
    public static Match match(
            Knowledge k,
            SentenceGraph g,
            int token,
            String code,
            String head,
            boolean noun,
            List<Mention> sources,
            List<Mention> targets) {
        EventPattern p = EventPattern.parse(code, head, noun, "", "test");
        return new Match(
                new Predicate(g, token, p, k.ontology().codebook().get(code)),
                new Arguments(sources, targets, false, "subject", targets.isEmpty() ? null : "object"));
    }
}
