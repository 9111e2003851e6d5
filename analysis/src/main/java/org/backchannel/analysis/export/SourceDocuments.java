package org.backchannel.analysis.export;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.store.EventStore;

/** The stored documents as the event exports cite them: URL, dates, where the lead ends, body. */
public final class SourceDocuments {
    /**
     * One stored document.
     *
     * @param url       the article's URL, or null
     * @param title     the headline, or null
     * @param published the publication date, or null
     * @param ingested  the day it was ingested (always known)
     * @param leadEnd   offset where the lead paragraph ends (see {@link #leadEnd(String, int)})
     */
    public record SourceDocument(
            String id, String url, String title, LocalDate published, LocalDate ingested, int leadEnd, String body) {}

    private SourceDocuments() {}

    /**
     * The lead paragraph's end: the first blank line after the body's first text (paragraphs apart
     * by a blank line, text that is also hard-wrapped keeps its lead whole), else the first line
     * break, else, for a body written without line breaks, the end of its second sentence.
     */
    public static int leadEnd(String body, int secondSentenceEnd) {
        int start = 0;
        while (start < body.length() && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        java.util.regex.Matcher blank =
                java.util.regex.Pattern.compile("\\n[ \\t\\r]*\\n").matcher(body);
        if (blank.find(start)) {
            return blank.start();
        }
        int nl = body.indexOf('\n', start);
        return nl < 0 ? secondSentenceEnd : nl;
    }

    /** Every document of a store by id. */
    public static Map<String, SourceDocument> load(EventStore store) {
        Map<String, Integer> second = new HashMap<>();
        for (List<String> r :
                store.rows("SELECT document_id, max(char_end) FROM sentences WHERE idx < 2 GROUP BY document_id")) {
            second.put(r.get(0), Integer.parseInt(r.get(1)));
        }
        Map<String, SourceDocument> out = new LinkedHashMap<>();
        for (List<String> r : store.rows(
                "SELECT id, url, published, CAST(ingested_at AS DATE), body, title FROM documents ORDER BY id")) {
            String body = r.get(4);
            out.put(
                    r.get(0),
                    new SourceDocument(
                            r.get(0),
                            r.get(1).isEmpty() ? null : r.get(1),
                            r.get(5).isEmpty() ? null : r.get(5),
                            r.get(2).isEmpty() ? null : LocalDate.parse(r.get(2)),
                            LocalDate.parse(r.get(3)),
                            leadEnd(body, second.getOrDefault(r.get(0), body.length())),
                            body));
        }
        return out;
    }
}
