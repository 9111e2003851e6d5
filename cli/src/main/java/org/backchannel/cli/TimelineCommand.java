package org.backchannel.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.render.Pictures;
import org.backchannel.analysis.timeline.Bucket;
import org.backchannel.analysis.timeline.Granularity;
import org.backchannel.analysis.timeline.Timeline;
import org.backchannel.model.Event;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code timeline}: an actor's or a dyad's events in order, with counts per period and spikes. */
@Command(
        name = "timeline",
        mixinStandardHelpOptions = true,
        description =
                "Print the events of an actor or a dyad in date order with their status, and counts per period with spikes marked.")
public final class TimelineCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "ACTOR", description = "actor id or country code, e.g. nicolas-maduro or VEN")
    String a;

    @Parameters(index = "1", arity = "0..1", paramLabel = "OTHER", description = "a second actor or country: the dyad")
    String b;

    @Option(names = "--by", defaultValue = "month", description = "day, week or month (default: ${DEFAULT-VALUE})")
    String by;

    @Option(names = "--svg", paramLabel = "FILE", description = "also draw the counts per period as SVG")
    Path svg;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() throws Exception {
        Timeline t;
        try (EventStore s = store.openExisting()) {
            t = Timeline.of(
                    Workspace.load(s).events(),
                    Timeline.involving(a, b),
                    Granularity.valueOf(by.toUpperCase(java.util.Locale.ROOT)));
        }
        for (Event e : t.entries()) {
            System.out.printf(
                    "%-10s %-28s %-5s %-28s %-12s %s%n",
                    e.date().label(),
                    cut(e.source().text()),
                    e.code().cameo(),
                    cut(e.target().text()),
                    e.epistemic().status().label() + (e.epistemic().secret() ? "*" : ""),
                    cut(e.primaryEvidence().text(), 80));
        }
        System.out.println();
        for (Bucket k : t.buckets()) {
            System.out.printf(
                    "%s %3d %6.1f %s%s%s%n",
                    k.start(),
                    k.count(),
                    k.goldstein(),
                    "#".repeat(Math.min(60, k.count())),
                    k.spike() ? "  <- spike" : "",
                    k.changePoint() ? "  <- change in Goldstein balance" : "");
        }
        if (svg != null) {
            Pictures.timelineSvg(t.buckets(), a + (b == null ? "" : " – " + b), svg);
        }
        System.err.println(t.entries().size() + " events (undated events are left out); * = secret");
        return Main.OK;
    }

    private static String cut(String s) {
        return cut(s, 28);
    }

    private static String cut(String s, int n) {
        return s == null ? "?" : s.length() > n ? s.substring(0, n - 1) + "…" : s;
    }
}
