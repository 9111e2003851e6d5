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
import org.backchannel.coder.events.ClaimedActs;
import org.backchannel.coder.events.ComplementFolding;
import org.backchannel.coder.events.Declined;
import org.backchannel.coder.events.EventAssembler;
import org.backchannel.coder.events.EventReferents;
import org.backchannel.coder.events.HeadlineMerge;
import org.backchannel.coder.events.Match;
import org.backchannel.coder.events.OneSidedEvents;
import org.backchannel.coder.events.ParallelClauses;
import org.backchannel.coder.events.ReferredEvents;
import org.backchannel.coder.events.Venues;
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
    private final Venues venues;

    public DependencyEventCoder(Knowledge knowledge) {
        this(knowledge, SecondOpinion.NONE);
    }

    /** A coder that asks a learned classifier about clauses ({@link SecondOpinion}). */
    public DependencyEventCoder(Knowledge knowledge, SecondOpinion opinion) {
        this.knowledge = knowledge;
        this.opinion = opinion;
        this.venues = new Venues(knowledge.actors(), knowledge.ontology().codebook());
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
        List<Declined> declined = new ArrayList<>();
        DiscardList discards = knowledge.patterns().discards();
        DiscardList.Entry story = discards.storyMatch(doc.document().text());
        for (ParsedSentence s : doc.sentences()) {
            SentenceGraph g = new SentenceGraph(s, found.get(s.index()));
            graphs.add(g);
            DiscardList.Entry discard = story != null ? story : discards.sentenceMatch(s);
            if (discard == null) { // sports, history: no events
                events.addAll(assembler.assemble(doc, g, matches(g, declined, events), published, day, actors));
            } else {
                declined.add(new Declined(
                        s.index(),
                        -1,
                        null,
                        Declined.Reason.DISCARD_PHRASE,
                        String.join(" ", discard.words()) + " (" + discard.source() + ")"));
            }
        }
        return new CodedDocument(doc, day, found, graphs, HeadlineMerge.merge(doc, events), declined);
    }

    /** Every word of a sentence that fulfils a pattern and has someone on either side. */
    private List<Match> matches(SentenceGraph g, List<Declined> declined, List<Event> earlier) {
        List<Match> out = new ArrayList<>();
        int sentence = g.sentence().index();
        for (Token t : g.sentence().tokens()) {
            EventPattern p = matcher.match(g, t.index());
            if (p == null) {
                if (t.isVerb() && joinsTwoActors(g, t.index())) {
                    declined.add(new Declined(sentence, t.index(), null, Declined.Reason.NO_PATTERN, t.lemma()));
                }
                continue;
            }
            Predicate predicate = new Predicate(
                    g, t.index(), p, knowledge.ontology().codebook().get(p.code()));
            Arguments args = arguments.find(predicate);
            if (args.isEmpty()) {
                declined.add(new Declined(sentence, t.index(), p.code(), Declined.Reason.NO_SIDES, p.head()));
                continue;
            }
            if (args.targets().isEmpty() && !args.sources().isEmpty()) {
                // "condemned the arrest": the doer of the arrest told before
                Mention doer = EventReferents.doerReferredTo(g, t.index(), matcher, earlier);
                if (doer != null
                        && args.sources().stream().noneMatch(m -> m.actorId().equals(doer.actorId()))) {
                    args = args.withTargets(List.of(doer), "earlier-event");
                }
            }
            if (args.targets().isEmpty() && !arguments.standsWithoutTarget(predicate)) {
                if (p.code().startsWith("01")) {
                    // a bare statement with nobody on the receiving end ("denied", "confirmed") is no event
                    declined.add(new Declined(sentence, t.index(), p.code(), Declined.Reason.NO_TARGET, p.head()));
                    continue;
                }
                // a bare verb with nobody on the receiving end ("offered a glimpse") is no event as told, but
                // "denied striking the hospital" is read for its status: the claims stage keeps it only then
                args = args.withTargets(List.of(), OneSidedEvents.NEEDS_TARGET);
            }
            if (arguments.namesUnresolvedSide(predicate, args)) {
                // "Judge Rivera opened investigations" with Rivera unknown: half an event misleads
                declined.add(new Declined(sentence, t.index(), p.code(), Declined.Reason.UNRESOLVED_SIDE, p.head()));
                continue;
            }
            out.add(new Match(predicate, args));
        }
        // sentence-level steps over all matches, in order: each reads what the ones before settled
        List<Match> settled = opinion.review(g, out);
        settled = ClaimedActs.aim(settled);
        settled = ReferredEvents.drop(settled);
        settled = ParallelClauses.complete(settled);
        settled = venues.visits(settled);
        return ComplementFolding.fold(settled);
    }

    /** Obliques that say where something happened ("marched in Caracas"), not to whom. */
    private static final java.util.Set<String> PLACE_OBLIQUES = java.util.Set.of(
            "obl:in",
            "obl:at",
            "obl:outside",
            "obl:near",
            "obl:across",
            "obl:inside",
            "obl:around",
            "obl:on",
            "obl:through",
            "obl:throughout",
            "obl:into");

    /** Whether a verb's subject and its object (or an oblique) each rest on an actor mention. */
    private static boolean joinsTwoActors(SentenceGraph g, int verb) {
        boolean subject = false;
        boolean object = false;
        for (var d : g.sentence().children(verb)) {
            boolean actor = g.mentionAt(d.dependent()) != null;
            String r = d.relation();
            subject |= actor && r.startsWith("nsubj") && !r.equals("nsubj:pass");
            object |= actor
                    && (r.equals("obj")
                            || r.equals("iobj")
                            || r.equals("nsubj:pass")
                            || (r.startsWith("obl:") && !PLACE_OBLIQUES.contains(r)));
        }
        return subject && object;
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
