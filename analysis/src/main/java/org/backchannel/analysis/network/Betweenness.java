package org.backchannel.analysis.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * Normalized betweenness centrality of the actor graph. Exact (Brandes, JGraphT) up to
 * {@link #EXACT_LIMIT} vertices; above that, Brandes' accumulation from {@link #SAMPLED_SOURCES}
 * source vertices drawn with a fixed seed, scaled by vertices / sources (Brandes and Pich 2007,
 * "Centrality estimation in large networks"): exact betweenness of the 2,000 actors of a year of
 * 100,000 events takes minutes, the estimate a fraction of a second, and the same graph always
 * gets the same estimate.
 *
 * @param scores   each vertex's betweenness, normalized as JGraphT's (divided by (n−1)(n−2))
 * @param sources  how many vertices the shortest paths were counted from (all of them when exact)
 */
public record Betweenness(Map<String, Double> scores, int sources) {
    /** Above this many vertices betweenness is estimated. */
    public static final int EXACT_LIMIT = 1000;
    /** How many source vertices an estimate counts shortest paths from. */
    public static final int SAMPLED_SOURCES = 256;

    private static final long SEED = 42;

    public static Betweenness of(Graph<String, DyadEdge> g) {
        int n = g.vertexSet().size();
        if (n <= EXACT_LIMIT) {
            return new Betweenness(n == 0 ? Map.of() : new BetweennessCentrality<>(g, true).getScores(), n);
        }
        return sampled(g, SAMPLED_SOURCES);
    }

    /** True when counted from every vertex. */
    public boolean exact() {
        return sources >= scores.size();
    }

    /** Brandes' algorithm from {@code k} sources drawn with a fixed seed (all of them when k ≥ n), scaled by n/k. */
    static Betweenness sampled(Graph<String, DyadEdge> g, int k) {
        List<String> vertices = new ArrayList<>(g.vertexSet());
        Collections.sort(vertices);
        int n = vertices.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            index.put(vertices.get(i), i);
        }
        int[][] out = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = g.outgoingEdgesOf(vertices.get(i)).stream()
                    .mapToInt(e -> index.get(g.getEdgeTarget(e)))
                    .distinct()
                    .toArray();
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(SEED));
        int sources = Math.min(k, n);
        double[] centrality = new double[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        int[] dist = new int[n];
        int[] stack = new int[n];
        List<List<Integer>> preds = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            preds.add(new ArrayList<>());
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int t = 0; t < sources; t++) {
            int s = order.get(t);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            Arrays.fill(dist, -1);
            preds.forEach(List::clear);
            sigma[s] = 1;
            dist[s] = 0;
            queue.add(s);
            int top = 0;
            while (!queue.isEmpty()) {
                int v = queue.poll();
                stack[top++] = v;
                for (int w : out[v]) {
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        queue.add(w);
                    }
                    if (dist[w] == dist[v] + 1) {
                        sigma[w] += sigma[v];
                        preds.get(w).add(v);
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int v : preds.get(w)) {
                    delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) {
                    centrality[w] += delta[w];
                }
            }
        }
        double scale = (double) n / sources;
        double norm = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
        Map<String, Double> scores = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            scores.put(vertices.get(i), centrality[i] * scale * norm);
        }
        return new Betweenness(scores, sources);
    }
}
