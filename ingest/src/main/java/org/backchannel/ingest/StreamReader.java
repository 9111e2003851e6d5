package org.backchannel.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one input format from a stream, record by record, so an input larger than memory (a WARC
 * file of a whole crawl) is never held whole. Documents and problems go to the sink as they are met.
 */
public interface StreamReader {
    /**
     * @param name the input's name (file name or "stdin"), used for ids and messages
     * @param in   the raw bytes; the reader closes nothing it did not open but may read to the end
     */
    void read(String name, InputStream in, DocumentReader.Sink sink) throws IOException;
}
