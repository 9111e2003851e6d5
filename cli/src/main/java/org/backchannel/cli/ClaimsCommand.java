package org.backchannel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.analysis.json.AnalysisJson;
import org.backchannel.analysis.ledger.ClaimsLedger;
import org.backchannel.model.Event;
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
        List<ClaimsLedger.Entry> ledger;
        try (EventStore s = store.openExisting()) {
            ledger = ClaimsLedger.read(s, parties.actor, parties.country, 0);
        }
        List<List<String>> rows = new ArrayList<>();
        for (ClaimsLedger.Entry c : ledger) {
            Event e = c.event();
            rows.add(List.of(
                    e.date() == null ? "" : e.date().label(),
                    nz(e.epistemic().attributedTo()),
                    e.epistemic().status().label(),
                    describe(e),
                    String.join(
                            "; ",
                            c.disputedBy().stream().map(ClaimsCommand::describe).toList()),
                    e.primaryEvidence().text()));
        }
        Formats.print(format, COLUMNS, rows, () -> AnalysisJson.claims(ledger), 48);
        System.err.println(ledger.size() + " claims");
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
