package org.backchannel.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.brokers.Broker;
import org.backchannel.analysis.brokers.BrokerageScorer;
import org.backchannel.pipeline.output.EventTable;
import org.backchannel.pipeline.output.JsonOutput;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code brokers}: third parties ranked by brokerage, mediation and betweenness. */
@Command(
        name = "brokers",
        mixinStandardHelpOptions = true,
        description = "Rank the actors that stand between others (Gould–Fernandez brokerage, mediation, betweenness).")
public final class BrokersCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    ViewOptions view;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--top", defaultValue = "15", description = "how many to show")
    int top;

    @Override
    public Integer call() {
        List<Broker> brokers;
        try (EventStore s = store.openExisting()) {
            Workspace w = Workspace.load(s);
            brokers = new BrokerageScorer().rank(w.network(view.view(false)), w.events(), w::countryOf);
        }
        brokers = brokers.subList(0, Math.min(top, brokers.size()));
        if (format.equals("json")) {
            ObjectNode root = JsonOutput.mapper().createObjectNode();
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
            System.out.println(root.toPrettyString());
        } else {
            List<List<String>> rows = new ArrayList<>();
            for (Broker b : brokers) {
                rows.add(List.of(
                        b.name(),
                        String.format("%.2f", b.score()),
                        b.roles().toString(),
                        String.join(", ", b.between()),
                        Integer.toString(b.mediated()),
                        String.format("%.1f", b.betweenness())));
            }
            System.out.print(EventTable.table(
                    List.of("broker", "score", "roles", "between", "mediated", "betweenness"), rows, 50));
        }
        return Main.OK;
    }
}
