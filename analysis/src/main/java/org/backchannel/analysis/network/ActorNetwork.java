package org.backchannel.analysis.network;

import java.util.Map;
import org.jgrapht.Graph;

/**
 * The actor graph: vertices are actor ids (or country codes at country level), directed edges carry
 * a {@link DyadEdge}; {@code names} gives each vertex a label.
 */
public record ActorNetwork(Graph<String, DyadEdge> graph, Map<String, String> names, NetworkView view) {

    public String name(String vertex) {
        return names.getOrDefault(vertex, vertex);
    }
}
