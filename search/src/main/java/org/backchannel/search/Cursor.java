package org.backchannel.search;

/** Page cursors: the offset of the page's first hit, written as {@code o<offset>} so it stays opaque to callers. */
final class Cursor {
    private static final int MAX_OFFSET = 10_000;

    private Cursor() {}

    static int offset(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        if (cursor.length() > 6 || !cursor.matches("o\\d+")) {
            throw new IllegalArgumentException("bad cursor " + cursor);
        }
        int n = Integer.parseInt(cursor.substring(1));
        if (n > MAX_OFFSET) {
            throw new IllegalArgumentException("cursor beyond " + MAX_OFFSET + " hits; narrow the search");
        }
        return n;
    }

    static String at(int offset) {
        return "o" + offset;
    }
}
