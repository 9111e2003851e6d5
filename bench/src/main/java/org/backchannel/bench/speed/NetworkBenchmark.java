package org.backchannel.bench.speed;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.backchannel.analysis.brokers.BrokerageScorer;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.NetworkBuilder;
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.analysis.timeline.Granularity;
import org.backchannel.analysis.timeline.Timeline;
import org.backchannel.coder.ontology.Codebook;
import org.backchannel.model.Actor;
import org.backchannel.model.ActorRef;
import org.backchannel.model.ActorType;
import org.backchannel.model.Analysis;
import org.backchannel.model.DatePrecision;
import org.backchannel.model.Document;
import org.backchannel.model.Epistemic;
import org.backchannel.model.Event;
import org.backchannel.model.EventCode;
import org.backchannel.model.EventDate;
import org.backchannel.model.Evidence;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.Status;
import org.backchannel.store.EventStore;

/**
 * The analysis side at scale: N synthetic events among 2,000 actors in 150 countries over five years,
 * saved to a DuckDB store, then a one-year network built, centrality and brokerage scored, and dyad
 * timelines computed from memory and by SQL. Returns each step's seconds.
 */
public final class NetworkBenchmark {

    /**
     * N synthetic events among 2,000 actors ("a0".."a1999", a few of them very active) in 150 countries
     * ("C00".."C149") over 2021–2025, with random CAMEO codes, statuses, secrecy (1 in 20) and
     * mediators (1 in 30), one evidence sentence each, grouped 1,000 to a document. Seeded: the same
     * seed gives the same events.
     */
    public static Analysis synthetic(int n, Codebook codebook, long seed) {
        Random rnd = new Random(seed);
        List<String> codes = new ArrayList<>(codebook.all().keySet());
        String[] countries = new String[150];
        for (int i = 0; i < countries.length; i++) {
            countries[i] = "C" + String.format("%02d", i);
        }
        Map<String, Actor> actors = new HashMap<>();
        for (int i = 0; i < 2000; i++) {
            String c = countries[i % countries.length];
            actors.put(
                    "a" + i,
                    new Actor("a" + i, "Actor " + i, List.of(), ActorType.GROUP, c, "GOV", c + "GOV", null, List.of()));
        }
        List<Event> events = new ArrayList<>(n);
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < n; i++) {
            int s = (int) Math.min(1999, Math.abs(rnd.nextGaussian()) * 300);
            int t = rnd.nextInt(2000);
            if (s == t) {
                t = (t + 1) % 2000;
            }
            EventCode code = codebook.get(codes.get(rnd.nextInt(codes.size())));
            Epistemic epi = new Epistemic(
                    Status.values()[rnd.nextInt(4)],
                    rnd.nextInt(20) == 0,
                    null,
                    rnd.nextInt(30) == 0 ? "a" + rnd.nextInt(50) : null,
                    List.of(),
                    null);
            String doc = "d" + (i / 1000);
            events.add(new Event(
                    "e" + i,
                    new EventDate(start.plusDays(rnd.nextInt(5 * 365)), DatePrecision.DAY, true),
                    ref(actors.get("a" + s)),
                    ref(actors.get("a" + t)),
                    code,
                    "x",
                    0,
                    epi,
                    List.of(),
                    null,
                    List.of(new Evidence(doc, 0, "synthetic", 0, 9)),
                    0.5));
        }
        List<ParsedDocument> docs = new ArrayList<>();
        for (int d = 0; d * 1000 < n; d++) {
            docs.add(new ParsedDocument(
                    new Document(
                            "d" + d,
                            "synthetic",
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            "synthetic " + d,
                            List.of(),
                            "h" + d),
                    List.of()));
        }
        return new Analysis(docs, new ArrayList<>(actors.values()), events, List.of(), List.of(), List.of());
    }

    public Map<String, Double> run(int n, Codebook codebook, long seed) throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        long t0 = System.nanoTime();
        Analysis synthetic = synthetic(n, codebook, seed);
        List<Event> events = synthetic.events();
        Map<String, Actor> actors = new HashMap<>();
        synthetic.actors().forEach(a -> actors.put(a.id(), a));
        out.put("generate", secs(t0));

        Path dir = Files.createTempDirectory("backchannel-netbench");
        try (EventStore store = EventStore.open(dir.resolve("net.duckdb"))) {
            t0 = System.nanoTime();
            store.save(synthetic);
            out.put("store insert", secs(t0));

            t0 = System.nanoTime();
            NetworkView year =
                    new NetworkView(false, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), java.util.Set.of());
            ActorNetwork net = new NetworkBuilder().build(events, actors, year);
            out.put("network, one-year window (actors)", secs(t0));
            out.put("  vertices", (double) net.graph().vertexSet().size());
            out.put("  edges", (double) net.graph().edgeSet().size());

            t0 = System.nanoTime();
            ActorNetwork countryNet = new NetworkBuilder()
                    .build(events, actors, new NetworkView(true, year.from(), year.to(), java.util.Set.of()));
            out.put("network, one-year window (countries)", secs(t0));

            t0 = System.nanoTime();
            new BrokerageScorer()
                    .rank(
                            countryNet,
                            events,
                            v -> actors.containsKey(v) ? actors.get(v).country() : v);
            out.put("brokerage + betweenness (countries)", secs(t0));

            t0 = System.nanoTime();
            Timeline tl = Timeline.of(events, Timeline.involving("C00", "C01"), Granularity.MONTH);
            out.put("timeline of a dyad (memory)", secs(t0));
            out.put("  dyad events", (double) tl.entries().size());

            t0 = System.nanoTime();
            try (Statement st = store.connection().createStatement();
                    ResultSet rs = st.executeQuery(
                            "SELECT date_trunc('month', event_date) m, count(*), sum(goldstein) FROM events "
                                    + "WHERE (source_country = 'C00' AND target_country = 'C01') OR (source_country = 'C01' AND target_country = 'C00') "
                                    + "GROUP BY m ORDER BY m")) {
                while (rs.next()) {
                    rs.getInt(2);
                }
            }
            out.put("timeline of a dyad (SQL)", secs(t0));
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
        return out;
    }

    private static ActorRef ref(Actor a) {
        return new ActorRef(a.id(), a.name(), a.code());
    }

    private static double secs(long t0) {
        return Math.round((System.nanoTime() - t0) / 1e6) / 1000.0;
    }
}
