package org.backchannel.cli;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.model.Status;
import picocli.CommandLine.Option;

/** Which events a network-based command looks at: level, window and statuses. */
final class ViewOptions {
    @Option(names = "--countries", description = "roll actors up to their countries")
    boolean countries;

    @Option(names = "--from", description = "first day, YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--to", description = "last day, YYYY-MM-DD")
    LocalDate to;

    @Option(names = "--status", split = ",", description = "only these statuses, e.g. asserted,reported (default: all)")
    Set<String> statuses;

    @Option(names = "--factual", description = "only what the texts vouch for: asserted, reported, claimed, corrected")
    boolean factual;

    NetworkView view(boolean countryDefault) {
        Set<Status> s = EnumSet.noneOf(Status.class);
        if (statuses != null) {
            for (String x : statuses) {
                try {
                    s.add(Status.parse(x));
                } catch (IllegalArgumentException e) {
                    throw new BadCommandLine(
                            "unknown --status " + x
                                    + " (asserted, reported, claimed, denied, hypothetical, negated, corrected, uncertain, question)");
                }
            }
        }
        if (factual) {
            s.addAll(NetworkView.factual());
        }
        return new NetworkView(countries || countryDefault, from, to, s);
    }
}
