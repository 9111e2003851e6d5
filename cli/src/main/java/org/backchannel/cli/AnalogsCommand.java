package org.backchannel.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.analogs.AnalogMatch;
import org.backchannel.analysis.analogs.AnalogRetriever;
import org.backchannel.analysis.json.AnalysisJson;
import org.backchannel.coder.history.EpisodeCatalog;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code analogs}: the historical episodes closest to a dyad's pattern. */
@Command(
        name = "analogs",
        mixinStandardHelpOptions = true,
        description = "Find past episodes that resemble the pattern between two countries.")
public final class AnalogsCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A", description = "country code, e.g. USA")
    String a;

    @Parameters(index = "1", paramLabel = "B", description = "country code, e.g. VEN")
    String b;

    @Option(names = "--top", defaultValue = "5", description = "how many")
    int top;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        AnalogRetriever r = new AnalogRetriever(EpisodeCatalog.defaults());
        List<AnalogMatch> matches;
        java.util.Set<String> features;
        try (EventStore s = store.openExisting()) {
            Workspace w = Workspace.load(s);
            features =
                    r.features(w.events(), a.toUpperCase(java.util.Locale.ROOT), b.toUpperCase(java.util.Locale.ROOT));
            matches = r.closest(
                    w.events(), a.toUpperCase(java.util.Locale.ROOT), b.toUpperCase(java.util.Locale.ROOT), top);
        }
        if (format.equals("json")) {
            System.out.println(AnalysisJson.analogs(features, matches).toPrettyString());
            return Main.OK;
        }
        System.out.println("Pattern " + a + "–" + b + ": " + String.join(", ", features));
        for (AnalogMatch m : matches) {
            System.out.printf(
                    "%.3f  %-45s matched: %s%s%n        %s%n",
                    m.similarity(),
                    m.name(),
                    String.join(", ", m.matchedFeatures()),
                    m.sharedActors().isEmpty() ? "" : "; same parties: " + String.join(", ", m.sharedActors()),
                    m.summary());
        }
        return Main.OK;
    }
}
