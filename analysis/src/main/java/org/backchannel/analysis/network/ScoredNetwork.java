package org.backchannel.analysis.network;

import java.util.Map;

/**
 * A network view with each vertex's community and betweenness (exact for small graphs, estimated
 * from a sample of sources for large ones: {@link Betweenness}): what {@code backchannel network} and
 * {@code /api/network} show, and what brokers are ranked on.
 */
public record ScoredNetwork(ActorNetwork net, Betweenness betweenness, Map<String, Integer> communities) {
    public static ScoredNetwork of(ActorNetwork net) {
        return new ScoredNetwork(net, Betweenness.of(net.graph()), Communities.of(net));
    }
}
