package org.backchannel.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What the index holds of one stored document: its text, its sentences and the facts of its events.
 *
 * @param labels readable names for facet values, keyed {@code dimension/value} ({@code actor/usa} → United States)
 */
record IndexedDocument(
        String id,
        String title,
        LocalDate published,
        String body,
        List<Sentence> sentences,
        List<EventFacts> events,
        Map<String, String> labels) {

    /** One sentence as stored. */
    record Sentence(int index, String text) {}

    /** What one event contributes to facets, filters and relatedness. */
    record EventFacts(
            String id,
            int sentence,
            LocalDate day,
            String source,
            String target,
            String sourceText,
            String targetText,
            String sourceCountry,
            String targetCountry,
            String code,
            String root) {

        List<String> actors() {
            return java.util.stream.Stream.of(source, target)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
        }

        List<String> countries() {
            return java.util.stream.Stream.of(sourceCountry, targetCountry)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
        }

        /** The unordered pair of actors ({@code a~b}), or null when a side is unresolved or both are one actor. */
        String dyad() {
            if (source == null || target == null || source.equals(target)) {
                return null;
            }
            return source.compareTo(target) < 0 ? source + "~" + target : target + "~" + source;
        }

        /** The code between the ordered pair ({@code 046 usa>ven}), or null when a side is unresolved. */
        String signature() {
            return source == null || target == null || source.equals(target)
                    ? null
                    : code + " " + source + ">" + target;
        }
    }

    List<EventFacts> eventsOf(int sentence) {
        return events.stream().filter(e -> e.sentence() == sentence).toList();
    }

    /** Distinct values over all events, sorted. */
    static TreeSet<String> collect(
            List<EventFacts> events, java.util.function.Function<EventFacts, List<String>> values) {
        TreeSet<String> out = new TreeSet<>();
        events.forEach(e -> values.apply(e).stream().filter(Objects::nonNull).forEach(out::add));
        return out;
    }
}
