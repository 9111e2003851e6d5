package org.backchannel.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * Lucene's unified highlighter, asked for offsets instead of markup: each hit gets its best passage
 * as plain text with the matches' positions in it. Sentence hits keep their whole sentence; document
 * hits get their best sentence.
 */
final class OffsetHighlighter extends UnifiedHighlighter {
    /** A passage and where the query matched in it. */
    record Snippet(String text, List<Span> matches) {}

    private OffsetHighlighter(Builder b) {
        super(b);
    }

    static OffsetHighlighter of(IndexSearcher searcher, Analyzer analyzer, boolean wholeText) {
        Builder b = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new OffsetsFormatter())
                .withMaxLength(200_000)
                .withHighlightPhrasesStrictly(true)
                .withMaxNoHighlightPassages(1)
                .withBreakIterator(
                        wholeText ? WholeBreakIterator::new : () -> BreakIterator.getSentenceInstance(Locale.ROOT));
        return new OffsetHighlighter(b);
    }

    /** The best passage of {@code field} per document, in the order of {@code docIds}; null where the field is empty. */
    Snippet[] snippets(String field, Query query, int[] docIds) throws IOException {
        int[] passages = new int[] {1};
        Object[] found = highlightFieldsAsObjects(new String[] {field}, query, docIds, passages)
                .get(field);
        Snippet[] out = new Snippet[docIds.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = found == null ? null : (Snippet) found[i];
        }
        return out;
    }

    /** Turns passages into snippets: the passage's text, matches relative to it, merged where they touch. */
    private static final class OffsetsFormatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return null;
            }
            Passage p = passages[0];
            int start = p.getStartOffset();
            int end = Math.min(p.getEndOffset(), content.length());
            String text = content.substring(start, end);
            int lead = text.length() - text.stripLeading().length();
            text = text.strip();
            List<Span> raw = new ArrayList<>();
            for (int i = 0; i < p.getNumMatches(); i++) {
                int s = Math.max(0, p.getMatchStarts()[i] - start - lead);
                int e = Math.min(text.length(), p.getMatchEnds()[i] - start - lead);
                if (e > s) {
                    raw.add(new Span(s, e));
                }
            }
            raw.sort(java.util.Comparator.comparingInt(Span::start));
            List<Span> spans = new ArrayList<>();
            for (Span m : raw) {
                if (!spans.isEmpty() && m.start() <= spans.get(spans.size() - 1).end()) {
                    Span last = spans.remove(spans.size() - 1);
                    spans.add(new Span(last.start(), Math.max(last.end(), m.end())));
                } else {
                    spans.add(m);
                }
            }
            return new Snippet(text, spans);
        }
    }
}
