package org.backchannel.store.workspace;

import java.sql.Connection;
import java.util.List;

/** The comments table. */
public final class Comments {
    private final Connection db;

    Comments(Connection db) {
        this.db = db;
    }

    public void add(Comment c) {
        Tables.update(
                db,
                "INSERT INTO comments VALUES (?, ?, ?, ?, ?, ?)",
                c.id(),
                c.targetKind(),
                c.targetId(),
                c.author(),
                c.body(),
                c.createdAt());
    }

    /** The comments on one event, actor or document, oldest first. */
    public List<Comment> on(String kind, String id) {
        return Tables.query(
                db,
                "SELECT * FROM comments WHERE target_kind = ? AND target_id = ? ORDER BY created_at, id",
                rs -> new Comment(
                        rs.getString("id"),
                        rs.getString("target_kind"),
                        rs.getString("target_id"),
                        rs.getString("author"),
                        rs.getString("body"),
                        Tables.instant(rs, "created_at")),
                kind,
                id);
    }
}
