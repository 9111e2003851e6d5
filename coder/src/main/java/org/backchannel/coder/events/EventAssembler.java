package org.backchannel.coder.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.arguments.Arguments;
import org.backchannel.coder.arguments.Predicate;
import org.backchannel.coder.dates.DateExpressions;
import org.backchannel.coder.mentions.TitlePhrase;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.coder.places.EventLocator;
import org.backchannel.model.ActorRef;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Status;
import org.backchannel.model.Token;

/**
 * Turns the matches of one sentence into events: one per source–target pair, each with its date,
 * roles on that date, negation or question, PLOVER contexts, location, evidence, confidence and
 * trace. It also keeps the sentence from saying one thing twice: an event noun that a coded verb
 * already carries ("imposed sanctions") and a conjunct's twin give no second event.
 */
public final class EventAssembler {
    /** Curfews (1723) and martial law or a state of emergency (1724): imposed on a country's own people. */
    private static final Set<String> OWN_PEOPLE_MEASURES = Set.of("1723", "1724");

    private final Knowledge knowledge;
    private final EventLocator locator;

    public EventAssembler(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.locator = new EventLocator(knowledge.actors(), knowledge.ontology().countries());
    }

    /**
     * Events of one sentence from its matches, in order.
     *
     * @param published the publication date events fall back to, or null
     * @param storyDay  the day roles resolve on when an event has no date: published or narrative date
     */
    public List<Event> assemble(
            ParsedDocument doc,
            SentenceGraph g,
            List<Match> matches,
            LocalDate published,
            LocalDate storyDay,
            DocumentActors actors) {
        ParsedSentence s = g.sentence();
        List<DateExpressions.Found> dates = DateExpressions.findAll(s.text(), published);
        List<String> lemmas =
                s.tokens().stream().map(t -> t.lemma().toLowerCase(Locale.ROOT)).toList();
        Set<String> sentenceContexts = knowledge.ontology().contexts().tags(lemmas);
        Set<String> coded = new HashSet<>();
        Map<Integer, String> verbEvents = new HashMap<>();
        List<Event> out = new ArrayList<>();
        for (Match match : matches) {
            Predicate p = match.predicate();
            Arguments args = match.arguments();
            EventPattern pattern = p.pattern();
            Token t = p.word();
            EventCode code = p.code();
            EventDate date = dateFor(dates, s, t, published);
            LocalDate roleDay = date == null ? storyDay : date.day();
            for (Mention[] pair : pairs(args)) {
                Mention src = pair[0];
                Mention tgt = pair[1];
                ActorRef source = titled(
                        g, src, src == null ? ActorRef.NONE : actors.ref(src.actorId(), src.text(), roleDay), actors);
                ActorRef target = titled(
                        g, tgt, tgt == null ? ActorRef.NONE : actors.ref(tgt.actorId(), tgt.text(), roleDay), actors);
                String targetRule = args.targetRule();
                String sourceCountry = source.isEmpty() || actors.get(source.actorId()) == null
                        ? null
                        : actors.get(source.actorId()).country();
                if (target.isEmpty() && code.isProtest() && sourceCountry != null) {
                    // a protest with no named target is aimed at the protesters' own government
                    String gov = actors.group(
                            sourceCountry,
                            "GOV",
                            knowledge.ontology().countries().name(sourceCountry) + " government");
                    target = actors.ref(gov, null, roleDay);
                    targetRule = "protesters-government";
                } else if (target.isEmpty() && OWN_PEOPLE_MEASURES.contains(code.cameo()) && sourceCountry != null) {
                    // "declared martial law", "imposed a nationwide curfew": a measure over the source's own country
                    target = actors.ref(
                            sourceCountry.toLowerCase(Locale.ROOT),
                            knowledge.ontology().countries().name(sourceCountry),
                            roleDay);
                    targetRule = "own-country";
                }
                if (tgt != null
                        && tgt.how() == Mention.How.PRONOUN
                        && !personal(g, tgt)
                        && source.country() != null
                        && source.country().equals(target.country())) {
                    continue; // "met for their first talks": a pronoun back to the source's own side is no counterpart
                }
                if (!code.isForceOrCoercion()
                        && source.code() != null
                        && source.code().equals(target.code())) {
                    // "summoned the British ambassador to protest", read as the ambassador protesting to
                    // Britain: talk, help or protest between two holders of one code is a misreading
                    continue;
                }
                EventCode eventCode = CodeRefinements.refine(
                        code, g, t.index(), target, actors, knowledge.ontology().codebook());
                String key = eventCode.root() + "|" + source.actorId() + "|" + target.actorId();
                String sameWord = t.index() + "|" + source.actorId() + "|" + target.actorId();
                if ((pattern.noun() && coded.contains(key)) || coded.contains(sameWord)) {
                    continue; // "imposed sanctions": the verb already coded it; conjuncts give no twins
                }
                if (!pattern.noun() && coded.contains(key) && conjunctOfCodedVerb(g, t.index(), verbEvents)) {
                    continue; // "was shot and seriously wounded": one assault told with two verbs
                }
                if (pattern.noun() && objectOfCodedVerb(g, t.index(), verbEvents, source)) {
                    continue; // "ratified the agreement", "lifted the sanctions": the noun is the verb's object
                }
                coded.add(key);
                coded.add(sameWord);
                if (!pattern.noun()) {
                    verbEvents.put(t.index(), source.actorId() == null ? "" : source.actorId());
                }
                Epistemic epi = Epistemic.asserted();
                String neg = g.negation(t.index());
                if (neg != null) {
                    epi = epi.withStatus(Status.NEGATED, neg);
                } else if (s.text().strip().endsWith("?")) {
                    epi = epi.withStatus(Status.QUESTION, "?");
                }
                Set<String> contexts = new LinkedHashSet<>(sentenceContexts);
                String mapped = knowledge.ontology().codebook().ploverContext(code.cameo());
                if (mapped != null) {
                    contexts.addAll(List.of(mapped.split("\\|")));
                }
                Evidence ev = new Evidence(doc.document().id(), s.index(), s.text(), s.charStart(), s.charEnd());
                // ':' and '#' never occur in document ids, so event ids of different documents never meet
                String id = "ev:" + doc.document().id() + "#" + s.index() + "." + t.index()
                        + (out.size() > 0 ? "." + out.size() : "");
                String trace = pattern.source() + " source="
                        + (src == null ? "-" + OneSidedEvents.why(g, t.index(), true) : args.sourceRule()) + " target="
                        + (target.isEmpty() ? "-" + OneSidedEvents.whyNoTarget(g, t.index(), args) : targetRule);
                out.add(new Event(
                        id,
                        date,
                        source,
                        target,
                        eventCode,
                        t.word(),
                        t.index(),
                        epi,
                        new ArrayList<>(contexts),
                        locator.locate(g, t.index(), src, tgt),
                        List.of(ev),
                        confidence(pattern, src, tgt),
                        trace));
            }
        }
        return out;
    }

    /**
     * A known person with no office on the event's day keeps the sector the text gives them:
     * "Russian President Boris Yeltsin" in a story dated after his term is still coded RUSGOV.
     */
    private ActorRef titled(SentenceGraph g, Mention m, ActorRef ref, DocumentActors actors) {
        if (m == null
                || ref.code() == null
                || ref.code().length() != 3
                || !(m.how() == Mention.How.NAME || m.how() == Mention.How.SURNAME)) {
            return ref;
        }
        var a = actors.get(m.actorId());
        if (a == null || a.type() != org.backchannel.model.ActorType.PERSON) {
            return ref;
        }
        String agent = TitlePhrase.sector(g.sentence(), m, knowledge.actors());
        return agent == null ? ref : new ActorRef(ref.actorId(), ref.text(), ref.code() + agent);
    }

    /** Pronouns for one person: "the army chief urged him to resign" names a counterpart of the same country. */
    private static final Set<String> PERSONAL = Set.of("he", "him", "his", "she", "her");

    private static boolean personal(SentenceGraph g, Mention m) {
        return PERSONAL.contains(g.token(m.head()).word().toLowerCase(Locale.ROOT));
    }

    /** The source–target pairs of the arguments, with null for a missing side. */
    private static List<Mention[]> pairs(Arguments args) {
        List<Mention[]> pairs = new ArrayList<>();
        if (args.paired()) {
            for (int k = 0; k < args.sources().size(); k++) {
                pairs.add(new Mention[] {args.sources().get(k), args.targets().get(k)});
            }
            return pairs;
        }
        for (Mention src : args.sources().isEmpty() ? Collections.<Mention>singletonList(null) : args.sources()) {
            for (Mention tgt : args.targets().isEmpty() ? Collections.<Mention>singletonList(null) : args.targets()) {
                pairs.add(new Mention[] {src, tgt});
            }
        }
        return pairs;
    }

    /** Whether a verb is a conjunct of a verb coded in this sentence. */
    private static boolean conjunctOfCodedVerb(SentenceGraph g, int verb, Map<Integer, String> verbEvents) {
        return g.parents(verb, "conj*").stream().anyMatch(verbEvents::containsKey);
    }

    /** Whether a noun is the object of a verb coded in this sentence, with no source of its own or the verb's. */
    private static boolean objectOfCodedVerb(
            SentenceGraph g, int noun, Map<Integer, String> verbEvents, ActorRef source) {
        for (int v : g.parents(noun, "obj")) {
            String verbSource = verbEvents.get(v);
            if (verbSource != null && (source.actorId() == null || verbSource.equals(source.actorId()))) {
                return true;
            }
        }
        return false;
    }

    private static double confidence(EventPattern p, Mention src, Mention tgt) {
        double c = 0.45;
        if (src != null) {
            c += 0.2;
        }
        if (tgt != null) {
            c += 0.15;
        }
        c += Math.min(0.15, 0.05 * p.specificity());
        if ((src != null && src.how() == Mention.How.PRONOUN) || (tgt != null && tgt.how() == Mention.How.PRONOUN)) {
            c -= 0.1;
        }
        return Math.round(Math.min(0.95, c) * 100) / 100.0;
    }

    /** The date expression nearest the predicate in its sentence; else the publication date. */
    private static EventDate dateFor(List<DateExpressions.Found> dates, ParsedSentence s, Token t, LocalDate day) {
        int at = t.begin() - s.charStart();
        DateExpressions.Found best = null;
        for (DateExpressions.Found f : dates) {
            if (best == null || Math.abs(f.start() - at) < Math.abs(best.start() - at)) {
                best = f;
            }
        }
        if (best != null) {
            return best.date();
        }
        return day == null ? null : new EventDate(day, DatePrecision.DAY, false);
    }
}
