package org.backchannel.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw bytes into text, refusing only what is not text: empty, binary or oversize. UTF-8 (or
 * UTF-16 with a byte-order mark) is read as such; other bytes in the charset a page declares, or
 * else as Windows-1252, the superset of Latin-1 that legacy news feeds use.
 */
final class RawInput {
    private static final Pattern DECLARED = Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})");

    private RawInput() {
    }

    static String decode(byte[] bytes, IngestOptions options) throws IngestException {
        if (bytes.length > options.maxBytes()) {
            throw new IngestException("oversize: " + bytes.length + " bytes, limit " + options.maxBytes());
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return checkText(new String(bytes, StandardCharsets.UTF_16));
        }
        int offset = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF ? 3 : 0;
        int controls = 0;
        for (int i = offset; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                throw new IngestException("binary content (NUL byte at offset " + i + ")");
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                controls++;
            }
        }
        if (controls > 8 && controls * 50 > bytes.length) {
            throw new IngestException("binary content (" + controls + " control bytes)");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return checkText(decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return checkText(new String(bytes, offset, bytes.length - offset, declaredCharset(bytes)));
        }
    }

    /** The charset a page declares in its first kilobytes ({@code <meta charset>}, XML prolog), else Windows-1252. */
    static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        if (m.find()) {
            try {
                Charset c = Charset.forName(m.group(1));
                if (!c.equals(StandardCharsets.UTF_8)) {
                    return c;
                }
            } catch (IllegalArgumentException ignored) {
                // an unknown name is no better than no name
            }
        }
        return Charset.forName("windows-1252");
    }

    static String checkText(String text) throws IngestException {
        if (text.isBlank()) {
            throw new IngestException("empty: no text");
        }
        return text;
    }
}
