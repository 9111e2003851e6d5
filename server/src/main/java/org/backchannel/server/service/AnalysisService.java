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
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.analysis.network.ScoredNetwork;
import org.backchannel.analysis.timeline.Granularity;
import org.backchannel.analysis.timeline.Timeline;
import org.backchannel.coder.history.EpisodeCatalog;

/**
 * The analysis commands over the stored events, as the CLI runs them: the events and actors are
 * loaded once per store generation (reloaded after an ingest), and each network view's graph,
 * betweenness and communities are kept for the next request of the same view.
 */
public final class AnalysisService {
    private static final int NETWORKS_KEPT = 32;

    private final StorePool pool;
    private final AnalogRetriever analogs = new AnalogRetriever(EpisodeCatalog.defaults());
    private Workspace workspace;
    private long loadedGeneration = -1;
    /** The views computed or being computed: each is computed once however many requests ask for it at the same time. */
    private final Map<NetworkView, CompletableFuture<ScoredNetwork>> networks =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<NetworkView, CompletableFuture<ScoredNetwork>> eldest) {
                    return size() > NETWORKS_KEPT;
                }
            });

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

    public ScoredNetwork network(NetworkView view) {
        Workspace w = workspace();
        CompletableFuture<ScoredNetwork> mine = new CompletableFuture<>();
        CompletableFuture<ScoredNetwork> cached = networks.putIfAbsent(view, mine);
        if (cached != null) {
            return cached.join();
        }
        try {
            ScoredNetwork n = ScoredNetwork.of(w.network(view));
            mine.complete(n);
            return n;
        } catch (RuntimeException | Error e) {
            // an Error too (out of memory): a future never completed would hold every later request of this view
            // forever
            networks.remove(view, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    public List<Broker> brokers(NetworkView view, int top) {
        Workspace w = workspace();
        ScoredNetwork n = network(view);
        List<Broker> all = new BrokerageScorer().rank(n.net(), n.betweenness(), w.events(), w::countryOf);
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
