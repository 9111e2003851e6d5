package org.backchannel.store.workspace;

import java.sql.Connection;
import java.util.List;

/** The reviews table: every verdict is kept; the latest one stands. */
public final class Reviews {
    private final Connection db;

    Reviews(Connection db) {
        this.db = db;
    }

    public void add(Review r) {
        Tables.update(
                db,
                "INSERT INTO reviews VALUES (?, ?, ?, ?, ?, ?)",
                r.id(),
                r.eventId(),
                r.verdict(),
                r.reason(),
                r.author(),
                r.createdAt());
    }

    /** The reviews of one event, oldest first. */
    public List<Review> of(String eventId) {
        return Tables.query(
                db,
                "SELECT * FROM reviews WHERE event_id = ? ORDER BY created_at, id",
                rs -> new Review(
                        rs.getString("id"),
                        rs.getString("event_id"),
                        rs.getString("verdict"),
                        rs.getString("reason"),
                        rs.getString("author"),
                        Tables.instant(rs, "created_at")),
                eventId);
    }
}
