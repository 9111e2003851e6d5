package org.backchannel.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.DyadEdge;
import org.backchannel.analysis.render.Pictures;
import org.backchannel.pipeline.output.EventTable;
import org.backchannel.pipeline.output.JsonOutput;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code network}: the actor network as a table of dyads, JSON, or a picture. */
@Command(
        name = "network",
        mixinStandardHelpOptions = true,
        description = "Show who acts on whom: dyads with counts, Goldstein balance, statuses.")
public final class NetworkCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ViewOptions view;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--svg", paramLabel = "FILE", description = "also draw the network as SVG")
    Path svg;

    @Option(names = "--png", paramLabel = "FILE", description = "also draw the network as PNG")
    Path png;

    @Override
    public Integer call() throws Exception {
        ActorNetwork net;
        try (EventStore s = store.openExisting()) {
            net = Workspace.load(s).network(view.view(false));
        }
        List<DyadEdge> edges = new ArrayList<>(net.graph().edgeSet());
        edges.sort(Comparator.comparingInt(DyadEdge::count).reversed().thenComparing(DyadEdge::toString));
        if (format.equals("json")) {
            ObjectNode root = JsonOutput.mapper().createObjectNode();
            ArrayNode nodes = root.putArray("nodes");
            var communities = org.backchannel.analysis.network.Communities.of(net);
            var betweenness = new org.jgrapht.alg.scoring.BetweennessCentrality<>(net.graph(), true).getScores();
            net.graph().vertexSet().forEach(v -> nodes.addObject()
                    .put("id", v)
                    .put("name", net.name(v))
                    .put("degree", net.graph().degreeOf(v))
                    .put("weighted_degree", org.backchannel.analysis.network.Communities.weightedDegree(net, v))
                    .put("betweenness", betweenness.get(v))
                    .put("community", communities.get(v)));
            ArrayNode arr = root.putArray("edges");
            for (DyadEdge e : edges) {
                ObjectNode n = arr.addObject();
                n.put("source", e.source())
                        .put("target", e.target())
                        .put("count", e.count())
                        .put("goldstein_total", e.goldsteinTotal())
                        .put("goldstein_mean", e.goldsteinMean())
                        .put("first", String.valueOf(e.first()))
                        .put("last", String.valueOf(e.last()))
                        .put("secret", e.secret())
                        .put("mediated", e.mediated());
                ObjectNode st = n.putObject("statuses");
                e.statuses().forEach(st::put);
                ArrayNode quads = n.putArray("quad_classes");
                for (int q = 1; q <= 4; q++) {
                    quads.add(e.quad(q));
                }
                ArrayNode ev = n.putArray("events");
                e.events().forEach(ev::add);
            }
            System.out.println(root.toPrettyString());
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (DyadEdge e : edges) {
                rows.add(List.of(
                        net.name(e.source()),
                        net.name(e.target()),
                        Integer.toString(e.count()),
                        String.format("%.1f", e.goldsteinTotal()),
                        String.format("%.2f", e.goldsteinMean()),
                        e.quad(1) + "/" + e.quad(2) + "/" + e.quad(3) + "/" + e.quad(4),
                        e.statuses().toString(),
                        Integer.toString(e.secret()),
                        Integer.toString(e.mediated())));
            }
            System.out.print(EventTable.table(
                    List.of(
                            "source",
                            "target",
                            "events",
                            "goldstein",
                            "mean",
                            "quads 1/2/3/4",
                            "statuses",
                            "secret",
                            "mediated"),
                    rows,
                    40));
            System.out.printf("%d actors, %d dyads%n", net.graph().vertexSet().size(), edges.size());
        }
        if (svg != null) {
            Pictures.networkSvg(net, svg);
        }
        if (png != null) {
            Pictures.networkPng(net, png);
        }
        return Main.OK;
    }
}
