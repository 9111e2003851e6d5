package org.backchannel.store.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.backchannel.store.EventStore;
import org.backchannel.store.StoreException;

/**
 * The workspace tables of one store connection, and transactions over them so a change and its
 * audit row are written together or not at all.
 */
public final class WorkspaceTables {
    private final Connection db;
    private final Users users;
    private final Sessions sessions;
    private final Comments comments;
    private final Reviews reviews;
    private final AuditLog audit;

    public WorkspaceTables(EventStore store) {
        this.db = store.connection();
        this.users = new Users(db);
        this.sessions = new Sessions(db);
        this.comments = new Comments(db);
        this.reviews = new Reviews(db);
        this.audit = new AuditLog(db);
    }

    public Users users() {
        return users;
    }

    public Sessions sessions() {
        return sessions;
    }

    public Comments comments() {
        return comments;
    }

    public Reviews reviews() {
        return reviews;
    }

    public AuditLog audit() {
        return audit;
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T transaction(Supplier<T> work) {
        try {
            db.setAutoCommit(false);
            try {
                T out = work.get();
                db.commit();
                return out;
            } catch (RuntimeException e) {
                db.rollback();
                throw e;
            } finally {
                db.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("transaction failed: " + e.getMessage(), e);
        }
    }
}
