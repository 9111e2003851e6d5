package org.backchannel.coder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.actors.MentionFinder;
import org.backchannel.coder.dates.DateExpressions;
import org.backchannel.coder.patterns.ArgumentFinder;
import org.backchannel.coder.patterns.Arguments;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.PredicateMatcher;
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
 * Codes events over dependency graphs: every verb or event noun that fulfils a pattern, with its
 * source and target found by {@link ArgumentFinder}, one event per source–target pair. Negation and
 * questions are marked here; the claims stage refines the status.
 */
public final class DependencyEventCoder implements EventCoder {
    private final Knowledge knowledge;
    private final MentionFinder mentions;
    private final PredicateMatcher matcher;
    private final ArgumentFinder arguments = new ArgumentFinder();
    private final EventLocator locator;

    public DependencyEventCoder(Knowledge knowledge) {
        this.knowledge = knowledge;
        this.mentions = new MentionFinder(knowledge.actors());
        this.matcher = new PredicateMatcher(knowledge.patterns());
        this.locator = new EventLocator(knowledge.actors(), knowledge.ontology().countries());
    }

    @Override
    public CodedDocument code(ParsedDocument doc, DocumentActors actors) {
        EventDate narrative = doc.document().published() != null ? null : narrativeDate(doc);
        LocalDate day = doc.document().published() != null ? doc.document().published() : narrative == null ? null : narrative.day();
        List<List<Mention>> found = mentions.find(doc, day, actors);
        List<Event> events = new ArrayList<>();
        for (ParsedSentence s : doc.sentences()) {
            events.addAll(codeSentence(doc, s, new SentenceGraph(s, found.get(s.index())), doc.document().published(), day, actors));
        }
        return new CodedDocument(doc, day, found, events);
    }

    /**
     * @param published the publication date events fall back to, or null
     * @param storyDay  the day roles resolve on when an event has no date: published or narrative date
     */
    private List<Event> codeSentence(ParsedDocument doc, ParsedSentence s, SentenceGraph g, LocalDate published, LocalDate storyDay,
                                     DocumentActors actors) {
        List<Event> out = new ArrayList<>();
        List<DateExpressions.Found> dates = DateExpressions.findAll(s.text(), published);
        List<String> lemmas = s.tokens().stream().map(t -> t.lemma().toLowerCase(java.util.Locale.ROOT)).toList();
        Set<String> sentenceContexts = knowledge.ontology().contexts().tags(lemmas);
        Set<String> coded = new java.util.HashSet<>();
        java.util.Map<Integer, String> verbEvents = new java.util.HashMap<>();
        for (Token t : s.tokens()) {
            EventPattern p = matcher.match(g, t.index());
            if (p == null) {
                continue;
            }
            Arguments args = arguments.find(g, t.index(), p);
            if (args.isEmpty() || (args.targets().isEmpty() && !p.noun() && p.specificity() == 0)) {
                continue; // a bare verb with nobody on the receiving end ("offered a glimpse") is no event
            }
            EventCode code = knowledge.ontology().codebook().get(p.code());
            EventDate date = dateFor(dates, s, t, published);
            List<Mention[]> pairs = new ArrayList<>();
            if (args.paired()) {
                for (int k = 0; k < args.sources().size(); k++) {
                    pairs.add(new Mention[] {args.sources().get(k), args.targets().get(k)});
                }
            } else {
                for (Mention src : args.sources().isEmpty() ? java.util.Collections.<Mention>singletonList(null) : args.sources()) {
                    for (Mention tgt : args.targets().isEmpty() ? java.util.Collections.<Mention>singletonList(null) : args.targets()) {
                        pairs.add(new Mention[] {src, tgt});
                    }
                }
            }
            for (Mention[] pair : pairs) {
                Mention src = pair[0];
                Mention tgt = pair[1];
                {
                    LocalDate roleDay = date == null ? storyDay : date.day();
                    ActorRef source = src == null ? ActorRef.NONE : actors.ref(src.actorId(), src.text(), roleDay);
                    ActorRef target = tgt == null ? ActorRef.NONE : actors.ref(tgt.actorId(), tgt.text(), roleDay);
                    String sourceCountry = source.isEmpty() || actors.get(source.actorId()) == null ? null : actors.get(source.actorId()).country();
                    if (target.isEmpty() && code.root().equals("14") && sourceCountry != null) {
                        // a protest with no named target is aimed at the protesters' own government
                        String gov = actors.group(sourceCountry, "GOV", knowledge.ontology().countries().name(sourceCountry) + " government");
                        target = actors.ref(gov, null, roleDay);
                    }
                    if (tgt != null && tgt.how() == Mention.How.PRONOUN && source.country() != null && source.country().equals(target.country())) {
                        continue; // "met for their first talks": a pronoun back to the source's own side is no counterpart
                    }
                    String key = code.root() + "|" + source.actorId() + "|" + target.actorId();
                    String sameWord = t.index() + "|" + source.actorId() + "|" + target.actorId();
                    if ((p.noun() && coded.contains(key)) || coded.contains(sameWord)) {
                        continue; // "imposed sanctions": the verb already coded it; conjuncts give no twins
                    }
                    if (p.noun() && objectOfCodedVerb(g, t.index(), verbEvents, source)) {
                        continue; // "ratified the agreement", "lifted the sanctions": the noun is the verb's object
                    }
                    coded.add(key);
                    coded.add(sameWord);
                    if (!p.noun()) {
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
                    EventCode eventCode = refine(code, t, target, actors);
                    Evidence ev = new Evidence(doc.document().id(), s.index(), s.text(), s.charStart(), s.charEnd());
                    // ':' and '#' never occur in document ids, so event ids of different documents never meet
                    String id = "ev:" + doc.document().id() + "#" + s.index() + "." + t.index() + (out.size() > 0 ? "." + out.size() : "");
                    double confidence = confidence(p, src, tgt);
                    out.add(new Event(id, date, source, target, eventCode, t.word(), t.index(), epi, new ArrayList<>(contexts),
                            locator.locate(g, t.index(), src, tgt), List.of(ev), confidence));
                }
            }
        }
        return out;
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

    private static final Set<String> KILLING = Set.of("kill", "murder", "slay", "assassinate", "execute", "killing", "assassination");

    /**
     * Killing a named person is CAMEO's 186 (assassinate), not the generic 190 of a military
     * attack: the verb is the same, the target decides.
     */
    private EventCode refine(EventCode code, Token predicate, ActorRef target, DocumentActors actors) {
        if (!code.cameo().startsWith("19") && !code.cameo().startsWith("18") || target.isEmpty()) {
            return code;
        }
        var a = actors.get(target.actorId());
        if (a != null && a.type() == org.backchannel.model.ActorType.PERSON && KILLING.contains(predicate.lemma().toLowerCase(java.util.Locale.ROOT))) {
            return knowledge.ontology().codebook().get("186");
        }
        return code;
    }

    /** Whether a noun is the object of a verb coded in this sentence, with no source of its own or the verb's. */
    private static boolean objectOfCodedVerb(SentenceGraph g, int noun, java.util.Map<Integer, String> verbEvents, ActorRef source) {
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
