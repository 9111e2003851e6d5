package org.backchannel.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A test's browser: java.net.http against the running server, holding one session cookie and its CSRF token. */
final class Client {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private final String base;
    String cookie;
    String csrf;

    /** An answer: status, headers and the body as JSON (null when it is not JSON). */
    record Answer(int status, HttpResponse<String> raw, JsonNode json) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    Client(WorkspaceServer server) {
        this.base = "http://127.0.0.1:" + server.port();
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** Logs in; the answer's cookie and CSRF token are kept for the next requests. */
    Answer login(String name, String password) throws Exception {
        Answer a = send(
                "POST",
                "/api/login",
                "application/json",
                JSON.writeValueAsString(Map.of("name", name, "password", password)));
        if (a.status() == 200) {
            String set = a.header("Set-Cookie");
            cookie = set.substring(0, set.indexOf(';'));
            csrf = a.json().get("csrf_token").asText();
        }
        return a;
    }

    Answer get(String path) throws Exception {
        return send("GET", path, null, null);
    }

    Answer postJson(String path, Object body) throws Exception {
        return send("POST", path, "application/json", JSON.writeValueAsString(body));
    }

    Answer send(String method, String path, String type, String body) throws Exception {
        return send(method, path, type, body, csrf);
    }

    Answer send(String method, String path, String type, String body, String csrfToken)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        if (csrfToken != null) {
            b.header("X-CSRF-Token", csrfToken);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        JsonNode json = null;
        if (r.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            json = JSON.readTree(r.body());
        }
        return new Answer(r.statusCode(), r, json);
    }
}
