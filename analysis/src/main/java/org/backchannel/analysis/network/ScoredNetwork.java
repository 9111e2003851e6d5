package org.backchannel.analysis.network;

import java.util.Map;
import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * A network view with each vertex's community and, when the graph is small enough, its exact
 * betweenness: what {@code backchannel network} and {@code /api/network} show.
 */
public record ScoredNetwork(ActorNetwork net, Map<String, Double> betweenness, Map<String, Integer> communities) {
    /**
     * Exact betweenness costs O(V·E): a second for the 100 countries of 100,000 events, two minutes for
     * their 2,000 actors. Above this many vertices it is left out.
     */
    public static final int BETWEENNESS_LIMIT = 1000;

    public static ScoredNetwork of(ActorNetwork net) {
        Map<String, Double> betweenness = net.graph().vertexSet().size() <= BETWEENNESS_LIMIT
                ? new BetweennessCentrality<>(net.graph(), true).getScores()
                : Map.of();
        return new ScoredNetwork(net, betweenness, Communities.of(net));
    }

    /** True when every vertex has its betweenness (an empty graph has nothing to leave out). */
    public boolean hasBetweenness() {
        return net.graph().vertexSet().isEmpty() || !betweenness.isEmpty();
    }
}
