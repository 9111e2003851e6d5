package org.backchannel.server.service;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backchannel.model.Actor;
import org.backchannel.model.Event;
import org.backchannel.store.EventPages;
import org.backchannel.store.workspace.Comment;
import org.backchannel.store.workspace.WorkspaceTables;

/** The stored actors: a listing with how many events each took part in, or one with its dated roles and events. */
public final class ActorService {
    private final StorePool pool;
    private final AnalysisService analysis;

    /** An actor and the number of stored events with it on either side. */
    public record Listed(Actor actor, int events) {}

    /** An actor whole: its roles with their dates, its latest events, and the comments on it. */
    public record ActorDetail(Actor actor, int eventCount, List<Event> events, List<Comment> comments) {}

    public ActorService(StorePool pool, AnalysisService analysis) {
        this.pool = pool;
        this.analysis = analysis;
    }

    /** Actors whose name, alias or id contains {@code q} (when given) and of {@code country}, most active first. */
    public List<Listed> list(String q, String country, int offset, int limit) {
        Map<String, Integer> counts = eventCounts();
        String needle = q == null ? null : q.toLowerCase(Locale.ROOT);
        return analysis.workspace().actors().values().stream()
                .filter(a -> country == null || country.equalsIgnoreCase(a.country()))
                .filter(a -> needle == null
                        || a.id().toLowerCase(Locale.ROOT).contains(needle)
                        || a.name().toLowerCase(Locale.ROOT).contains(needle)
                        || a.aliases().stream()
                                .anyMatch(x -> x.toLowerCase(Locale.ROOT).contains(needle)))
                .map(a -> new Listed(a, counts.getOrDefault(a.id(), 0)))
                .sorted(Comparator.comparingInt(Listed::events).reversed().thenComparing(l -> l.actor()
                        .id()))
                .skip(offset)
                .limit(limit)
                .toList();
    }

    public ActorDetail detail(String id, int eventLimit) {
        Actor a = analysis.workspace().actors().get(id);
        if (a == null) {
            throw ServiceException.notFound("no actor '" + id + "'");
        }
        return pool.read(s -> new ActorDetail(
                a,
                eventCounts().getOrDefault(id, 0),
                new EventPages(s).ofActor(id, eventLimit),
                new WorkspaceTables(s).comments().on("actor", id)));
    }

    public boolean exists(String id) {
        return analysis.workspace().actors().containsKey(id);
    }

    private Map<String, Integer> eventCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Event e : analysis.workspace().events()) {
            if (e.source().actorId() != null) {
                counts.merge(e.source().actorId(), 1, Integer::sum);
            }
            if (e.target().actorId() != null
                    && !e.target().actorId().equals(e.source().actorId())) {
                counts.merge(e.target().actorId(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
