package org.backchannel.server.service;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.backchannel.server.auth.Principal;
import org.backchannel.store.workspace.Comment;
import org.backchannel.store.workspace.Review;
import org.backchannel.store.workspace.WorkspaceTables;

/**
 * Analysts' notes: comments on events, actors and documents, and reviews that mark an event disputed
 * or confirmed with a reason. Text is stored exactly as written (it is data: whoever shows it must
 * show it as text), each change with its audit row.
 */
public final class NoteService {
    public static final Set<String> KINDS = Set.of("event", "actor", "document");
    public static final Set<String> VERDICTS = Set.of("disputed", "confirmed");
    public static final int MAX_LENGTH = 10_000;
    private final StorePool pool;
    private final EventService events;
    private final ActorService actors;
    private final DocumentService documents;

    public NoteService(StorePool pool, EventService events, ActorService actors, DocumentService documents) {
        this.pool = pool;
        this.events = events;
        this.actors = actors;
        this.documents = documents;
    }

    public Comment comment(Principal by, String kind, String targetId, String body) {
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw ServiceException.invalid("a comment is on an event, an actor or a document (target_kind)");
        }
        requireText(body, "body");
        if (targetId == null || !exists(k, targetId)) {
            throw ServiceException.notFound("no " + k + " '" + targetId + "'");
        }
        Comment c = new Comment(UUID.randomUUID().toString(), k, targetId, by.user(), body, Instant.now());
        return pool.write(s -> {
            WorkspaceTables t = new WorkspaceTables(s);
            return t.transaction(() -> {
                t.comments().add(c);
                Audit.record(t, by.user(), "comment.add", k + ":" + targetId, "comment " + c.id());
                return c;
            });
        });
    }

    public List<Comment> comments(String kind, String targetId) {
        String k = kind == null ? "" : kind.toLowerCase(Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw ServiceException.invalid("kind is event, actor or document");
        }
        return pool.read(s -> new WorkspaceTables(s).comments().on(k, targetId));
    }

    public Review review(Principal by, String eventId, String verdict, String reason) {
        String v = verdict == null ? "" : verdict.toLowerCase(Locale.ROOT);
        if (!VERDICTS.contains(v)) {
            throw ServiceException.invalid("verdict is disputed or confirmed");
        }
        requireText(reason, "reason");
        if (!events.exists(eventId)) {
            throw ServiceException.notFound("no event '" + eventId + "'");
        }
        Review r = new Review(UUID.randomUUID().toString(), eventId, v, reason, by.user(), Instant.now());
        return pool.write(s -> {
            WorkspaceTables t = new WorkspaceTables(s);
            return t.transaction(() -> {
                t.reviews().add(r);
                Audit.record(t, by.user(), "event.review", "event:" + eventId, v);
                return r;
            });
        });
    }

    private boolean exists(String kind, String id) {
        return switch (kind) {
            case "event" -> events.exists(id);
            case "actor" -> actors.exists(id);
            default -> documents.exists(id);
        };
    }

    private static void requireText(String s, String field) {
        if (s == null || s.isBlank()) {
            throw ServiceException.invalid(field + " is required");
        }
        if (s.length() > MAX_LENGTH) {
            throw ServiceException.invalid(field + " has at most " + MAX_LENGTH + " characters");
        }
    }
}
