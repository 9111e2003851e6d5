package org.backchannel.server.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.backchannel.store.EventStore;

/**
 * The store as many request threads share it: DuckDB connections must not be used by two threads at
 * once, so reads borrow one of a fixed set of connections to the same database, and writes take the
 * one writer connection in turn. A generation number goes up whenever the events change, so caches of
 * the analysis know when to reload.
 */
public final class StorePool implements AutoCloseable {
    private final EventStore writer;
    private final List<EventStore> all = new ArrayList<>();
    private final BlockingQueue<EventStore> readers;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final AtomicLong generation = new AtomicLong();

    private StorePool(EventStore writer, int readers) {
        this.writer = writer;
        this.readers = new ArrayBlockingQueue<>(readers);
        for (int i = 0; i < readers; i++) {
            EventStore r = writer.newConnection();
            all.add(r);
            this.readers.add(r);
        }
    }

    /** Opens (creating or migrating) the store at {@code file} with {@code readers} reading connections. */
    public static StorePool open(Path file, int readers) {
        return new StorePool(EventStore.open(file), Math.max(1, readers));
    }

    public Path file() {
        return writer.file();
    }

    /** Runs a read on a borrowed connection, waiting for one when all are busy. */
    public <T> T read(Function<EventStore, T> work) {
        EventStore s;
        try {
            s = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a store connection", e);
        }
        try {
            return work.apply(s);
        } finally {
            readers.add(s);
        }
    }

    /** Runs a change on the writer connection, one change at a time. */
    public <T> T write(Function<EventStore, T> work) {
        writeLock.lock();
        try {
            return work.apply(writer);
        } finally {
            writeLock.unlock();
        }
    }

    /** Says the events changed: analysis caches reload. */
    public void eventsChanged() {
        generation.incrementAndGet();
    }

    public long generation() {
        return generation.get();
    }

    @Override
    public void close() {
        for (EventStore s : all) {
            s.close();
        }
        writer.close();
    }
}
