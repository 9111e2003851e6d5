package org.backchannel.ingest;

/**
 * Limits for ingest; an item over a limit is reported with its cause and skipped, and the batch goes on.
 *
 * @param maxBytes     a text or HTML file (or standard input) larger than this is skipped as oversize
 * @param maxLineBytes a JSON Lines line longer than this is skipped (JSON Lines files themselves are streamed, any size)
 * @param maxHtmlDepth a page whose elements nest deeper than this is skipped
 * @param maxDocuments documents read in one run beyond this are skipped (0: no limit)
 */
public record IngestOptions(long maxBytes, int maxLineBytes, int maxHtmlDepth, long maxDocuments) {
    public static final long DEFAULT_MAX_BYTES = 8L * 1024 * 1024;
    public static final int DEFAULT_MAX_LINE_BYTES = 8 * 1024 * 1024;
    public static final int DEFAULT_MAX_HTML_DEPTH = 256;
    public static final long DEFAULT_MAX_DOCUMENTS = 1_000_000;
    public static final IngestOptions DEFAULTS =
            new IngestOptions(DEFAULT_MAX_BYTES, DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_HTML_DEPTH, DEFAULT_MAX_DOCUMENTS);

    public IngestOptions {
        if (maxBytes < 1 || maxLineBytes < 1 || maxHtmlDepth < 1 || maxDocuments < 0) {
            throw new IllegalArgumentException("ingest limits must be positive (documents: 0 for none)");
        }
    }

    /** The defaults with another size limit. */
    public IngestOptions(long maxBytes) {
        this(maxBytes, DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_HTML_DEPTH, DEFAULT_MAX_DOCUMENTS);
    }
}
