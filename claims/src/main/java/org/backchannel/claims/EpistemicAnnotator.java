package org.backchannel.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backchannel.coder.CodedDocument;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.NameIndex;
import org.backchannel.coder.events.OneSidedEvents;
import org.backchannel.coder.history.EpisodeCatalog;
import org.backchannel.coder.patterns.EventPattern;
import org.backchannel.coder.patterns.SentenceGraph;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.AnalogMention;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Status;
import org.backchannel.model.Token;
import org.backchannel.model.Warning;

/**
 * The claims stage over one batch: reads each event's status, speaker, secrecy and mediator; links
 * denials and corrections to what they deny or correct; checks the text against the knowledge base;
 * spots historical episodes; and merges one event told by several articles.
 */
public final class EpistemicAnnotator implements ClaimsStage {
    private final Knowledge knowledge;
    private final EpistemicCues cues = EpistemicCues.defaults();
    private final StatusReader status = new StatusReader(cues);
    private final Corrections corrections = new Corrections(cues);
    private final SecrecyDetector secrecy = new SecrecyDetector(cues);
    private final MediatorFinder mediators;
    private final VenueHost venues;

    private final ConsistencyChecker consistency = new ConsistencyChecker();
    private final CrossArticleMerger merger = new CrossArticleMerger();
    private final IntentCodes intents = IntentCodes.defaults();
    /** CAMEO has no code for denying a report; like PETRARCH, code a denial as 016. */
    static final String DENY_CODE = "016";
    /** CAMEO's "mediate": its source is the mediator. */
    static final String MEDIATE_CODE = "045";

    public EpistemicAnnotator(Knowledge knowledge) {
        this.knowledge = knowledge;
        java.util.function.Function<String, String> byName =
                name -> knowledge.actors().names().lookup(NameIndex.key(name)).stream()
                        .findFirst()
                        .map(NameIndex.Entry::actorId)
                        .orElse(null);
        this.mediators = new MediatorFinder(cues, byName);
        this.venues = new VenueHost(code -> {
            String name = knowledge.ontology().countries().name(code);
            String id = name == null ? null : byName.apply(name);
            Actor a = id == null ? null : knowledge.actors().get(id).orElse(null);
            return a != null && a.type() == org.backchannel.model.ActorType.STATE ? id : null;
        });
    }

    @Override
    public ClaimsResult annotate(List<CodedDocument> documents, DocumentActors actors) {
        List<Event> all = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        Map<String, AnalogMention> analogs = new LinkedHashMap<>();
        for (CodedDocument doc : documents) {
            List<Event> events = new ArrayList<>();
            List<Event> annotated = annotateDocument(doc, actors);
            java.util.Set<String> disputing = new java.util.HashSet<>();
            annotated.forEach(e -> disputing.addAll(e.epistemic().disputedBy()));
            for (Event e : annotated) {
                // half-read events the claims stage could not complete are left out (OneSidedEvents)
                if (OneSidedEvents.stands(e, doc.graph(e.primaryEvidence().sentence()), disputing)) {
                    events.add(e);
                }
            }
            all.addAll(events);
            EventDate docDate = referenceDate(doc.withEvents(events));
            warnings.addAll(consistency.check(doc.withEvents(events), actors, docDate));
            for (ParsedSentence s : doc.parsed().sentences()) {
                for (EpisodeCatalog.Hit h : EpisodeCatalog.defaults().mentionedIn(s.text())) {
                    analogs.putIfAbsent(
                            doc.parsed().document().id() + "|" + h.episode().id(),
                            new AnalogMention(
                                    h.episode().id(),
                                    h.episode().name(),
                                    true,
                                    null,
                                    new Evidence(
                                            doc.parsed().document().id(),
                                            s.index(),
                                            s.text(),
                                            s.charStart(),
                                            s.charEnd())));
                }
            }
        }
        List<Event> merged = merger.merge(all, documents);
        return new ClaimsResult(merged, warnings, new ArrayList<>(analogs.values()));
    }

    /** The epistemic layer of one document's events. */
    List<Event> annotateDocument(CodedDocument doc, DocumentActors actors) {
        List<Event> out = new ArrayList<>();
        Map<String, Reading> readings = new HashMap<>();
        List<ParsedSentence> sentences = doc.parsed().sentences();
        boolean[] notice = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            // a correction notice covers its own sentence and the next one ("Editor's note: … amended. The talks …")
            if (corrections.opensNotice(sentences.get(i).text())) {
                notice[i] = true;
                if (i + 1 < notice.length) {
                    notice[i + 1] = true;
                }
            }
        }
        for (Event e : doc.events()) {
            ParsedSentence s = sentences.get(e.primaryEvidence().sentence());
            SentenceGraph g = doc.graph(s.index());
            final Event event = e;
            Reading r = status.read(
                    g, e.predicateToken(), notice[s.index()], speaker -> SpeakerStake.isParty(speaker, event, actors));
            Status st = r.status();
            IntentCodes.Recoding recoded =
                    intents.recode(e, g, knowledge.ontology().codebook());
            if (recoded != null) {
                // a promise or threat made is told as done; one only intended keeps its status
                st = st == Status.HYPOTHETICAL && recoded.made() ? Status.ASSERTED : st;
                e = recoded.event();
            }
            Epistemic epi = e.epistemic()
                    .withStatus(st, r.cue(), Clauses.span(g, r.scope()))
                    .withAttribution(r.speakerId());
            if (secrecy.cue(s) != null) {
                epi = epi.withSecret(true);
            }
            epi = withMediator(epi, g, e, actors);
            Event annotated = e.withEpistemic(epi);
            if (annotated.target().isEmpty()
                    && !OneSidedEvents.needsTarget(e)
                    && r.speakerId() != null
                    && (st == Status.CLAIMED || st == Status.REPORTED)
                    && e.code().quadClass() >= 3
                    && !sameCountry(r.speakerId(), e.source(), actors)) {
                // "Rodríguez's claims of US threats": a complaint names what was done to the complainant
                Actor speaker = actors.get(r.speakerId());
                annotated = annotated.withSides(
                        e.source(),
                        actors.ref(
                                speaker.id(),
                                speaker.name(),
                                e.date() == null ? null : e.date().day()));
            }
            readings.put(e.id(), r);
            out.add(annotated);
        }
        out = dropEmptyGovernors(doc, out);
        out = linkDenials(doc, out, readings, actors);
        out = addCorrections(doc, out, readings);
        applyDocumentContext(doc, out, actors);
        return out;
    }

    /** The event's mediator by function, else the host of a third-country venue; never one of its sides. */
    private Epistemic withMediator(Epistemic epi, SentenceGraph g, Event e, DocumentActors actors) {
        if (e.code().cameo().startsWith(MEDIATE_CODE)) {
            return epi; // "Qatar mediated between …" is coded with the mediator as its source; a co-broker is no
            // mediator of it
        }
        java.util.function.Predicate<String> side = id -> isSide(id, e, actors);
        Mediation m = mediators.forEvent(g, e.predicateToken(), e.code().root(), side);
        String mediator = m == null ? null : m.actorId();
        String cue = m == null ? null : m.cue();
        if (mediator == null && !mediators.conferenceVenue(g)) {
            mediator = venues.of(g, e, actors);
            cue = mediator == null ? null : "held in " + actors.get(mediator).name();
        }
        if (mediator == null) {
            return epi;
        }
        Actor a = actors.get(mediator);
        if (a != null) {
            actors.named(mediator, a.name());
        }
        return epi.withMediator(mediator, cue);
    }

    /** Whether an actor is one of the event's sides or of their countries: a mediator never is. */
    private static boolean isSide(String actorId, Event e, DocumentActors actors) {
        if (actorId.equals(e.source().actorId()) || actorId.equals(e.target().actorId())) {
            return true;
        }
        Actor a = actors.get(actorId);
        String c = a == null ? null : a.country();
        return c != null
                && (c.equals(e.source().country()) || c.equals(e.target().country()));
    }

    /**
     * "threatened to break relations with Russia" yields the threat twice: on "threatened" with no
     * target, and on "break" recoded as a threat with its target. The one without a target goes.
     */
    private static List<Event> dropEmptyGovernors(CodedDocument doc, List<Event> events) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            boolean shadowed = e.target().isEmpty()
                    && events.stream()
                            .anyMatch(o -> o != e
                                    && !o.target().isEmpty()
                                    && o.primaryEvidence().sentence()
                                            == e.primaryEvidence().sentence()
                                    && o.code().root().equals(e.code().root())
                                    && java.util.Objects.equals(
                                            o.source().actorId(), e.source().actorId()));
            if (!shadowed) {
                out.add(e);
            }
        }
        return out;
    }

    /** A denial event disputes the events under it and, for "the denial of the reported talks", earlier ones. */
    private List<Event> linkDenials(
            CodedDocument doc, List<Event> events, Map<String, Reading> readings, DocumentActors actors) {
        List<Event> out = new ArrayList<>(events);
        out.addAll(denialsNotCoded(doc, events, readings, actors));
        for (int i = 0; i < out.size(); i++) {
            Event d = out.get(i);
            ParsedSentence s = doc.parsed().sentences().get(d.primaryEvidence().sentence());
            Token pred = s.token(d.predicateToken());
            String lemma = pred.lemma().toLowerCase(Locale.ROOT);
            if (!cues.is("deny_verb", lemma) && !cues.is("deny_noun", lemma)) {
                continue;
            }
            boolean linked = false;
            for (int j = 0; j < out.size(); j++) {
                Event e = out.get(j);
                Reading r = readings.get(e.id());
                if (j != i
                        && r != null
                        && r.status() == Status.DENIED
                        && r.governor() == d.predicateToken()
                        && e.primaryEvidence().sentence() == d.primaryEvidence().sentence()) {
                    out.set(j, e.withEpistemic(e.epistemic().disputedAlsoBy(d.id())));
                    linked = true;
                }
            }
            if (linked) {
                continue;
            }
            // the denied thing is an event noun told earlier: "the government's denial of the reported talks"
            SentenceGraph g = doc.graph(s.index());
            for (int obj :
                    pred.isNoun() ? g.children(d.predicateToken(), "nmod:of") : g.children(d.predicateToken(), "obj")) {
                String root = rootOf(s.token(obj).lemma().toLowerCase(Locale.ROOT));
                if (root == null) {
                    continue;
                }
                String denier = d.source().country();
                for (int j = 0; j < out.size(); j++) {
                    Event e = out.get(j);
                    boolean earlier =
                            e.primaryEvidence().sentence() < d.primaryEvidence().sentence();
                    boolean involves = denier == null
                            || denier.equals(e.source().country())
                            || denier.equals(e.target().country());
                    if (j != i && earlier && e.code().root().equals(root) && involves) {
                        out.set(j, e.withEpistemic(e.epistemic().disputedAlsoBy(d.id())));
                    }
                }
            }
        }
        return out;
    }

    /**
     * "Caracas denied that its envoys met US officials": the denial is an event of its own, by the
     * denier against the other party, even where no pattern coded the denying verb.
     */
    private List<Event> denialsNotCoded(
            CodedDocument doc, List<Event> events, Map<String, Reading> readings, DocumentActors actors) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Reading r = readings.get(e.id());
            if (r == null || r.status() != Status.DENIED || r.governor() < 0 || r.speakerId() == null) {
                continue;
            }
            int sentence = e.primaryEvidence().sentence();
            boolean coded = events.stream()
                    .anyMatch(o -> o.primaryEvidence().sentence() == sentence && o.predicateToken() == r.governor());
            boolean made = out.stream()
                    .anyMatch(o -> o.primaryEvidence().sentence() == sentence && o.predicateToken() == r.governor());
            if (coded || made) {
                continue;
            }
            Actor denier = actors.get(r.speakerId());
            org.backchannel.model.ActorRef other = denier != null
                            && denier.country() != null
                            && denier.country().equals(e.source().country())
                    ? e.target()
                    : e.source();
            ParsedSentence s = doc.parsed().sentences().get(sentence);
            EventCode code = knowledge.ontology().codebook().get(DENY_CODE);
            Event denial = new Event(
                    e.id() + "-denial",
                    e.date(),
                    actors.ref(
                            r.speakerId(),
                            denier == null ? null : denier.name(),
                            e.date() == null ? null : e.date().day()),
                    other,
                    code,
                    s.token(r.governor()).word(),
                    r.governor(),
                    Epistemic.asserted().withStatus(Status.ASSERTED, null),
                    e.contexts(),
                    e.location(),
                    e.evidence(),
                    e.confidence());
            out.add(denial);
        }
        return out;
    }

    /** "Maduro's capture, later clarified as a detention": the correction is a second reading that stands. */
    private List<Event> addCorrections(CodedDocument doc, List<Event> events, Map<String, Reading> readings) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            Reading r = readings.get(e.id());
            if (r == null || r.status() != Status.CORRECTED || r.governor() < 0) {
                out.add(e);
                continue;
            }
            ParsedSentence s = doc.parsed().sentences().get(e.primaryEvidence().sentence());
            SentenceGraph g = doc.graph(s.index());
            Event alternative = null;
            for (int as : g.children(r.governor(), "obl:as")) {
                String code = codeOf(s.token(as).lemma().toLowerCase(Locale.ROOT));
                if (code != null) {
                    EventCode c = knowledge.ontology().codebook().get(code);
                    alternative = new Event(
                            e.id() + "-corrected",
                            e.date(),
                            e.source(),
                            e.target(),
                            c,
                            s.token(as).word(),
                            as,
                            e.epistemic()
                                    .withStatus(Status.ASSERTED, "correction of \"" + e.predicate() + "\"")
                                    .withDisputedBy(List.of()),
                            e.contexts(),
                            e.location(),
                            e.evidence(),
                            e.confidence());
                }
            }
            if (alternative != null) {
                out.add(e.withEpistemic(e.epistemic().disputedAlsoBy(alternative.id())));
                out.add(alternative);
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * What a document says about its episode as a whole: an actor presented as the channel or
     * mediator brokers the contacts between others, and secrecy said of the episode covers its
     * consultations.
     */
    private void applyDocumentContext(CodedDocument doc, List<Event> events, DocumentActors actors) {
        String channel = null;
        boolean episodeSecret = false;
        for (ParsedSentence s : doc.parsed().sentences()) {
            SentenceGraph g = doc.graph(s.index());
            if (channel == null) {
                channel = mediators.channelIn(g);
            }
            boolean hasEvents =
                    events.stream().anyMatch(e -> e.primaryEvidence().sentence() == s.index());
            if (!hasEvents && secrecy.cue(s) != null) {
                episodeSecret = true;
            }
        }
        String channelCountry = channel == null ? null : actors.get(channel).country();
        for (int i = 0; i < events.size(); i++) {
            Event e = events.get(i);
            String root = e.code().root();
            boolean contact = e.code().isMutual();
            if (!contact || e.code().cameo().startsWith(MEDIATE_CODE)) {
                continue;
            }
            Epistemic epi = e.epistemic();
            if (channel != null
                    && epi.mediator() == null
                    && !e.source().isEmpty()
                    && !e.target().isEmpty()
                    && channelCountry != null
                    && !channelCountry.equals(e.source().country())
                    && !channelCountry.equals(e.target().country())
                    && !java.util.Objects.equals(
                            e.source().country(), e.target().country())) {
                epi = epi.withMediator(channel, "channel for communication");
            }
            if (episodeSecret && root.equals("04")) {
                epi = epi.withSecret(true);
            }
            events.set(i, e.withEpistemic(epi));
        }
    }

    /** The date the document speaks of: its most frequent explicit event date, else its publication date. */
    static EventDate referenceDate(CodedDocument doc) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, EventDate> byLabel = new HashMap<>();
        for (Event e : doc.events()) {
            if (e.date() != null && e.date().fromText()) {
                counts.merge(e.date().label(), 1, Integer::sum);
                byLabel.putIfAbsent(e.date().label(), e.date());
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())))
                .map(en -> byLabel.get(en.getKey()))
                .orElseGet(() -> firstDateInText(doc));
    }

    /** The first absolute date the text gives, else the publication date, else null. */
    private static EventDate firstDateInText(CodedDocument doc) {
        EventDate narrative = org.backchannel.coder.DependencyEventCoder.narrativeDate(doc.parsed());
        if (narrative != null) {
            return narrative;
        }
        return doc.day() == null ? null : new EventDate(doc.day(), DatePrecision.DAY, false);
    }

    private String rootOf(String nounLemma) {
        String c = codeOf(nounLemma);
        return c == null ? null : c.substring(0, 2);
    }

    private String codeOf(String nounLemma) {
        List<EventPattern> ps = knowledge.patterns().nouns(nounLemma);
        return ps.isEmpty() ? null : ps.get(ps.size() - 1).code();
    }

    private static boolean sameCountry(String actorId, ActorRef side, DocumentActors actors) {
        Actor a = actors.get(actorId);
        return a != null && a.country() != null && a.country().equals(side.country());
    }
}
