package org.backchannel.server.service;

import java.time.Instant;
import java.util.UUID;
import org.backchannel.store.workspace.AuditEntry;
import org.backchannel.store.workspace.WorkspaceTables;

/** The audit log: the row of each change, written inside the change's own transaction, and the latest rows read back. */
public final class Audit {
    private Audit() {}

    public static void record(WorkspaceTables t, String user, String action, String target, String detail) {
        t.audit().record(new AuditEntry(UUID.randomUUID().toString(), Instant.now(), user, action, target, detail));
    }

    /** The latest {@code limit} changes, newest first. */
    public static java.util.List<AuditEntry> latest(StorePool pool, int limit) {
        return pool.read(s -> new WorkspaceTables(s).audit().latest(limit));
    }
}
