package org.backchannel.store.workspace;

import java.sql.Connection;
import java.time.Instant;
import java.util.Optional;

/** The sessions table. */
public final class Sessions {
    private final Connection db;

    Sessions(Connection db) {
        this.db = db;
    }

    public void add(Session s) {
        Tables.update(
                db,
                "INSERT INTO sessions VALUES (?, ?, ?, ?, ?)",
                s.tokenHash(),
                s.user(),
                s.csrfToken(),
                s.createdAt(),
                s.expiresAt());
    }

    /** The session with this token hash when it has not expired at {@code now}. */
    public Optional<Session> live(String tokenHash, Instant now) {
        return Tables.query(
                        db,
                        "SELECT * FROM sessions WHERE token_hash = ? AND expires_at > ?",
                        rs -> new Session(
                                rs.getString("token_hash"),
                                rs.getString("user_name"),
                                rs.getString("csrf_token"),
                                Tables.instant(rs, "created_at"),
                                Tables.instant(rs, "expires_at")),
                        tokenHash,
                        now)
                .stream()
                .findFirst();
    }

    public boolean remove(String tokenHash) {
        return Tables.update(db, "DELETE FROM sessions WHERE token_hash = ?", tokenHash) > 0;
    }

    /** Ends every session of a user (on removal or a change of role); how many there were. */
    public int removeUser(String user) {
        return Tables.update(db, "DELETE FROM sessions WHERE user_name = ?", user);
    }

    /** Deletes the sessions expired at {@code now}. */
    public int purge(Instant now) {
        return Tables.update(db, "DELETE FROM sessions WHERE expires_at <= ?", now);
    }
}
