package org.backchannel.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns raw bytes into text, refusing what is not text: empty, binary, oversize, or not decodable
 * as UTF-8 (or UTF-16 with a byte-order mark).
 */
final class RawInput {
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
            throw new IngestException("not valid UTF-8 text (re-encode it as UTF-8)");
        }
    }

    static String checkText(String text) throws IngestException {
        if (text.isBlank()) {
            throw new IngestException("empty: no text");
        }
        return text;
    }
}
