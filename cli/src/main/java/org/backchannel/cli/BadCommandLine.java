package org.backchannel.cli;

/** A command line that names something unusable (a format, a missing store, a missing folder): exit code 2. */
final class BadCommandLine extends RuntimeException {
    BadCommandLine(String message) {
        super(message);
    }
}
