package org.backchannel.cli;

import org.backchannel.ingest.IngestOptions;
import org.backchannel.nlp.ParseLimits;
import picocli.CommandLine.Option;

/** Limits on what is read and parsed; an item over one is reported with its cause and skipped (exit code 1). */
final class IngestLimits {
    @Option(
            names = "--max-bytes",
            paramLabel = "N",
            defaultValue = "" + IngestOptions.DEFAULT_MAX_BYTES,
            description = "largest text or HTML file (or standard input) read, in bytes (default: ${DEFAULT-VALUE})")
    long maxBytes;

    @Option(
            names = "--max-line-bytes",
            paramLabel = "N",
            defaultValue = "" + IngestOptions.DEFAULT_MAX_LINE_BYTES,
            description = "longest JSON Lines line read, in bytes (default: ${DEFAULT-VALUE})")
    int maxLineBytes;

    @Option(
            names = "--max-html-depth",
            paramLabel = "N",
            defaultValue = "" + IngestOptions.DEFAULT_MAX_HTML_DEPTH,
            description = "deepest element nesting of a page read (default: ${DEFAULT-VALUE})")
    int maxHtmlDepth;

    @Option(
            names = "--max-documents",
            paramLabel = "N",
            defaultValue = "" + IngestOptions.DEFAULT_MAX_DOCUMENTS,
            description = "most documents read in one run, 0 for no limit (default: ${DEFAULT-VALUE})")
    long maxDocuments;

    @Option(
            names = "--max-sentence-tokens",
            paramLabel = "N",
            defaultValue = "" + ParseLimits.DEFAULT_MAX_SENTENCE_TOKENS,
            description = "longest sentence parsed, in tokens; longer ones are skipped (default: ${DEFAULT-VALUE})")
    int maxSentenceTokens;

    @Option(
            names = "--max-parse-seconds",
            paramLabel = "S",
            defaultValue = "" + ParseLimits.DEFAULT_MAX_DOCUMENT_SECONDS,
            description = "longest time one document may take to parse (default: ${DEFAULT-VALUE})")
    int maxParseSeconds;

    ParseLimits parseLimits() {
        try {
            return new ParseLimits(maxSentenceTokens, java.time.Duration.ofSeconds(maxParseSeconds));
        } catch (IllegalArgumentException e) {
            throw new BadCommandLine(e.getMessage());
        }
    }

    IngestOptions options() {
        try {
            return new IngestOptions(maxBytes, maxLineBytes, maxHtmlDepth, maxDocuments);
        } catch (IllegalArgumentException e) {
            throw new BadCommandLine(e.getMessage());
        }
    }
}
