package org.backchannel.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a page of events ended: the sort it was in, the last event's sort key and id. Travels as an
 * opaque URL-safe token; a token from another sort, or one that was tampered with, is refused.
 */
public record EventCursor(EventSort sort, String key, String id) {

    public String token() {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(("1\n" + sort.label() + "\n" + key + "\n" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token written by {@link #token()} for a listing in {@code sort}. */
    public static EventCursor parse(String token, EventSort sort) {
        String[] parts;
        try {
            parts = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8).split("\n", 4);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad cursor: not a token this server gave out");
        }
        if (parts.length != 4 || !parts[0].equals("1")) {
            throw new IllegalArgumentException("bad cursor: not a token this server gave out");
        }
        if (!parts[1].equals(sort.label())) {
            throw new IllegalArgumentException(
                    "bad cursor: it continues a listing sorted by " + parts[1] + ", not " + sort.label());
        }
        if (sort.type.equals("DOUBLE")) {
            try {
                Double.parseDouble(parts[2]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad cursor: not a token this server gave out");
            }
        } else if (!parts[2].matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new IllegalArgumentException("bad cursor: not a token this server gave out");
        }
        return new EventCursor(sort, parts[2], parts[3]);
    }
}
