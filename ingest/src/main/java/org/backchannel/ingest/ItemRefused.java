package org.backchannel.ingest;

/** Thrown by a reader when an item exceeds a limit; the reader's caller reports it as the item's problem. */
public final class ItemRefused extends RuntimeException {
    public ItemRefused(String cause) {
        super(cause);
    }
}
