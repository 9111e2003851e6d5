package org.backchannel.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Repairs text as feeds and scrapers hand it over, before anything else reads it: HTML entities left
 * in text ({@code &amp;}, {@code &#39;}), entities that lost their ampersand in wire data ({@code #39;s},
 * {@code quot;}), escaping applied twice, escaped tags ({@code &lt;b&gt;}), and UTF-8 that was read
 * as Latin-1 or Windows-1252 ("RodrÃ­guez"). Each repair applies only where the result is certain.
 */
public final class TextRepair {
    /** Entities whose ampersand feeds drop ("#39;s", "quot;"); only these few, since "not;" is an entity too. */
    private static final Pattern BARE_NUMERIC = Pattern.compile("(?<![&#])(#\\d{2,5};|#x\\p{XDigit}{2,4};)");

    private static final Pattern BARE_NAMED = Pattern.compile("(?<![&\\p{L}\\d#;])((?:quot|amp|apos|lt|gt|nbsp);)");
    /** "world #39;s": the feed put a space where the ampersand of an apostrophe was. */
    /** "a shock quot; to": a closing quotation mark the feed set apart by a space. */
    private static final Pattern SPACED_CLOSING_QUOTE =
            Pattern.compile("(?<=[\\p{L}\\d.,!?]) (?:&)?quot;(?=[\\s.,;:!?)]|$)");

    private static final Pattern SPACED_APOSTROPHE = Pattern.compile("(?<=[\\p{L}\\d]) #(?:39|x27|8217);(?=\\p{L})");
    private static final Pattern ENTITY =
            Pattern.compile("&(?:#\\d{1,6}|#[xX]\\p{XDigit}{1,5}|[A-Za-z][A-Za-z0-9]{1,31});?");
    private static final Pattern TAG =
            Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)\\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*/?>");
    /** Windows-1252 characters that stand for the bytes 0x80-0xBF, the continuation bytes of UTF-8. */
    private static final String CONTINUATION =
            "[\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC"
                    + "\\u2013\\u2014\\u2018\\u2019\\u201A\\u201C\\u201D\\u201E\\u2020\\u2021\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122]";
    /** A lead byte of a two-, three- or four-byte UTF-8 sequence seen as Windows-1252, with its continuation bytes. */
    private static final Pattern MOJIBAKE = Pattern.compile("[\\u00C2-\\u00DF]" + CONTINUATION + "|[\\u00E0-\\u00EF]"
            + CONTINUATION + "{2}|[\\u00F0-\\u00F4]" + CONTINUATION + "{3}");

    private static final Pattern ESCAPED_PUNCTUATION = Pattern.compile("\\\\([$\"'])");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int MAX_ROUNDS = 3;

    private TextRepair() {}

    /** The text with entities decoded (however often they were escaped), escaped tags dropped and mojibake undone. */
    public static String repair(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String t = SPACED_APOSTROPHE.matcher(text).replaceAll("'");
        t = SPACED_CLOSING_QUOTE.matcher(t).replaceAll("\"");
        t = BARE_NAMED.matcher(BARE_NUMERIC.matcher(t).replaceAll("&$1")).replaceAll("&$1");
        for (int round = 0; round < MAX_ROUNDS && ENTITY.matcher(t).find(); round++) {
            String decoded = Parser.unescapeEntities(t, false);
            if (decoded.equals(t)) {
                break;
            }
            t = decoded;
        }
        t = dropTags(t);
        t = ESCAPED_PUNCTUATION.matcher(t).replaceAll("$1");
        t = undoMojibake(t);
        return t.replace('\u00a0', ' ');
    }

    /** Drops markup that decoding turned back into tags; "a < b" and "<unknown>" stay as they are. */
    static String dropTags(String text) {
        if (text.indexOf('<') < 0) {
            return text;
        }
        Matcher m = TAG.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
            boolean known = Tag.isKnownTag(name);
            boolean breaks = name.equals("p") || name.equals("br") || name.equals("div") || name.equals("li");
            m.appendReplacement(out, known ? (breaks ? " " : "") : Matcher.quoteReplacement(m.group()));
        }
        m.appendTail(out);
        return out.toString().replaceAll("[ \\t]{2,}", " ");
    }

    /** Re-reads each run that UTF-8 read as Windows-1252 would produce; leaves runs alone that do not decode. */
    static String undoMojibake(String text) {
        Matcher m = MOJIBAKE.matcher(text);
        StringBuilder out = new StringBuilder();
        boolean changed = false;
        while (m.find()) {
            String fixed = asUtf8(m.group());
            changed |= fixed != null;
            m.appendReplacement(out, Matcher.quoteReplacement(fixed != null ? fixed : m.group()));
        }
        if (!changed) {
            return text;
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String asUtf8(String run) {
        byte[] bytes = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            if (c < 0x100) {
                bytes[i] = (byte) c;
            } else {
                byte[] b = String.valueOf(c).getBytes(WINDOWS_1252);
                if (b.length != 1 || b[0] == '?') {
                    return null;
                }
                bytes[i] = b[0];
            }
        }
        try {
            String s = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return s.length() == 1 || s.codePointCount(0, s.length()) == 1 ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
