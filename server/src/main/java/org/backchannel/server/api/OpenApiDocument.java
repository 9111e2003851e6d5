package org.backchannel.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.backchannel.server.auth.Access;

/**
 * The OpenAPI 3.0 document of the declared routes, written from {@link Routes#declared()}: paths,
 * parameters, request bodies, the role each needs, the error shape, and the cookie and CSRF header
 * that authenticate a request.
 */
final class OpenApiDocument {
    private OpenApiDocument() {}

    static ObjectNode of(List<Routes.Route> routes, ObjectMapper json) {
        ObjectNode doc = json.createObjectNode();
        doc.put("openapi", "3.0.3");
        doc.putObject("info")
                .put("title", "Backchannel workspace API")
                .put("version", "1")
                .put(
                        "description",
                        "Political events with who says so, secrecy, mediators and disputes. Errors are {\"status\", \"message\"}. "
                                + "Log in with POST /api/login; send the session cookie, and on every change the "
                                + Access.CSRF_HEADER + " header "
                                + "with the csrf_token the login answered.");
        doc.putObject("license").put("name", "GPL-3.0-or-later");
        ObjectNode paths = doc.putObject("paths");
        for (Routes.Route r : routes) {
            String path = r.path().replace('<', '{').replace('>', '}');
            ObjectNode op = (paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path))
                    .putObject(r.method().name().toLowerCase(Locale.ROOT));
            op.putArray("tags").add(r.tag());
            op.put("summary", r.summary());
            op.put("operationId", r.method().name().toLowerCase(Locale.ROOT) + path.replaceAll("[^A-Za-z0-9]+", "_"));
            if (r.role() != null) {
                op.put("description", "Needs the " + r.role().label() + " role or above.");
                ArrayNode sec = op.putArray("security");
                ObjectNode s = sec.addObject();
                s.putArray("session");
                if (!r.method().name().equals("GET")) {
                    s.putArray("csrf");
                }
            } else {
                op.putArray("security").addObject();
            }
            ArrayNode params = op.putArray("parameters");
            for (Param p : r.params()) {
                ObjectNode n = params.addObject()
                        .put("name", p.name())
                        .put("in", p.in())
                        .put("required", p.required())
                        .put("description", p.description());
                ObjectNode schema = n.putObject("schema");
                if (p.type().equals("date")) {
                    schema.put("type", "string").put("format", "date");
                } else {
                    schema.put("type", p.type());
                }
            }
            if (!r.bodyTypes().isEmpty()) {
                ObjectNode content =
                        op.putObject("requestBody").put("required", true).putObject("content");
                for (String t : r.bodyTypes()) {
                    content.putObject(t)
                            .putObject("schema")
                            .put("type", t.equals("application/json") ? "object" : "string");
                }
            }
            ObjectNode responses = op.putObject("responses");
            responses
                    .putObject("200")
                    .put("description", "OK")
                    .putObject("content")
                    .putObject("application/json")
                    .putObject("schema")
                    .put("type", "object");
            error(responses, "400", "bad parameters");
            if (r.path().contains("{") || r.path().contains("<")) {
                error(responses, "404", "no such id");
            }
            if (r.role() != null) {
                error(responses, "401", "not logged in");
                error(responses, "403", "role too low, or missing CSRF token on a change");
            }
        }
        ObjectNode components = doc.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("session").put("type", "apiKey").put("in", "cookie").put("name", Access.COOKIE);
        schemes.putObject("csrf").put("type", "apiKey").put("in", "header").put("name", Access.CSRF_HEADER);
        ObjectNode error = components.putObject("schemas").putObject("Error").put("type", "object");
        error.putObject("properties")
                .<ObjectNode>set("status", json.createObjectNode().put("type", "integer"))
                .set("message", json.createObjectNode().put("type", "string"));
        return doc;
    }

    private static void error(ObjectNode responses, String code, String description) {
        responses
                .putObject(code)
                .put("description", description)
                .putObject("content")
                .putObject("application/json")
                .putObject("schema")
                .put("$ref", "#/components/schemas/Error");
    }
}
