package org.backchannel.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.backchannels.Backchannel;
import org.backchannel.analysis.backchannels.BackchannelDetector;
import org.backchannel.analysis.json.AnalysisJson;
import org.backchannel.model.Event;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code backchannels}: secret or mediated contact between parties whose public relation is hostile. */
@Command(
        name = "backchannels",
        mixinStandardHelpOptions = true,
        description =
                "List secret or mediated contacts between parties whose public relation is hostile, with their evidence.")
public final class BackchannelsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Override
    public Integer call() {
        List<Backchannel> found;
        Workspace w;
        try (EventStore s = store.openExisting()) {
            w = Workspace.load(s);
            found = new BackchannelDetector().detect(w.events(), w::countryOf);
        }
        if (format.equals("json")) {
            System.out.println(AnalysisJson.backchannels(found, x -> name(w, x)).toPrettyString());
            return Main.OK;
        }
        for (Backchannel b : found) {
            System.out.printf(
                    "%s – %s: %d secret or mediated contacts%s; public relation: Goldstein %.1f, %d conflict events%n",
                    b.a(),
                    b.b(),
                    b.contacts().size(),
                    b.mediators().isEmpty()
                            ? ""
                            : " via "
                                    + String.join(
                                            ", ",
                                            b.mediators().stream()
                                                    .map(x -> name(w, x))
                                                    .toList()),
                    b.hostility(),
                    b.conflicts());
            for (Event e : b.contacts()) {
                System.out.printf(
                        "    %s  %s -%s-> %s (%s%s)  «%s»%n",
                        e.date() == null ? "undated" : e.date().label(),
                        e.source().text(),
                        e.code().cameo(),
                        e.target().text(),
                        e.epistemic().status().label(),
                        e.epistemic().secret() ? ", secret" : "",
                        e.primaryEvidence().text());
            }
        }
        System.err.println(found.size() + " backchannels");
        return Main.OK;
    }

    private static String name(Workspace w, String id) {
        return w.actors().containsKey(id) ? w.actors().get(id).name() : id;
    }
}
