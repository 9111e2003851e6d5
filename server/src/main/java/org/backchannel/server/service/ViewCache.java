package org.backchannel.server.service;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The analysis views as answered (their JSON bytes), kept per store generation, view and parameters
 * (Caffeine, bounded by bytes). A view is computed once however many requests ask for it at the same
 * time: they all wait for the one computation. Computations run on a fixed pool of workers, so a burst
 * of different views queues instead of taking every core. When the events change (the store pool's
 * generation goes up: an upload or ingest) the kept views are dropped, and each is computed anew
 * from the new events when next asked for. Comments, reviews and users do not enter these views.
 */
public final class ViewCache implements AutoCloseable {
    /** What a view is kept under: the events' generation, the view's name and its parameters (a value with equals). */
    record Key(long generation, String view, Object parameters) {}

    /** How many views were computed and how many answers came from the cache, since the server started. */
    public record Counts(long computed, long served) {}

    private final StorePool pool;
    private final ExecutorService workers;
    private final AsyncCache<Key, byte[]> cache;
    private final AtomicLong generation = new AtomicLong(-1);
    /**
     * Views computed, counted inside the computation: Caffeine records a load when the future's
     * callbacks run, which may be after the request that waited for it has its answer.
     */
    private final AtomicLong computed = new AtomicLong();

    /**
     * @param workers  how many views may be computed at once
     * @param maxBytes how many bytes of answers to keep
     */
    public ViewCache(StorePool pool, int workers, long maxBytes) {
        this.pool = pool;
        AtomicInteger n = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "view-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.cache = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((Key k, byte[] v) -> v.length)
                .recordStats()
                .buildAsync();
    }

    /**
     * The answer of {@code view} with these parameters over the current events: kept, being computed
     * (then waited for), or computed now by a worker.
     */
    public byte[] get(String view, Object parameters, Supplier<byte[]> compute) {
        long g = pool.generation();
        if (generation.getAndAccumulate(g, Math::max) < g) {
            // the events changed: what is kept answers for events that are gone
            cache.synchronous().invalidateAll();
        }
        CompletableFuture<byte[]> answer = cache.get(
                new Key(g, view, parameters),
                (k, executor) -> CompletableFuture.supplyAsync(
                        () -> {
                            byte[] bytes = compute.get();
                            computed.incrementAndGet();
                            return bytes;
                        },
                        workers));
        try {
            return answer.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    public Counts counts() {
        CacheStats s = cache.synchronous().stats();
        return new Counts(computed.get(), s.hitCount());
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
