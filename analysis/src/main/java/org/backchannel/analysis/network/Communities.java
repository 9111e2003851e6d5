package org.backchannel.analysis.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.alg.clustering.LabelPropagationClustering;
import org.jgrapht.graph.AsUndirectedGraph;

/**
 * Communities of the actor network by label propagation (Raghavan, Albert and Kumara (2007), "Near
 * linear time algorithm to detect community structures in large-scale networks", Physical Review E
 * 76), on the undirected view, with a fixed seed so runs repeat.
 */
public final class Communities {
    private static final long SEED = 7;

    private Communities() {}

    /** Vertex to community number, largest community first. */
    public static Map<String, Integer> of(ActorNetwork net) {
        Map<String, Integer> out = new HashMap<>();
        if (net.graph().vertexSet().isEmpty()) {
            return out;
        }
        var clustering = new LabelPropagationClustering<>(
                        new AsUndirectedGraph<>(net.graph()), 0, new java.util.Random(SEED))
                .getClustering();
        List<Set<String>> clusters = new java.util.ArrayList<>(clustering.getClusters());
        clusters.sort((a, b) -> Integer.compare(b.size(), a.size()));
        for (int i = 0; i < clusters.size(); i++) {
            for (String v : clusters.get(i)) {
                out.put(v, i);
            }
        }
        return out;
    }

    /** The sum of event counts on a vertex's edges, in and out: weighted degree centrality. */
    public static int weightedDegree(ActorNetwork net, String v) {
        int sum = 0;
        for (DyadEdge e : net.graph().edgesOf(v)) {
            sum += e.count();
        }
        return sum;
    }
}
