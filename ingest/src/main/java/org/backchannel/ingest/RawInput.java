package org.backchannel.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw bytes into text, refusing only what is not text: empty, binary or oversize. The rule, in
 * order: a byte-order mark (UTF-8, UTF-16 BE/LE) decides; bytes that are valid UTF-8 are UTF-8; a
 * charset the page declares ({@code <meta charset>}, XML prolog) is used when the bytes decode in it;
 * else ICU4J's detector picks among the legacy charsets, where ISO-8859-1 is read as its superset
 * Windows-1252 (as browsers do); with no confident guess, Windows-1252. Bytes Windows-1252 leaves
 * undefined are read as Latin-1, so no text is refused for its encoding.
 */
final class RawInput {
    private static final Pattern DECLARED =
            Pattern.compile("(?i)(?:charset|encoding)\\s*=\\s*[\"']?([A-Za-z0-9_.:-]{2,40})");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** Below this ICU confidence (0-100) a guess other than Windows-1252 is not trusted. */
    private static final int MIN_CONFIDENCE = 30;

    private RawInput() {}

    /** Decoded text with the decision that produced it. */
    record Text(String text, String charset, String how) {
        Decoded decision(String item) {
            return new Decoded(item, charset, how);
        }
    }

    static String decode(byte[] bytes, IngestOptions options) throws IngestException {
        return decodeReporting(bytes, options.maxBytes()).text();
    }

    static Text decodeReporting(byte[] bytes, long maxBytes) throws IngestException {
        if (bytes.length > maxBytes) {
            throw new IngestException("oversize: " + bytes.length + " bytes, limit " + maxBytes);
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) {
            return checkText(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE", "byte-order mark");
        }
        if (bytes.length >= 2 && bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) {
            return checkText(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE", "byte-order mark");
        }
        boolean bom =
                bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        int offset = bom ? 3 : 0;
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
        String utf8 = strict(bytes, offset, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return checkText(utf8, "UTF-8", bom ? "byte-order mark" : "valid UTF-8");
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null) {
            String text = strict(bytes, 0, declared);
            if (text != null) {
                return checkText(text, declared.name(), "declared by the page");
            }
        }
        Charset guess = WINDOWS_1252;
        String how = "not UTF-8, no confident guess: the legacy default";
        CharsetMatch match = detect(bytes);
        if (match != null && match.getConfidence() >= MIN_CONFIDENCE && Charset.isSupported(match.getName())) {
            Charset c = Charset.forName(match.getName());
            boolean latin = c.equals(StandardCharsets.ISO_8859_1)
                    || c.equals(WINDOWS_1252)
                    || c.name().equals("US-ASCII");
            guess = latin ? WINDOWS_1252 : c;
            how = "detected (ICU " + match.getName() + ", confidence " + match.getConfidence() + ")";
        }
        String text = strict(bytes, 0, guess);
        if (text == null && guess.equals(WINDOWS_1252)) {
            return checkText(
                    new String(bytes, StandardCharsets.ISO_8859_1),
                    "ISO-8859-1",
                    how + "; bytes undefined in windows-1252, so Latin-1");
        }
        if (text == null) {
            text = strict(bytes, 0, WINDOWS_1252);
            if (text == null) {
                return checkText(
                        new String(bytes, StandardCharsets.ISO_8859_1),
                        "ISO-8859-1",
                        "the guess " + guess.name() + " did not decode; Latin-1");
            }
            return checkText(text, "windows-1252", "the guess " + guess.name() + " did not decode");
        }
        return checkText(text, guess.name(), how);
    }

    /** ICU's best guess among the charsets it can tell apart; null when it has none. */
    private static CharsetMatch detect(byte[] bytes) {
        try {
            CharsetDetector d = new CharsetDetector();
            d.setText(bytes.length > 64 * 1024 ? java.util.Arrays.copyOf(bytes, 64 * 1024) : bytes);
            return d.detect();
        } catch (RuntimeException e) {
            return null; // a detector failure leaves the default
        }
    }

    /** The bytes decoded in a charset with no replacement characters, or null when they do not decode. */
    private static String strict(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The charset a page declares in its first kilobytes ({@code <meta charset>}, XML prolog) other than UTF-8; or null. */
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
        return null;
    }

    static Text checkText(String text, String charset, String how) throws IngestException {
        if (text == null) {
            throw new IngestException("undecodable bytes in " + charset);
        }
        if (text.isBlank()) {
            throw new IngestException("empty: no text");
        }
        return new Text(text, charset, how);
    }
}
