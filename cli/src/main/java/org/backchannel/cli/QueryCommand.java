package org.backchannel.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.model.Event;
import org.backchannel.pipeline.output.EventTable;
import org.backchannel.pipeline.output.JsonOutput;
import org.backchannel.store.EventQuery;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code query}: read events back from the store with filters. */
@Command(name = "query", mixinStandardHelpOptions = true, description = "List stored events that match the filters.")
public final class QueryCommand implements Callable<Integer> {
    @Mixin
    PartyOptions parties;

    @Option(
            names = {"--cameo", "--code", "--root"},
            description = "CAMEO code or prefix, e.g. 04 or 046")
    String cameo;

    @Option(names = "--from", description = "first day, YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--to", description = "last day, YYYY-MM-DD")
    LocalDate to;

    @Option(
            names = "--status",
            description =
                    "asserted, reported, claimed, denied, hypothetical, negated, corrected, uncertain or question")
    String status;

    @Option(names = "--secret", description = "only events marked secret")
    boolean secret;

    @Option(names = "--limit", defaultValue = "0", description = "at most this many events (0: all)")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        List<Event> events;
        try (EventStore s = store.openExisting()) {
            events = s.events(new EventQuery(
                    parties.actor, parties.country, cameo, from, to, status, secret ? Boolean.TRUE : null, limit));
        }
        List<List<String>> rows = events.stream().map(EventTable::row).toList();
        Formats.print(
                format,
                EventTable.COLUMNS,
                rows,
                () -> {
                    var arr = JsonOutput.mapper().createArrayNode();
                    events.forEach(e -> arr.add(JsonOutput.event(e)));
                    return arr;
                },
                40);
        System.err.println(events.size() + " events");
        return Main.OK;
    }
}
