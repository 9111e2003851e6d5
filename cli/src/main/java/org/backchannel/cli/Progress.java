package org.backchannel.cli;

import java.io.PrintStream;
import org.backchannel.nlp.SentenceParser;

/** A progress bar on stderr for batches, drawn only when stderr is a terminal. */
final class Progress implements SentenceParser.ProgressListener {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean enabled;
    private final String label;

    Progress(String label) {
        this.err = System.err;
        this.enabled = System.console() != null;
        this.label = label;
    }

    @Override
    public synchronized void parsed(int done, int total) {
        if (!enabled || total < 2) {
            return;
        }
        int filled = (int) Math.round(WIDTH * done / (double) total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total);
        if (done == total) {
            err.println();
        }
        err.flush();
    }
}
