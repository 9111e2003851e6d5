package org.backchannel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.json.AnalysisJson;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.DyadEdge;
import org.backchannel.analysis.network.ScoredNetwork;
import org.backchannel.analysis.render.Pictures;
import org.backchannel.pipeline.output.EventTable;
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
            System.out.println(AnalysisJson.network(ScoredNetwork.of(net), true).toPrettyString());
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
