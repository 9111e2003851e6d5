package org.backchannel.analysis.backchannels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.backchannel.model.Event;

/**
 * Finds backchannels: contact events (roots 03–06) between two countries that are secret or carried
 * by a third party, where the same pair's other events in the window are hostile — a negative
 * Goldstein balance or any event in the conflict quad classes.
 */
public final class BackchannelDetector {

    public List<Backchannel> detect(List<Event> events, Function<String, String> countryOfActor) {
        Map<String, List<Event>> contacts = new LinkedHashMap<>();
        Map<String, double[]> hostility = new LinkedHashMap<>();
        for (Event e : events) {
            String a = e.source().country();
            String b = e.target().country();
            if (a == null || b == null || a.equals(b)) {
                continue;
            }
            String pair = a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
            int root = Integer.parseInt(e.code().root());
            boolean contact = root >= 3 && root <= 6;
            boolean covert = e.epistemic().secret() || e.epistemic().mediator() != null;
            if (contact && covert) {
                contacts.computeIfAbsent(pair, k -> new ArrayList<>()).add(e);
            } else {
                double[] h = hostility.computeIfAbsent(pair, k -> new double[2]);
                h[0] += e.code().goldstein();
                if (e.code().quadClass() >= 3) {
                    h[1]++;
                }
            }
        }
        List<Backchannel> out = new ArrayList<>();
        for (Map.Entry<String, List<Event>> c : contacts.entrySet()) {
            double[] h = hostility.getOrDefault(c.getKey(), new double[2]);
            if (h[0] >= 0 && h[1] == 0) {
                continue; // friendly or unknown public relation: a quiet contact, not a backchannel
            }
            LinkedHashSet<String> mediators = new LinkedHashSet<>();
            for (Event e : c.getValue()) {
                if (e.epistemic().mediator() != null) {
                    mediators.add(e.epistemic().mediator());
                }
            }
            String[] ab = c.getKey().split("\\|");
            out.add(new Backchannel(ab[0], ab[1], new ArrayList<>(mediators), h[0], (int) h[1], c.getValue()));
        }
        out.sort(Comparator.comparingInt((Backchannel x) -> x.contacts().size())
                .reversed()
                .thenComparingDouble(Backchannel::hostility));
        return out;
    }
}
