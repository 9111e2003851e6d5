package org.backchannel.analysis.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.backchannel.model.Event;

/** The events of an actor or a dyad in date order, with counts and Goldstein balance per period. */
public final class Timeline {
    private final List<Event> entries;
    private final List<Bucket> buckets;

    private Timeline(List<Event> entries, List<Bucket> buckets) {
        this.entries = entries;
        this.buckets = buckets;
    }

    /** Events that involve {@code a} (and {@code b}, when given), matched on actor id or country code. */
    public static Predicate<Event> involving(String a, String b) {
        return e -> b == null ? touches(e, a) : (touches(e, a) && touches(e, b));
    }

    private static boolean touches(Event e, String who) {
        return who.equalsIgnoreCase(String.valueOf(e.source().actorId()))
                || who.equalsIgnoreCase(String.valueOf(e.target().actorId()))
                || who.equalsIgnoreCase(String.valueOf(e.source().country()))
                || who.equalsIgnoreCase(String.valueOf(e.target().country()));
    }

    public static Timeline of(List<Event> events, Predicate<Event> filter, Granularity g) {
        List<Event> entries = events.stream()
                .filter(filter)
                .filter(e -> e.date() != null)
                .sorted(Comparator.comparing((Event e) -> e.date().day()).thenComparing(Event::id))
                .toList();
        TreeMap<LocalDate, double[]> sums = new TreeMap<>();
        for (Event e : entries) {
            double[] s = sums.computeIfAbsent(g.bucket(e.date().day()), k -> new double[2]);
            s[0]++;
            s[1] += e.code().goldstein();
        }
        List<LocalDate> starts = new ArrayList<>();
        if (!sums.isEmpty()) {
            for (LocalDate d = sums.firstKey(); !d.isAfter(sums.lastKey()); d = g.next(d)) {
                starts.add(d);
            }
        }
        int[] counts = new int[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            double[] s = sums.get(starts.get(i));
            counts[i] = s == null ? 0 : (int) s[0];
        }
        boolean[] spikes = new SpikeDetector().spikes(counts);
        double[] balance = new double[starts.size()];
        for (int i = 0; i < starts.size(); i++) {
            double[] s = sums.get(starts.get(i));
            balance[i] = s == null ? 0 : s[1];
        }
        boolean[] changes = new ChangePointDetector().changes(balance);
        List<Bucket> buckets = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            buckets.add(new Bucket(starts.get(i), counts[i], balance[i], spikes[i], changes[i]));
        }
        return new Timeline(entries, buckets);
    }

    public List<Event> entries() {
        return entries;
    }

    public List<Bucket> buckets() {
        return buckets;
    }
}
