package org.backchannel.server.service;

import java.util.function.Supplier;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.server.auth.SessionService;
import org.backchannel.server.users.UserService;

/** Every service of the workspace over one store pool, wired once. */
public record Services(
        StorePool pool,
        EventService events,
        DocumentService documents,
        ActorService actors,
        AnalysisService analysis,
        ViewCache views,
        NoteService notes,
        IngestService ingest,
        SessionService sessions,
        UserService users) {
    /** Analysis views computed at once: one per core, leaving none idle and none oversubscribed. */
    private static final int VIEW_WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Bytes of analysis answers kept (a one-year network of 100,000 events with its event ids is about 3 MB). */
    private static final long VIEW_BYTES = 256L << 20;

    public static Services over(StorePool pool, Supplier<Pipeline> pipeline) {
        EventService events = new EventService(pool);
        DocumentService documents = new DocumentService(pool);
        AnalysisService analysis = new AnalysisService(pool);
        ActorService actors = new ActorService(pool, analysis);
        SessionService sessions = new SessionService(pool);
        return new Services(
                pool,
                events,
                documents,
                actors,
                analysis,
                new ViewCache(pool, VIEW_WORKERS, VIEW_BYTES),
                new NoteService(pool, events, actors, documents),
                new IngestService(pool, pipeline),
                sessions,
                new UserService(pool, sessions::forgetCached));
    }
}
