package org.backchannel.ingest;

/** An input item that cannot be read; its message is the cause shown to the user. */
public class IngestException extends Exception {
    public IngestException(String cause) {
        super(cause);
    }
}
