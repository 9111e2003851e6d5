package org.backchannel.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.io.IOException;
import org.backchannel.server.service.ServiceException;

/** JSON request bodies: an object sent as application/json, or a 400. */
final class Bodies {
    private Bodies() {}

    static ObjectNode object(Context ctx) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
            throw ServiceException.invalid("send a JSON object with Content-Type: application/json");
        }
        try {
            JsonNode n = Views.JSON.readTree(ctx.body());
            if (n instanceof ObjectNode o) {
                return o;
            }
        } catch (IOException e) {
            // answered below
        }
        throw ServiceException.invalid("the body is not a JSON object");
    }

    /** A text field of the object, or null. */
    static String text(ObjectNode o, String field) {
        JsonNode n = o.get(field);
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isTextual()) {
            throw ServiceException.invalid(field + " must be a string");
        }
        return n.asText();
    }
}
