package org.backchannel.ingest;

/**
 * Limits and switches for ingest.
 *
 * @param maxBytes items larger than this are reported as oversize and skipped
 */
public record IngestOptions(long maxBytes) {
    public static final IngestOptions DEFAULTS = new IngestOptions(8L * 1024 * 1024);
}
