package org.backchannel.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.model.Event;
import org.backchannel.pipeline.output.JsonOutput;
import org.backchannel.store.EventQuery;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code claims}: the ledger of who claims what, with what disputes it side by side. */
@Command(
        name = "claims",
        mixinStandardHelpOptions = true,
        description =
                "List who says what happened — reported, claimed, denied, corrected — with the events that dispute each.")
public final class ClaimsCommand implements Callable<Integer> {
    static final List<String> COLUMNS = List.of("date", "speaker", "status", "event", "disputed_by", "evidence");

    @Mixin
    PartyOptions parties;

    @Option(names = "--format", defaultValue = "table", description = "table, json or csv (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (EventStore s = store.openExisting()) {
            List<Event> ledger =
                    s.ledger(new EventQuery(parties.actor, parties.country, null, null, null, null, null, 0));
            List<List<String>> rows = new ArrayList<>();
            ArrayNode json = JsonOutput.mapper().createArrayNode();
            for (Event e : ledger) {
                List<String> disputes = new ArrayList<>();
                ObjectNode n = json.addObject();
                n.set("event", JsonOutput.event(e));
                ArrayNode d = n.putArray("disputed_by");
                for (String id : e.epistemic().disputedBy()) {
                    Event other = s.event(id);
                    if (other != null) {
                        disputes.add(describe(other));
                        d.add(JsonOutput.event(other));
                    }
                }
                rows.add(List.of(
                        e.date() == null ? "" : e.date().label(),
                        nz(e.epistemic().attributedTo()),
                        e.epistemic().status().label(),
                        describe(e),
                        String.join("; ", disputes),
                        e.primaryEvidence().text()));
            }
            Formats.print(format, COLUMNS, rows, () -> json, 48);
            System.err.println(ledger.size() + " claims");
        }
        return Main.OK;
    }

    private static String describe(Event e) {
        return nz(e.source().text()) + " -" + e.code().cameo() + "-> "
                + nz(e.target().text()) + " (" + e.epistemic().status().label() + ")";
    }

    private static String nz(String s) {
        return s == null ? "?" : s;
    }
}
