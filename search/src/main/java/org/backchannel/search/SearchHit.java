package org.backchannel.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One hit: a sentence (or, in document scope, the document's best passage) as plain text with the
 * query's matches as offsets. The text is never markup; {@link #markedHtml()} escapes it.
 *
 * @param documentId the stored document
 * @param sentence   the sentence's index in the document, or -1 for a document hit
 * @param title      the document's title, or null
 * @param date       the document's publication date, or null
 * @param text       the sentence or passage, as stored
 * @param matches    where the query's terms matched in {@code text}, in order, not overlapping
 * @param eventIds   stored events coded from this sentence (empty for document hits)
 */
public record SearchHit(
        String documentId,
        int sentence,
        String title,
        LocalDate date,
        String text,
        List<Span> matches,
        List<String> eventIds,
        float score) {
    public SearchHit {
        matches = List.copyOf(matches);
        eventIds = List.copyOf(eventIds);
    }

    /** The text HTML-escaped, each match wrapped in {@code <mark>}: safe to put into a page as markup. */
    public String markedHtml() {
        StringBuilder out = new StringBuilder(text.length() + 16 * matches.size());
        int at = 0;
        for (Span m : matches) {
            escape(text.substring(at, m.start()), out);
            out.append("<mark>");
            escape(text.substring(m.start(), m.end()), out);
            out.append("</mark>");
            at = m.end();
        }
        escape(text.substring(at), out);
        return out.toString();
    }

    private static void escape(String s, StringBuilder out) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
    }
}
