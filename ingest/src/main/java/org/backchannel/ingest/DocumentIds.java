package org.backchannel.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Document ids from file names, and content hashes for idempotent re-ingest. */
public final class DocumentIds {
    private DocumentIds() {}

    /** "01-Doha Talks.html" gives "01-doha-talks". */
    public static String fromFileName(String fileName) {
        String base = fileName.replaceFirst("\\.[A-Za-z0-9]{1,6}$", "");
        String ascii = Normalizer.normalize(base, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return slug.isEmpty() ? "doc" : slug;
    }

    /** "https://www.example.com/world/2025/03/04/doha-talks.html?x=1" gives "example-com-world-2025-03-04-doha-talks". */
    public static String fromUrl(String url) {
        String rest = url.replaceFirst("^[A-Za-z][A-Za-z0-9+.-]*://", "")
                .replaceFirst("^www\\.", "")
                .replaceFirst("[?#].*$", "");
        String slug = fromFileName(rest.replaceFirst("/+$", ""));
        return slug.length() > 96 ? slug.substring(0, 96).replaceFirst("-$", "") : slug;
    }

    /** SHA-256 of the text with whitespace and case folded, so trivial re-formatting hashes the same. */
    public static String contentHash(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .replaceAll("\\s+", " ")
                .trim()
                .toLowerCase(Locale.ROOT);
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
