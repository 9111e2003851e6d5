package org.backchannel.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Splits a byte stream into lines at '\n' without holding more than one line, and no more than
 * {@code max} bytes of it: the rest of an overlong line is read past and the line flagged.
 */
final class LineReader {
    private final InputStream in;
    private final int max;
    private boolean overlong;

    LineReader(InputStream in, int max) {
        this.in = in;
        this.max = max;
    }

    /** The next line without its '\n' (and '\r'), or null at the end of the stream. */
    byte[] next() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        overlong = false;
        int b;
        boolean any = false;
        while ((b = in.read()) != -1) {
            any = true;
            if (b == '\n') {
                break;
            }
            if (line.size() < max) {
                line.write(b);
            } else {
                overlong = true;
            }
        }
        if (!any) {
            return null;
        }
        byte[] out = line.toByteArray();
        if (!overlong && out.length > 0 && out[out.length - 1] == '\r') {
            return java.util.Arrays.copyOf(out, out.length - 1);
        }
        return out;
    }

    /** Whether the line last returned was cut at the limit. */
    boolean overlong() {
        return overlong;
    }
}
