package org.backchannel.store.workspace;

import java.sql.Connection;
import java.util.List;

/** The audit table: append only. */
public final class AuditLog {
    private final Connection db;

    AuditLog(Connection db) {
        this.db = db;
    }

    public void record(AuditEntry e) {
        Tables.update(
                db,
                "INSERT INTO audit VALUES (?, ?, ?, ?, ?, ?)",
                e.id(),
                e.at(),
                e.user(),
                e.action(),
                e.target(),
                e.detail());
    }

    /** The latest entries first, at most {@code limit}. */
    public List<AuditEntry> latest(int limit) {
        return Tables.query(
                db,
                "SELECT * FROM audit ORDER BY changed_at DESC, id DESC LIMIT ?",
                rs -> new AuditEntry(
                        rs.getString("id"),
                        Tables.instant(rs, "changed_at"),
                        rs.getString("user_name"),
                        rs.getString("action"),
                        rs.getString("target"),
                        rs.getString("detail")),
                limit);
    }
}
