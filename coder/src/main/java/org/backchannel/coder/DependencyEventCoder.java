package org.backchannel.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.arguments.ArgumentFinder;
import org.backchannel.coder.arguments.Arguments;
import org.backchannel.coder.arguments.Predicate;
import org.backchannel.coder.dates.DateExpressions;
import org.backchannel.coder.events.ComplementFolding;
import org.backchannel.coder.events.EventAssembler;
import org.backchannel.coder.events.HeadlineMerge;
import org.backchannel.coder.events.Match;
import org.backchannel.coder.learned.SecondOpinion;
import org.backchannel.coder.mentions.MentionFinder;
import org.backchannel.coder.patterns.DiscardList;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.PredicateMatcher;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Event;
import org.backchannel.model.EventDate;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * Codes events over dependency graphs in four steps: actor mentions ({@link MentionFinder}), words
 * that fulfil a pattern ({@link PredicateMatcher}), their sides ({@link ArgumentFinder}), and events
 * built from those ({@link EventAssembler}). Negation and questions are marked here; the claims stage
 * refines the status.
 */
public final class DependencyEventCoder implements EventCoder {
    private final Knowledge knowledge;
    private final MentionFinder mentions;
    private final PredicateMatcher matcher;
    private final ArgumentFinder arguments;
    private final EventAssembler assembler;
    private final SecondOpinion opinion;

    public DependencyEventCoder(Knowledge knowledge) {
        this(knowledge, SecondOpinion.NONE);
    }

    /** A coder that asks a learned classifier about clauses ({@link SecondOpinion}). */
    public DependencyEventCoder(Knowledge knowledge, SecondOpinion opinion) {
        this.knowledge = knowledge;
        this.opinion = opinion;
        this.mentions = new MentionFinder(knowledge.actors());
        this.matcher = new PredicateMatcher(knowledge.patterns());
        this.arguments = new ArgumentFinder(knowledge.actors());
        this.assembler = new EventAssembler(knowledge);
    }

    @Override
    public CodedDocument code(ParsedDocument doc, DocumentActors actors) {
        LocalDate published = doc.document().published();
        EventDate narrative = published != null ? null : narrativeDate(doc);
        LocalDate day = published != null ? published : narrative == null ? null : narrative.day();
        List<List<Mention>> found = mentions.find(doc, day, actors);
        List<SentenceGraph> graphs = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        DiscardList discards = knowledge.patterns().discards();
        boolean storyDiscarded = discards.storyMatch(doc.document().text()) != null;
        for (ParsedSentence s : doc.sentences()) {
            SentenceGraph g = new SentenceGraph(s, found.get(s.index()));
            graphs.add(g);
            if (!storyDiscarded && discards.sentenceMatch(s.text()) == null) { // sports, history: no events
                events.addAll(assembler.assemble(doc, g, matches(g), published, day, actors));
            }
        }
        return new CodedDocument(doc, day, found, graphs, HeadlineMerge.merge(doc, events));
    }

    /** Every word of a sentence that fulfils a pattern and has someone on either side. */
    private List<Match> matches(SentenceGraph g) {
        List<Match> out = new ArrayList<>();
        for (Token t : g.sentence().tokens()) {
            EventPattern p = matcher.match(g, t.index());
            if (p == null) {
                continue;
            }
            Predicate predicate = new Predicate(
                    g, t.index(), p, knowledge.ontology().codebook().get(p.code()));
            Arguments args = arguments.find(predicate);
            if (args.isEmpty() || (args.targets().isEmpty() && !arguments.standsWithoutTarget(predicate))) {
                continue; // a bare verb with nobody on the receiving end ("offered a glimpse") is no event
            }
            if (arguments.namesUnresolvedSide(predicate, args)) {
                continue; // "Judge Rivera opened investigations" with Rivera unknown: half an event misleads
            }
            out.add(new Match(predicate, args));
        }
        return ComplementFolding.fold(opinion.review(g, out));
    }

    /**
     * The time a document's story is set in: the first absolute date the text gives ("late 2023"),
     * so that people in an undated document resolve to the offices they held then. Null when none.
     */
    public static EventDate narrativeDate(ParsedDocument doc) {
        for (ParsedSentence s : doc.sentences()) {
            for (DateExpressions.Found f : DateExpressions.findAll(s.text(), null)) {
                return f.date();
            }
        }
        return null;
    }
}
