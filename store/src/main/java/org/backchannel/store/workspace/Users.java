package org.backchannel.store.workspace;

import java.sql.Connection;
import java.util.List;
import java.util.Optional;

/** The users table. */
public final class Users {
    private final Connection db;

    Users(Connection db) {
        this.db = db;
    }

    /** Adds a user; false when the name is taken. */
    public boolean add(User u) {
        if (find(u.name()).isPresent()) {
            return false;
        }
        Tables.update(db, "INSERT INTO users VALUES (?, ?, ?, ?)", u.name(), u.role(), u.passwordHash(), u.createdAt());
        return true;
    }

    public Optional<User> find(String name) {
        return Tables.query(
                        db,
                        "SELECT * FROM users WHERE name = ?",
                        rs -> new User(
                                rs.getString("name"),
                                rs.getString("role"),
                                rs.getString("password_hash"),
                                Tables.instant(rs, "created_at")),
                        name)
                .stream()
                .findFirst();
    }

    /** Every user, by name. */
    public List<User> all() {
        return Tables.query(
                db,
                "SELECT * FROM users ORDER BY name",
                rs -> new User(
                        rs.getString("name"),
                        rs.getString("role"),
                        rs.getString("password_hash"),
                        Tables.instant(rs, "created_at")));
    }

    /** Removes a user; false when there was none by that name. */
    public boolean remove(String name) {
        return Tables.update(db, "DELETE FROM users WHERE name = ?", name) > 0;
    }

    /** Gives a user another role; false when there is none by that name. */
    public boolean setRole(String name, String role) {
        return Tables.update(db, "UPDATE users SET role = ? WHERE name = ?", role, name) > 0;
    }
}
