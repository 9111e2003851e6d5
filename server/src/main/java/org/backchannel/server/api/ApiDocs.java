package org.backchannel.server.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * {@code /openapi.json} (written from the declared routes) and Swagger UI at {@code /swagger}: a page
 * of our own that loads the UI from the swagger-ui WebJar served by this server (no CDN).
 */
public final class ApiDocs {
    private ApiDocs() {}

    public static void declare(Javalin app, Routes routes, String swaggerVersion) {
        ObjectNode doc = OpenApiDocument.of(routes.declared(), Views.JSON);
        String page = resource("/backchannel/server/swagger/index.html").replace("{{version}}", swaggerVersion);
        String init = resource("/backchannel/server/swagger/swagger-init.js");
        app.get("/openapi.json", ctx -> ctx.json(doc));
        app.get("/swagger", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
        app.get("/swagger/swagger-init.js", ctx -> ctx.contentType("text/javascript; charset=utf-8")
                .result(init));
    }

    /** The mapper every answer is written with. */
    public static ObjectMapper mapper() {
        return Views.JSON;
    }

    /** The body of an error answer. */
    public static ObjectNode error(int status, String message) {
        return Views.error(status, message);
    }

    private static String resource(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
