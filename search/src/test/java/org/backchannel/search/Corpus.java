package org.backchannel.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.ActorType;
import org.backchannel.model.Analysis;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Document;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Status;

/** Hand-made documents with coded events, built the way the pipeline hands them to the store. */
final class Corpus {
    static final List<Actor> ACTORS = List.of(
            actor("usa", "United States", "USA"),
            actor("ven", "Venezuela", "VEN"),
            actor("qat", "Qatar", "QAT"),
            actor("sau", "Saudi Arabia", "SAU"),
            actor("rus", "Russia", "RUS"),
            actor("prk", "North Korea", "PRK"));

    private final List<ParsedDocument> documents = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    /** A document; each sentence may carry one event written {@code "046 usa>ven 2023-10-01"}. */
    Corpus doc(String id, String title, LocalDate published, String... sentencesAndEvents) {
        List<ParsedSentence> sentences = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < sentencesAndEvents.length; i += 2) {
            String text = sentencesAndEvents[i];
            int start = body.length();
            body.append(text).append(' ');
            int index = sentences.size();
            sentences.add(new ParsedSentence(index, text, start, start + text.length(), List.of(), List.of()));
            String event = i + 1 < sentencesAndEvents.length ? sentencesAndEvents[i + 1] : null;
            if (event != null) {
                events.add(event(id, index, text, start, event));
            }
        }
        String text = body.toString().strip();
        documents.add(new ParsedDocument(
                new Document(
                        id,
                        id + ".txt",
                        null,
                        title,
                        null,
                        published,
                        null,
                        null,
                        text,
                        List.of(),
                        "hash-" + text.hashCode()),
                sentences));
        return this;
    }

    Analysis analysis() {
        return new Analysis(documents, ACTORS, events, List.of(), List.of(), List.of());
    }

    private Event event(String doc, int sentence, String text, int start, String spec) {
        String[] parts = spec.split(" ");
        String[] pair = parts[1].split(">");
        String code = parts[0];
        return new Event(
                "ev:" + doc + "#" + sentence + "." + code,
                new EventDate(LocalDate.parse(parts[2]), DatePrecision.DAY, true),
                side(pair[0]),
                side(pair[1]),
                new EventCode(code, "code " + code, 1, 1.0, null, null),
                "verb",
                1,
                new Epistemic(Status.ASSERTED, false, null, null, List.of(), null),
                List.of(),
                null,
                List.of(new Evidence(doc, sentence, text, start, start + text.length())),
                0.8);
    }

    private static ActorRef side(String id) {
        Actor a = ACTORS.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new ActorRef(a.id(), a.name(), a.code());
    }

    private static Actor actor(String id, String name, String country) {
        return new Actor(id, name, List.of(), ActorType.STATE, country, null, country, null, List.of());
    }

    /** Five documents: two on US-Venezuela contacts, one sharing their words only, one hostile, one unrelated. */
    static Corpus sample() {
        return new Corpus()
                .doc(
                        "doha-talks",
                        "Secret talks in Doha",
                        LocalDate.of(2023, 10, 2),
                        "US and Venezuelan officials held secret talks in Doha about oil sanctions.",
                        "046 usa>ven 2023-10-01",
                        "Qatar hosted the meeting at the request of both sides.",
                        "042 qat>usa 2023-10-01",
                        "Neither government commented.",
                        null)
                .doc(
                        "caracas-answer",
                        "Caracas answers Washington",
                        LocalDate.of(2024, 1, 5),
                        "Venezuela rejected the US proposal on oil sanctions.",
                        "125 ven>usa 2024-01-05",
                        "US envoys and Venezuelan officials met again, sources said.",
                        "046 usa>ven 2024-01-04")
                .doc(
                        "oil-market",
                        "Oil market jitters",
                        LocalDate.of(2024, 2, 1),
                        "Officials in Doha held secret talks about oil sanctions and oil output.",
                        "061 sau>rus 2024-02-01",
                        "Traders said oil sanctions and secret talks moved prices.",
                        null)
                .doc(
                        "hostile",
                        "<b>Vienna</b> meeting",
                        LocalDate.of(2024, 3, 1),
                        "<script>alert('x')</script> Oil ministers met in Vienna & talked.",
                        null)
                .doc(
                        "korea",
                        "North Korea threatens",
                        LocalDate.of(2025, 8, 19),
                        "North Korea threatened the United States with a nuclear strike.",
                        "130 prk>usa 2025-08-19");
    }
}
