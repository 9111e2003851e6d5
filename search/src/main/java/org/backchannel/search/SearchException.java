package org.backchannel.search;

/** The index could not be read or written. */
public final class SearchException extends RuntimeException {
    public SearchException(String message, Throwable cause) {
        super(message, cause);
    }
}
