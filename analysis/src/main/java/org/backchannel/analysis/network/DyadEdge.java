package org.backchannel.analysis.network;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.backchannel.model.Event;

/**
 * What one actor did to another over a span: event count, Goldstein total and mean, quad-class mix,
 * first and last date, statuses, and the ids of the events (the evidence).
 */
public final class DyadEdge {
    private final String source;
    private final String target;
    private int count;
    private double goldstein;
    private final int[] quads = new int[5];
    private LocalDate first;
    private LocalDate last;
    private final Map<String, Integer> statuses = new TreeMap<>();
    private final List<String> events = new ArrayList<>();
    private int secret;
    private int mediated;

    DyadEdge(String source, String target) {
        this.source = source;
        this.target = target;
    }

    void add(Event e) {
        count++;
        goldstein += e.code().goldstein();
        quads[e.code().quadClass()]++;
        if (e.date() != null) {
            LocalDate d = e.date().day();
            first = first == null || d.isBefore(first) ? d : first;
            last = last == null || d.isAfter(last) ? d : last;
        }
        statuses.merge(e.epistemic().status().label(), 1, Integer::sum);
        events.add(e.id());
        if (e.epistemic().secret()) {
            secret++;
        }
        if (e.epistemic().mediator() != null) {
            mediated++;
        }
    }

    public String source() {
        return source;
    }

    public String target() {
        return target;
    }

    public int count() {
        return count;
    }

    public double goldsteinTotal() {
        return goldstein;
    }

    public double goldsteinMean() {
        return count == 0 ? 0 : goldstein / count;
    }

    /** Events per quad class 1..4. */
    public int quad(int q) {
        return quads[q];
    }

    public LocalDate first() {
        return first;
    }

    public LocalDate last() {
        return last;
    }

    public Map<String, Integer> statuses() {
        return statuses;
    }

    public List<String> events() {
        return events;
    }

    public int secret() {
        return secret;
    }

    public int mediated() {
        return mediated;
    }

    @Override
    public String toString() {
        return source + "->" + target + " x" + count;
    }
}
