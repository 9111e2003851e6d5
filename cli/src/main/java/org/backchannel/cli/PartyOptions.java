package org.backchannel.cli;

import picocli.CommandLine.Option;

/** The {@code --actor} and {@code --country} filters shared by the commands that list stored events. */
final class PartyOptions {
    @Option(names = "--actor", description = "actor id, or part of a name or mention (either side)")
    String actor;

    @Option(names = "--country", description = "ISO-3 code of either side, e.g. VEN")
    String country;
}
