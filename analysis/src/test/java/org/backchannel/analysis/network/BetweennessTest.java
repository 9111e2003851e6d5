package org.backchannel.analysis.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.junit.jupiter.api.Test;

/** The betweenness estimate: from every source it is JGraphT's exact score; from a sample it still finds the hubs. */
class BetweennessTest {
    @Test
    void fromEverySourceItIsExact() {
        Graph<String, DyadEdge> g = random(80, 400, 7);
        Map<String, Double> exact = new BetweennessCentrality<>(g, true).getScores();
        Betweenness all = Betweenness.sampled(g, g.vertexSet().size());
        assertTrue(all.exact());
        for (String v : g.vertexSet()) {
            assertEquals(exact.get(v), all.scores().get(v), 1e-12, v);
        }
    }

    @Test
    void largeGraphsAreEstimatedFromASampleThatStillFindsTheHubs() {
        Graph<String, DyadEdge> g = random(Betweenness.EXACT_LIMIT + 200, 6000, 11);
        // three hubs that every chain of the graph passes through
        List<String> hubs = List.of("hub-a", "hub-b", "hub-c");
        Random r = new Random(3);
        for (String h : hubs) {
            g.addVertex(h);
            for (int i = 0; i < 300; i++) {
                String a = "v" + r.nextInt(Betweenness.EXACT_LIMIT + 200);
                String b = "v" + r.nextInt(Betweenness.EXACT_LIMIT + 200);
                if (!a.equals(b)) {
                    addEdge(g, a, h);
                    addEdge(g, h, b);
                }
            }
        }
        Betweenness estimate = Betweenness.of(g);
        assertFalse(estimate.exact());
        assertEquals(Betweenness.SAMPLED_SOURCES, estimate.sources());
        assertEquals(g.vertexSet(), estimate.scores().keySet());
        List<String> top = estimate.scores().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()))
                .limit(3)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        assertEquals(hubs, top);
        assertEquals(estimate.scores(), Betweenness.of(g).scores(), "the same graph gets the same estimate");
    }

    private static Graph<String, DyadEdge> random(int vertices, int edges, long seed) {
        Graph<String, DyadEdge> g = new DefaultDirectedGraph<>(DyadEdge.class);
        Random r = new Random(seed);
        for (int i = 0; i < vertices; i++) {
            g.addVertex("v" + i);
        }
        for (int i = 0; i < edges; i++) {
            int a = r.nextInt(vertices);
            int b = r.nextInt(vertices);
            if (a != b) {
                addEdge(g, "v" + a, "v" + b);
            }
        }
        return g;
    }

    private static void addEdge(Graph<String, DyadEdge> g, String a, String b) {
        if (!g.containsEdge(a, b)) {
            g.addEdge(a, b, new DyadEdge(a, b));
        }
    }
}
