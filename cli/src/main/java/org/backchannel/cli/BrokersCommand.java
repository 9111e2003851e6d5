package org.backchannel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.brokers.Broker;
import org.backchannel.analysis.brokers.BrokerageScorer;
import org.backchannel.analysis.json.AnalysisJson;
import org.backchannel.pipeline.output.EventTable;
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
            System.out.println(AnalysisJson.brokers(brokers).toPrettyString());
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
