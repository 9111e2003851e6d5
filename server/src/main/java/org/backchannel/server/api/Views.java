package org.backchannel.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.backchannel.model.Actor;
import org.backchannel.model.Event;
import org.backchannel.model.Role;
import org.backchannel.pipeline.output.JsonOutput;
import org.backchannel.server.service.ActorService;
import org.backchannel.server.service.DocumentService;
import org.backchannel.server.service.EventService;
import org.backchannel.store.EventPage;
import org.backchannel.store.StoredDocument;

/**
 * The JSON the API answers with. Events are written by the pipeline's own writer, so an event reads
 * the same from {@code analyze --format json} and from here; the analysis views (network, brokers,
 * backchannels, timeline, analogs, claims) by {@code AnalysisJson}, as the CLI prints them; workspace
 * records (comments, reviews, users, audit rows) are written field by field in snake_case with ISO-8601 times.
 */
final class Views {
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private Views() {}

    static ObjectNode eventPage(EventPage p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("total", p.total());
        n.put("next_cursor", p.next() == null ? null : p.next().token());
        events(n.putArray("events"), p.events());
        return n;
    }

    static ObjectNode eventDetail(EventService.EventDetail d) {
        ObjectNode n = JSON.createObjectNode();
        n.set("event", JsonOutput.event(d.event()));
        events(n.putArray("disputed_by"), d.disputedBy());
        events(n.putArray("disputes"), d.disputes());
        n.set("reviews", JSON.valueToTree(d.reviews()));
        n.put(
                "review",
                d.reviews().isEmpty()
                        ? null
                        : d.reviews().get(d.reviews().size() - 1).verdict());
        n.set("comments", JSON.valueToTree(d.comments()));
        return n;
    }

    static ObjectNode documents(DocumentService.Listing l) {
        ObjectNode n = JSON.createObjectNode();
        n.put("total", l.total());
        ArrayNode arr = n.putArray("documents");
        l.documents().forEach(d -> arr.add(document(d)));
        return n;
    }

    static ObjectNode documentDetail(DocumentService.DocumentDetail d) {
        ObjectNode n = document(d.document());
        n.put("text", d.document().body());
        ArrayNode sentences = n.putArray("sentences");
        for (StoredDocument.Sentence s : d.document().sentences()) {
            ObjectNode x = sentences
                    .addObject()
                    .put("index", s.index())
                    .put("char_start", s.charStart())
                    .put("char_end", s.charEnd())
                    .put("text", s.text());
            ArrayNode ev = x.putArray("events");
            d.events().stream()
                    .filter(e -> e.primaryEvidence().sentence() == s.index())
                    .forEach(e -> ev.add(JsonOutput.event(e)));
        }
        n.set("comments", JSON.valueToTree(d.comments()));
        return n;
    }

    private static ObjectNode document(StoredDocument d) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", d.id())
                .put("title", d.title())
                .put("origin", d.origin())
                .put("url", d.url())
                .put("author", d.author())
                .put("published", d.published() == null ? null : d.published().toString())
                .put(
                        "ingested_at",
                        d.ingestedAt() == null ? null : d.ingestedAt().toString())
                .put("sentence_count", d.sentenceCount())
                .put("events", d.events());
        return n;
    }

    static ObjectNode actors(List<ActorService.Listed> actors) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode arr = n.putArray("actors");
        actors.forEach(l -> arr.add(actor(l.actor()).put("events", l.events())));
        return n;
    }

    static ObjectNode actorDetail(ActorService.ActorDetail d) {
        ObjectNode n = actor(d.actor());
        n.put("event_count", d.eventCount());
        events(n.putArray("events"), d.events());
        n.set("comments", JSON.valueToTree(d.comments()));
        return n;
    }

    private static ObjectNode actor(Actor a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id())
                .put("name", a.name())
                .put("type", a.type().label())
                .put("country", a.country())
                .put("agent", a.agent())
                .put("code", a.code());
        ArrayNode aliases = n.putArray("aliases");
        a.aliases().forEach(aliases::add);
        ArrayNode roles = n.putArray("roles");
        for (Role r : a.roles()) {
            roles.addObject()
                    .put("title", r.title())
                    .put("country", r.country())
                    .put("agent", r.agent())
                    .put("from", r.from() == null ? null : r.from().toString())
                    .put("to", r.to() == null ? null : r.to().toString());
        }
        return n;
    }

    static ObjectNode error(int status, String message) {
        return JSON.createObjectNode().put("status", status).put("message", message);
    }

    private static void events(ArrayNode arr, List<Event> events) {
        events.forEach(e -> arr.add(JsonOutput.event(e)));
    }
}
