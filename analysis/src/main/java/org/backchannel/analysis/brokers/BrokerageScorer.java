package org.backchannel.analysis.brokers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.Betweenness;
import org.backchannel.analysis.network.DyadEdge;
import org.backchannel.model.Event;
import org.jgrapht.Graph;

/**
 * Ranks brokers by Gould and Fernandez's brokerage roles (Gould, R. V. and Fernandez, R. M. (1989),
 * "Structures of mediation: a formal approach to brokerage in transaction networks", Sociological
 * Methodology 19): for every two-step path a → b → c, b is a coordinator (a, b, c of one group),
 * gatekeeper (b and c of one group), representative (a and b of one group), consultant (a and c of one
 * group, b outside) or liaison (three groups). Groups are countries. Contacts the texts say a third
 * party carried ("through Qatar") count as the paths a → mediator → b and back, plus
 * {@link #MEDIATION_WEIGHT} per event; Brandes betweenness centrality is added last (estimated from
 * a sample of sources above {@link Betweenness#EXACT_LIMIT} vertices).
 */
public final class BrokerageScorer {
    static final double MEDIATION_WEIGHT = 3.0;

    public List<Broker> rank(ActorNetwork net, List<Event> events, Function<String, String> groupOf) {
        return rank(net, Betweenness.of(net.graph()), events, groupOf);
    }

    /** Ranks with the betweenness already computed for this network. */
    public List<Broker> rank(
            ActorNetwork net, Betweenness centrality, List<Event> events, Function<String, String> groupOf) {
        Graph<String, DyadEdge> g = net.graph();
        Map<String, Map<String, Integer>> roles = new TreeMap<>();
        Map<String, TreeSet<String>> between = new TreeMap<>();
        Map<String, Integer> mediated = new TreeMap<>();
        for (String b : g.vertexSet()) {
            for (DyadEdge in : g.incomingEdgesOf(b)) {
                for (DyadEdge out : g.outgoingEdgesOf(b)) {
                    String a = in.source();
                    String c = out.target();
                    if (a.equals(c)) {
                        continue;
                    }
                    count(roles, between, b, a, c, groupOf);
                }
            }
        }
        for (Event e : events) {
            String m = e.epistemic().mediator();
            if (m == null || e.source().actorId() == null || e.target().actorId() == null) {
                continue;
            }
            String vm = net.view().countryLevel() ? groupOf.apply(m) : m;
            String va = net.view().countryLevel()
                    ? e.source().country()
                    : e.source().actorId();
            String vc = net.view().countryLevel()
                    ? e.target().country()
                    : e.target().actorId();
            if (vm == null || va == null || vc == null) {
                continue;
            }
            mediated.merge(vm, 1, Integer::sum);
            count(roles, between, vm, va, vc, groupOf);
            count(roles, between, vm, vc, va, groupOf);
        }
        Map<String, Double> betweenness = centrality.scores();
        List<Broker> out = new ArrayList<>();
        for (Map.Entry<String, Map<String, Integer>> r : roles.entrySet()) {
            String b = r.getKey();
            int paths =
                    r.getValue().values().stream().mapToInt(Integer::intValue).sum();
            int med = mediated.getOrDefault(b, 0);
            double bc = betweenness.getOrDefault(b, 0.0);
            double score = paths + MEDIATION_WEIGHT * med + bc;
            out.add(new Broker(
                    b,
                    net.name(b),
                    Math.round(score * 100) / 100.0,
                    r.getValue(),
                    new ArrayList<>(between.get(b)),
                    med,
                    bc));
        }
        out.sort(Comparator.comparingDouble(Broker::score).reversed().thenComparing(Broker::actor));
        return out;
    }

    private static void count(
            Map<String, Map<String, Integer>> roles,
            Map<String, TreeSet<String>> between,
            String b,
            String a,
            String c,
            Function<String, String> groupOf) {
        String ga = groupOf.apply(a);
        String gb = groupOf.apply(b);
        String gc = groupOf.apply(c);
        String role = role(ga, gb, gc);
        roles.computeIfAbsent(b, k -> new LinkedHashMap<>()).merge(role, 1, Integer::sum);
        if (ga != null && gc != null && !ga.equals(gc)) {
            String pair = ga.compareTo(gc) < 0 ? ga + "–" + gc : gc + "–" + ga;
            between.computeIfAbsent(b, k -> new TreeSet<>()).add(pair);
        } else {
            between.computeIfAbsent(b, k -> new TreeSet<>());
        }
    }

    /** The Gould–Fernandez role of b on the path a → b → c, given the groups of the three. */
    static String role(String ga, String gb, String gc) {
        boolean ab = eq(ga, gb);
        boolean bc = eq(gb, gc);
        boolean ac = eq(ga, gc);
        if (ab && bc) {
            return "coordinator";
        }
        if (bc) {
            return "gatekeeper";
        }
        if (ab) {
            return "representative";
        }
        if (ac) {
            return "consultant";
        }
        return "liaison";
    }

    private static boolean eq(String x, String y) {
        return x != null && x.equals(y);
    }
}
