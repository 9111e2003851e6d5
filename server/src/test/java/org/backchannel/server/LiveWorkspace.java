package org.backchannel.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.Analysis;
import org.backchannel.server.auth.Role;
import org.backchannel.store.EventStore;

/**
 * One real workspace for the browser tests: a DuckDB file built by the real ingest and pipeline from a
 * few demo articles and the XSS corpus (with hostile actor names), served by the real server on a free
 * loopback port, with a viewer and an analyst. Built once per test JVM, stopped when it exits.
 */
final class LiveWorkspace {
    static final String ANALYST = "ana";
    static final String VIEWER = "vic";
    static final String PASSWORD = "correct horse battery staple";
    private static final List<String> DEMO = List.of(
            "01-doha-talks.txt",
            "05-venezuela-arrest.txt",
            "09-gaza-ceasefire-mediation.txt",
            "03-eu-sanctions-russia.html");
    private static LiveWorkspace instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    final Path dir;
    final WorkspaceServer server;
    final String base;

    private LiveWorkspace(Path dir, WorkspaceServer server) {
        this.dir = dir;
        this.server = server;
        this.base = "http://127.0.0.1:" + server.port();
    }

    static synchronized LiveWorkspace get() throws IOException {
        if (instance == null) {
            instance = build();
            Runtime.getRuntime().addShutdownHook(new Thread(instance.server::close));
        }
        return instance;
    }

    private static LiveWorkspace build() throws IOException {
        Path dir = Files.createTempDirectory("backchannel-web");
        Path corpus = dir.resolve("corpus");
        Files.createDirectories(corpus);
        Map<String, byte[]> demo = DemoCorpus.demoFiles();
        for (String name : DEMO) {
            Files.write(corpus.resolve(name), demo.get(name));
        }
        XssCorpus.write(corpus.resolve("xss"));
        IngestResult in = new Ingestor().read(List.of(corpus.toString()), InputStream.nullInputStream());
        var pipeline = Fixture.pipeline();
        Analysis analysis = XssCorpus.hostileNames(
                pipeline.analyze(in.documents(), (done, total) -> {}).analysis());
        Path db = dir.resolve("workspace.duckdb");
        try (EventStore store = EventStore.open(db)) {
            store.save(analysis);
        }
        WorkspaceServer server = WorkspaceServer.start(WorkspaceServer.Settings.of(db, "127.0.0.1", 0), () -> pipeline);
        server.services().users().add("test", ANALYST, Role.ANALYST, PASSWORD);
        server.services().users().add("test", VIEWER, Role.VIEWER, PASSWORD);
        return new LiveWorkspace(dir, server);
    }

    /** A logged-in API client (session cookie and CSRF token), for setting up what the browser then shows. */
    Client client(String user) {
        return new Client(user);
    }

    final class Client {
        private final HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        private final String csrf;

        private Client(String user) {
            JsonNode login = send(
                    HttpRequest.newBuilder(uri("/api/login", Map.of()))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                                    .put("name", user)
                                    .put("password", PASSWORD)
                                    .toString())),
                    200);
            this.csrf = login.path("csrf_token").asText();
        }

        JsonNode get(String path, Map<String, String> params) {
            return send(HttpRequest.newBuilder(uri(path, params)).GET(), 200);
        }

        JsonNode postJson(String path, JsonNode body) {
            return send(
                    HttpRequest.newBuilder(uri(path, Map.of()))
                            .header("Content-Type", "application/json")
                            .header("X-CSRF-Token", csrf)
                            .POST(HttpRequest.BodyPublishers.ofString(body.toString())),
                    201);
        }

        JsonNode upload(String name, String contentType, String body) {
            return send(
                    HttpRequest.newBuilder(uri("/api/documents", Map.of("name", name)))
                            .header("Content-Type", contentType)
                            .header("X-CSRF-Token", csrf)
                            .POST(HttpRequest.BodyPublishers.ofString(body)),
                    201);
        }

        JsonNode comment(String kind, String id, String body) {
            return postJson(
                    "/api/comments",
                    JSON.createObjectNode()
                            .put("target_kind", kind)
                            .put("target_id", id)
                            .put("body", body));
        }

        private JsonNode send(HttpRequest.Builder request, int expected) {
            try {
                HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() / 100 != expected / 100) {
                    throw new AssertionError(request.build().uri() + " answered " + r.statusCode() + ": " + r.body());
                }
                return JSON.readTree(r.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /** An id as one path segment of a URL. */
    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    URI uri(String path, Map<String, String> params) {
        List<String> q = new ArrayList<>();
        params.forEach((k, v) -> q.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return URI.create(base + path + (q.isEmpty() ? "" : "?" + String.join("&", q)));
    }
}
