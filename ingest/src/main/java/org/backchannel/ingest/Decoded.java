package org.backchannel.ingest;

/**
 * How an item's bytes were turned into text: the charset used and why (byte-order mark, valid UTF-8,
 * the page's declaration, or the detector's guess with its confidence).
 *
 * @param item    the file, line or "stdin"
 * @param charset the charset's name, e.g. "UTF-8", "windows-1252"
 * @param how     the reason, e.g. "byte-order mark", "detected (ICU, confidence 62)"
 */
public record Decoded(String item, String charset, String how) {
    /** Whether the item was anything but plain UTF-8 (the decisions worth telling the user). */
    public boolean notable() {
        return !charset.equals("UTF-8") || how.contains("byte-order");
    }

    @Override
    public String toString() {
        return item + ": read as " + charset + " (" + how + ")";
    }
}
