package org.backchannel.coder.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.backchannel.coder.actors.Names;
import org.backchannel.model.Event;
import org.backchannel.model.Evidence;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;

/**
 * A headline and the body sentence that tells the same thing give one event, not two: an event read
 * from the headline is dropped when a body event has its root and its sides' countries (either way
 * round for mutual codes), and the headline is kept as that event's second evidence span. A
 * headline event the body does not repeat stays.
 */
public final class HeadlineMerge {
    private HeadlineMerge() {}

    public static List<Event> merge(ParsedDocument doc, List<Event> events) {
        Set<Integer> headlines = headlineSentences(doc);
        if (headlines.isEmpty()) {
            return events;
        }
        List<Event> out = new ArrayList<>();
        List<Event> fromHeadline = new ArrayList<>();
        for (Event e : events) {
            (headlines.contains(e.primaryEvidence().sentence()) ? fromHeadline : out).add(e);
        }
        for (Event h : fromHeadline) {
            int same = -1;
            for (int i = 0; i < out.size() && same < 0; i++) {
                if (sameEvent(h, out.get(i))) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(h);
                continue;
            }
            Event body = out.get(same);
            List<Evidence> evidence = new ArrayList<>(body.evidence());
            evidence.addAll(h.evidence());
            out.set(same, body.withEvidence(evidence));
        }
        out.sort(java.util.Comparator.comparingInt(
                        (Event e) -> e.primaryEvidence().sentence())
                .thenComparingInt(Event::predicateToken));
        return out;
    }

    /**
     * Sentences that are the document's title, and a first line set off as a headline: no closing
     * punctuation, a blank line after it.
     */
    static Set<Integer> headlineSentences(ParsedDocument doc) {
        Set<Integer> out = new HashSet<>();
        if (!doc.sentences().isEmpty()) {
            ParsedSentence first = doc.sentences().get(0);
            String text = doc.document().text();
            String line = first.text().strip();
            boolean unpunctuated = !line.isEmpty() && ".!?\"'”’".indexOf(line.charAt(line.length() - 1)) < 0;
            int end = Math.min(text.length(), first.charEnd());
            String after = text.substring(end, Math.min(text.length(), end + 3));
            if (unpunctuated && doc.sentences().size() > 1 && after.startsWith("\n")) {
                out.add(first.index());
            }
        }
        String title =
                doc.document().title() == null ? null : key(doc.document().title());
        for (ParsedSentence s : doc.sentences()) {
            String k = key(s.text());
            if (title != null && !k.isEmpty() && (title.equals(k) || title.startsWith(k) || k.startsWith(title))) {
                out.add(s.index());
            }
        }
        return out;
    }

    private static String key(String s) {
        return Names.normalize(s).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static boolean sameEvent(Event a, Event b) {
        if (!a.code().root().equals(b.code().root())) {
            return false;
        }
        boolean direct = Objects.equals(a.source().country(), b.source().country())
                && Objects.equals(a.target().country(), b.target().country());
        boolean swapped = a.code().isMutual()
                && Objects.equals(a.source().country(), b.target().country())
                && Objects.equals(a.target().country(), b.source().country());
        return (direct || swapped)
                && (a.source().country() != null || a.target().country() != null);
    }
}
