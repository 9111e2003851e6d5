package org.backchannel.server.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.backchannel.bench.speed.NetworkBenchmark;
import org.backchannel.coder.ontology.Ontology;
import org.backchannel.server.WorkspaceServer;
import org.backchannel.server.auth.Role;
import org.backchannel.store.EventStore;

/**
 * The workspace under load, a benchmark run by hand (not a test): a store of N synthetic events (the
 * bench module's generator), the server on a loopback port, and C clients that each, for S seconds,
 * send one request after another — alternately {@code /api/events} (a page of 50 under a random filter,
 * or the next page of the same listing by its cursor) and {@code /api/network} (a random one-year window, actors or
 * countries) — as a logged-in viewer. Prints requests per second, p50 and p99 latency, and errors, per
 * endpoint. Client and server share the machine (and this JVM).
 *
 * <pre>java -cp ... org.backchannel.server.load.LoadTest [--events 100000] [--clients 200] [--seconds 30] [--db FILE]</pre>
 */
public final class LoadTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<Integer, String> FIRST_ERRORS = new java.util.concurrent.ConcurrentHashMap<>();

    /** One request: its endpoint, time, whether it answered 200, its status (0: no answer) and body length. */
    private record Sample(String endpoint, long nanos, boolean ok, int status, long bytes) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int events = Integer.parseInt(o.getOrDefault("--events", "100000"));
        int clients = Integer.parseInt(o.getOrDefault("--clients", "200"));
        int seconds = Integer.parseInt(o.getOrDefault("--seconds", "30"));
        Path db = Path.of(o.getOrDefault(
                "--db",
                Files.createTempDirectory("backchannel-load")
                        .resolve("load.duckdb")
                        .toString()));
        if (!Files.exists(db)) {
            long t0 = System.nanoTime();
            try (EventStore s = EventStore.open(db)) {
                s.save(NetworkBenchmark.synthetic(events, Ontology.defaults().codebook(), 42));
            }
            System.out.printf(
                    "store: %d synthetic events written to %s in %.1f s%n", events, db, (System.nanoTime() - t0) / 1e9);
        }
        try (WorkspaceServer server = WorkspaceServer.start(WorkspaceServer.Settings.of(db, "127.0.0.1", 0), () -> {
            throw new IllegalStateException("the load test does not ingest");
        })) {
            if (server.services().users().list().stream()
                    .noneMatch(u -> u.name().equals("load"))) {
                server.services().users().add("load-test", "load", Role.VIEWER, "load-test password");
            }
            String base = "http://127.0.0.1:" + server.port();
            HttpClient http = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10))
                    .executor(Executors.newFixedThreadPool(4, r -> {
                        Thread t = new Thread(r, "http-client");
                        t.setDaemon(true);
                        return t;
                    }))
                    .build();
            HttpResponse<String> login = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/login"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"name\":\"load\",\"password\":\"load-test password\"}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            String cookie =
                    login.headers().firstValue("Set-Cookie").orElseThrow().replaceAll(";.*", "");
            long t0 = System.nanoTime();
            int total = JSON.readTree(get(http, base + "/api/health", cookie).body())
                    .get("counts")
                    .get("events")
                    .asInt();
            get(http, base + "/api/events?limit=1", cookie);
            get(http, base + "/api/network?countries=true&from=2021-01-01&to=2021-12-31", cookie);
            System.out.printf(
                    "warm-up (%d events loaded for analysis, one events page, one network view): %.1f s%n",
                    total, (System.nanoTime() - t0) / 1e9);

            List<List<Sample>> perClient = new ArrayList<>();
            CountDownLatch done = new CountDownLatch(clients);
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            for (int c = 0; c < clients; c++) {
                List<Sample> samples = new ArrayList<>();
                perClient.add(samples);
                Random rnd = new Random(c);
                Thread t = new Thread(() -> {
                    try {
                        String cursor = null;
                        String filter = null;
                        for (int i = 0; System.nanoTime() < end; i++) {
                            boolean isEvents = i % 2 == 0;
                            String url = isEvents
                                    // the next page repeats the listing's filter and sort with the cursor, as the API
                                    // asks
                                    ? base + "/api/events?"
                                            + (cursor != null
                                                    ? filter + "&cursor=" + cursor
                                                    : (filter = eventFilter(rnd)))
                                    : base + "/api/network?" + networkView(rnd);
                            long s = System.nanoTime();
                            boolean ok;
                            int status = 0;
                            long bytes = 0;
                            try {
                                HttpResponse<String> r = get(http, url, cookie);
                                status = r.statusCode();
                                bytes = r.body().length();
                                ok = r.statusCode() == 200;
                                if (!ok && FIRST_ERRORS.putIfAbsent(r.statusCode(), url) == null) {
                                    System.err.printf(
                                            "first %d: %s -> %s%n",
                                            r.statusCode(),
                                            url.substring(base.length()),
                                            r.body().length() > 300 ? r.body().substring(0, 300) : r.body());
                                }
                                if (isEvents && ok) {
                                    JsonNode next = JSON.readTree(r.body()).get("next_cursor");
                                    cursor = cursor == null && next != null && !next.isNull() && rnd.nextInt(4) == 0
                                            ? next.asText()
                                            : null;
                                }
                            } catch (Exception e) {
                                ok = false;
                                cursor = null;
                            }
                            samples.add(new Sample(
                                    isEvents ? "/api/events" : "/api/network",
                                    System.nanoTime() - s,
                                    ok,
                                    status,
                                    bytes));
                        }
                    } finally {
                        done.countDown();
                    }
                });
                t.start();
            }
            done.await();
            report(perClient, seconds, clients);
        }
        System.exit(0);
    }

    private static String eventFilter(Random rnd) {
        return switch (rnd.nextInt(5)) {
            case 0 -> "limit=50";
            case 1 -> "limit=50&country=C" + String.format("%02d", rnd.nextInt(150));
            case 2 -> "limit=50&status=denied&sort=-goldstein";
            case 3 -> "limit=50&code=0" + (1 + rnd.nextInt(9));
            default -> {
                int year = 2021 + rnd.nextInt(5);
                yield "limit=50&from=" + year + "-01-01&to=" + year + "-12-31";
            }
        };
    }

    private static String networkView(Random rnd) {
        int year = 2021 + rnd.nextInt(5);
        return "from=" + year + "-01-01&to=" + year + "-12-31" + (rnd.nextBoolean() ? "&countries=true" : "");
    }

    private static HttpResponse<String> get(HttpClient http, String url, String cookie) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Cookie", cookie)
                        .timeout(Duration.ofSeconds(120))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void report(List<List<Sample>> perClient, int seconds, int clients) {
        List<Sample> all = new ArrayList<>();
        perClient.forEach(all::addAll);
        System.out.printf(
                "%d clients for %d s on 127.0.0.1, %d CPUs visible%n",
                clients, seconds, Runtime.getRuntime().availableProcessors());
        System.out.printf(
                "%-14s %9s %9s %10s %10s %7s %10s  %s%n",
                "endpoint",
                "requests",
                "req/s",
                "p50 ms",
                "p99 ms",
                "errors",
                "mean KB",
                "errors by status (0: no answer)");
        for (String endpoint : List.of("/api/events", "/api/network", "all")) {
            List<Sample> xs = all.stream()
                    .filter(s -> endpoint.equals("all") || s.endpoint().equals(endpoint))
                    .toList();
            long[] ns = xs.stream().mapToLong(Sample::nanos).sorted().toArray();
            long errors = xs.stream().filter(s -> !s.ok()).count();
            Map<Integer, Long> byStatus = xs.stream()
                    .filter(s -> !s.ok())
                    .collect(java.util.stream.Collectors.groupingBy(
                            Sample::status, java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            double kb = xs.stream().mapToLong(Sample::bytes).average().orElse(0) / 1024;
            System.out.printf(
                    "%-14s %9d %9.1f %10.1f %10.1f %7d %10.1f  %s%n",
                    endpoint,
                    ns.length,
                    ns.length / (double) seconds,
                    pct(ns, 0.50),
                    pct(ns, 0.99),
                    errors,
                    kb,
                    byStatus);
        }
    }

    private static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> o = new java.util.HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            o.put(args[i], args[i + 1]);
        }
        if (args.length % 2 != 0) {
            throw new IllegalArgumentException("options come in pairs: " + Arrays.toString(args));
        }
        return o;
    }
}
