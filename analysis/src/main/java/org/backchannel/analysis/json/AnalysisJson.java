package org.backchannel.analysis.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.backchannel.analysis.analogs.AnalogMatch;
import org.backchannel.analysis.backchannels.Backchannel;
import org.backchannel.analysis.brokers.Broker;
import org.backchannel.analysis.ledger.ClaimsLedger;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.Betweenness;
import org.backchannel.analysis.network.Communities;
import org.backchannel.analysis.network.DyadEdge;
import org.backchannel.analysis.network.ScoredNetwork;
import org.backchannel.analysis.timeline.Bucket;
import org.backchannel.analysis.timeline.Timeline;
import org.backchannel.model.Event;
import org.backchannel.pipeline.output.JsonOutput;

/**
 * The one JSON shape of each analysis view, as {@code backchannel <view> --format json} prints it and
 * {@code /api/<view>} answers it: snake_case fields, events written by {@link JsonOutput#event}.
 */
public final class AnalysisJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnalysisJson() {}

    /**
     * The network: nodes with degree, betweenness and community, edges by count (most first) with
     * Goldstein, statuses, quad classes and, when {@code withEvents}, their event ids.
     */
    public static ObjectNode network(ScoredNetwork scored, boolean withEvents) {
        ActorNetwork net = scored.net();
        ObjectNode root = NODES.objectNode();
        Betweenness b = scored.betweenness();
        root.put(
                "betweenness",
                b.exact()
                        ? "computed"
                        : "estimated from " + b.sources() + " of "
                                + net.graph().vertexSet().size() + " vertices as sources");
        ArrayNode nodes = root.putArray("nodes");
        for (String v : net.graph().vertexSet()) {
            nodes.addObject()
                    .put("id", v)
                    .put("name", net.name(v))
                    .put("degree", net.graph().degreeOf(v))
                    .put("weighted_degree", Communities.weightedDegree(net, v))
                    .put("betweenness", b.scores().get(v))
                    .put("community", scored.communities().get(v));
        }
        ArrayNode arr = root.putArray("edges");
        net.graph().edgeSet().stream()
                .sorted(Comparator.comparingInt(DyadEdge::count).reversed().thenComparing(DyadEdge::toString))
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

    /** Brokers in rank order with their score, brokerage roles, the pairs they stand between, mediation and betweenness. */
    public static ObjectNode brokers(List<Broker> brokers) {
        ObjectNode root = NODES.objectNode();
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

    /** Backchannels with their public hostility, mediators (id and display name) and contact events. */
    public static ObjectNode backchannels(List<Backchannel> found, Function<String, String> name) {
        ObjectNode root = NODES.objectNode();
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

    /** A timeline's events in date order and its counts per period, spikes and change points marked. */
    public static ObjectNode timeline(Timeline t) {
        ObjectNode root = NODES.objectNode();
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

    /** A dyad's pattern features and the closest past episodes. */
    public static ObjectNode analogs(Set<String> features, List<AnalogMatch> matches) {
        ObjectNode root = NODES.objectNode();
        ArrayNode f = root.putArray("features");
        features.forEach(f::add);
        ArrayNode arr = root.putArray("analogs");
        for (AnalogMatch m : matches) {
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

    /** The claims ledger: each claim with the events that dispute it. */
    public static ObjectNode claims(List<ClaimsLedger.Entry> ledger) {
        ObjectNode root = NODES.objectNode();
        ArrayNode arr = root.putArray("claims");
        for (ClaimsLedger.Entry c : ledger) {
            ObjectNode x = arr.addObject();
            x.set("event", JsonOutput.event(c.event()));
            events(x.putArray("disputed_by"), c.disputedBy());
        }
        return root;
    }

    private static void events(ArrayNode arr, List<Event> events) {
        events.forEach(e -> arr.add(JsonOutput.event(e)));
    }
}
