package org.backchannel.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.backchannel.analysis.analogs.AnalogMatch;
import org.backchannel.analysis.backchannels.Backchannel;
import org.backchannel.analysis.brokers.Broker;
import org.backchannel.analysis.network.Communities;
import org.backchannel.analysis.network.DyadEdge;
import org.backchannel.analysis.timeline.Bucket;
import org.backchannel.analysis.timeline.Timeline;
import org.backchannel.model.Actor;
import org.backchannel.model.Event;
import org.backchannel.model.Role;
import org.backchannel.pipeline.output.JsonOutput;
import org.backchannel.server.service.ActorService;
import org.backchannel.server.service.AnalysisService;
import org.backchannel.server.service.DocumentService;
import org.backchannel.server.service.EventService;
import org.backchannel.store.EventPage;
import org.backchannel.store.StoredDocument;

/**
 * The JSON the API answers with. Events are written by the pipeline's own writer, so an event reads
 * the same from {@code analyze --format json} and from here; workspace records (comments, reviews,
 * users, audit rows) are written field by field in snake_case with ISO-8601 times.
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

    static ObjectNode claims(List<EventService.Claim> claims) {
        ObjectNode n = JSON.createObjectNode();
        ArrayNode arr = n.putArray("claims");
        for (EventService.Claim c : claims) {
            ObjectNode x = arr.addObject();
            x.set("event", JsonOutput.event(c.event()));
            events(x.putArray("disputed_by"), c.disputedBy());
        }
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

    /** The network as {@code backchannel network --format json} writes it (events per edge left out when {@code withEvents} is false). */
    static ObjectNode network(AnalysisService.Network n, boolean withEvents) {
        ObjectNode root = JSON.createObjectNode();
        root.put(
                "betweenness",
                n.hasBetweenness()
                        ? "computed"
                        : "left out: " + n.net().graph().vertexSet().size() + " vertices, more than "
                                + AnalysisService.BETWEENNESS_LIMIT);
        ArrayNode nodes = root.putArray("nodes");
        var net = n.net();
        for (String v : net.graph().vertexSet()) {
            nodes.addObject()
                    .put("id", v)
                    .put("name", net.name(v))
                    .put("degree", net.graph().degreeOf(v))
                    .put("weighted_degree", Communities.weightedDegree(net, v))
                    .put("betweenness", n.betweenness().get(v))
                    .put("community", n.communities().get(v));
        }
        ArrayNode arr = root.putArray("edges");
        net.graph().edgeSet().stream()
                .sorted(java.util.Comparator.comparingInt(DyadEdge::count)
                        .reversed()
                        .thenComparing(DyadEdge::toString))
                .forEach(e -> {
                    ObjectNode x = arr.addObject();
                    x.put("source", e.source())
                            .put("target", e.target())
                            .put("count", e.count())
                            .put("goldstein_total", e.goldsteinTotal())
                            .put("goldstein_mean", e.goldsteinMean())
                            .put("first", String.valueOf(e.first()))
                            .put("last", String.valueOf(e.last()))
                            .put("secret", e.secret())
                            .put("mediated", e.mediated());
                    ObjectNode st = x.putObject("statuses");
                    e.statuses().forEach(st::put);
                    ArrayNode quads = x.putArray("quad_classes");
                    for (int q = 1; q <= 4; q++) {
                        quads.add(e.quad(q));
                    }
                    if (withEvents) {
                        ArrayNode ev = x.putArray("events");
                        e.events().forEach(ev::add);
                    }
                });
        return root;
    }

    static ObjectNode brokers(List<Broker> brokers) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("brokers");
        for (Broker b : brokers) {
            ObjectNode n = arr.addObject();
            n.put("actor", b.actor())
                    .put("name", b.name())
                    .put("score", b.score())
                    .put("mediated", b.mediated())
                    .put("betweenness", b.betweenness());
            ObjectNode roles = n.putObject("roles");
            b.roles().forEach(roles::put);
            ArrayNode between = n.putArray("between");
            b.between().forEach(between::add);
        }
        return root;
    }

    static ObjectNode backchannels(List<Backchannel> found, java.util.function.Function<String, String> name) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode arr = root.putArray("backchannels");
        for (Backchannel b : found) {
            ObjectNode n = arr.addObject();
            n.put("a", b.a()).put("b", b.b()).put("hostility", b.hostility()).put("conflict_events", b.conflicts());
            ArrayNode m = n.putArray("mediators");
            b.mediators().forEach(x -> m.addObject().put("id", x).put("name", name.apply(x)));
            events(n.putArray("contacts"), b.contacts());
        }
        return root;
    }

    static ObjectNode timeline(Timeline t) {
        ObjectNode root = JSON.createObjectNode();
        events(root.putArray("events"), t.entries());
        ArrayNode buckets = root.putArray("buckets");
        for (Bucket b : t.buckets()) {
            buckets.addObject()
                    .put("start", b.start().toString())
                    .put("count", b.count())
                    .put("goldstein", b.goldstein())
                    .put("spike", b.spike())
                    .put("change_point", b.changePoint());
        }
        return root;
    }

    static ObjectNode analogs(AnalysisService.Analogs a) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode f = root.putArray("features");
        a.features().forEach(f::add);
        ArrayNode arr = root.putArray("analogs");
        for (AnalogMatch m : a.matches()) {
            ObjectNode n = arr.addObject();
            n.put("id", m.id())
                    .put("name", m.name())
                    .put("similarity", m.similarity())
                    .put("outcome", m.outcome())
                    .put("summary", m.summary());
            ArrayNode mf = n.putArray("matched_features");
            m.matchedFeatures().forEach(mf::add);
            ArrayNode sa = n.putArray("shared_actors");
            m.sharedActors().forEach(sa::add);
        }
        return root;
    }

    static ObjectNode error(int status, String message) {
        return JSON.createObjectNode().put("status", status).put("message", message);
    }

    private static void events(ArrayNode arr, List<Event> events) {
        events.forEach(e -> arr.add(JsonOutput.event(e)));
    }
}
