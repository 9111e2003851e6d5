package org.backchannel.server.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.backchannel.server.service.StorePool;

/** {@code /api/health}: the store answers, with its schema version and row counts. */
final class Health {
    private Health() {}

    static ObjectNode of(StorePool pool) {
        ObjectNode n = Views.JSON.createObjectNode().put("status", "ok");
        pool.read(s -> {
            n.put("schema_version", s.schemaVersion());
            ObjectNode counts = n.putObject("counts");
            s.counts().forEach(counts::put);
            return null;
        });
        return n;
    }
}
