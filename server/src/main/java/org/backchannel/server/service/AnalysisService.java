package org.backchannel.server.service;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.analogs.AnalogMatch;
import org.backchannel.analysis.analogs.AnalogRetriever;
import org.backchannel.analysis.backchannels.Backchannel;
import org.backchannel.analysis.backchannels.BackchannelDetector;
import org.backchannel.analysis.brokers.Broker;
import org.backchannel.analysis.brokers.BrokerageScorer;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.Communities;
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.analysis.timeline.Granularity;
import org.backchannel.analysis.timeline.Timeline;
import org.backchannel.coder.history.EpisodeCatalog;
import org.jgrapht.alg.scoring.BetweennessCentrality;

/**
 * The analysis commands over the stored events, as the CLI runs them: the events and actors are
 * loaded once per store generation (reloaded after an ingest), and each network view's graph,
 * betweenness and communities are kept for the next request of the same view.
 */
public final class AnalysisService {
    private static final int NETWORKS_KEPT = 32;
    /**
     * Exact betweenness costs O(V·E): a second for the 100 countries of 100,000 events, two minutes for
     * their 2,000 actors. Above this many vertices it is left out of {@code /api/network} (brokers still rank by it).
     */
    public static final int BETWEENNESS_LIMIT = 1000;

    private final StorePool pool;
    private final AnalogRetriever analogs = new AnalogRetriever(EpisodeCatalog.defaults());
    private Workspace workspace;
    private long loadedGeneration = -1;
    /** The views computed or being computed: each is computed once however many requests ask for it at the same time. */
    private final Map<NetworkView, CompletableFuture<Network>> networks =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<NetworkView, CompletableFuture<Network>> eldest) {
                    return size() > NETWORKS_KEPT;
                }
            });

    /** A network view computed: the graph with each vertex's community, and its betweenness when the graph is small enough (else empty). */
    public record Network(ActorNetwork net, Map<String, Double> betweenness, Map<String, Integer> communities) {
        public boolean hasBetweenness() {
            return net.graph().vertexSet().isEmpty() || !betweenness.isEmpty();
        }
    }

    /** The features of a dyad's pattern and the closest past episodes. */
    public record Analogs(Set<String> features, List<AnalogMatch> matches) {}

    public AnalysisService(StorePool pool) {
        this.pool = pool;
    }

    /** The stored events and actors, reloaded when the store has changed since the last load. */
    public synchronized Workspace workspace() {
        long g = pool.generation();
        if (workspace == null || g != loadedGeneration) {
            workspace = pool.read(Workspace::load);
            loadedGeneration = g;
            networks.clear();
        }
        return workspace;
    }

    public Network network(NetworkView view) {
        Workspace w = workspace();
        CompletableFuture<Network> mine = new CompletableFuture<>();
        CompletableFuture<Network> cached = networks.putIfAbsent(view, mine);
        if (cached != null) {
            return cached.join();
        }
        try {
            ActorNetwork net = w.network(view);
            Map<String, Double> betweenness = net.graph().vertexSet().size() <= BETWEENNESS_LIMIT
                    ? new BetweennessCentrality<>(net.graph(), true).getScores()
                    : Map.of();
            Network n = new Network(net, betweenness, Communities.of(net));
            mine.complete(n);
            return n;
        } catch (RuntimeException e) {
            networks.remove(view, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    public List<Broker> brokers(NetworkView view, int top) {
        Workspace w = workspace();
        List<Broker> all = new BrokerageScorer().rank(w.network(view), w.events(), w::countryOf);
        return all.subList(0, Math.min(top, all.size()));
    }

    public List<Backchannel> backchannels() {
        Workspace w = workspace();
        return new BackchannelDetector().detect(w.events(), w::countryOf);
    }

    public Timeline timeline(String a, String b, Granularity by) {
        return Timeline.of(workspace().events(), Timeline.involving(a, b), by);
    }

    public Analogs analogs(String a, String b, int top) {
        Workspace w = workspace();
        return new Analogs(analogs.features(w.events(), a, b), analogs.closest(w.events(), a, b, top));
    }

    /** The display name of an actor id (the id itself when unknown, e.g. a country code). */
    public String name(String id) {
        var a = workspace().actors().get(id);
        return a == null ? id : a.name();
    }
}
