package org.backchannel.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.backchannel.analysis.analogs.AnalogMatch;
import org.backchannel.analysis.analogs.AnalogRetriever;
import org.backchannel.analysis.backchannels.Backchannel;
import org.backchannel.analysis.backchannels.BackchannelDetector;
import org.backchannel.analysis.brokers.Broker;
import org.backchannel.analysis.brokers.BrokerageScorer;
import org.backchannel.analysis.export.EventExports;
import org.backchannel.analysis.export.GraphXml;
import org.backchannel.analysis.json.AnalysisJson;
import org.backchannel.analysis.ledger.ClaimsLedger;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.analysis.network.ScoredNetwork;
import org.backchannel.analysis.render.Pictures;
import org.backchannel.analysis.timeline.Granularity;
import org.backchannel.analysis.timeline.SpikeDetector;
import org.backchannel.analysis.timeline.Timeline;
import org.backchannel.coder.history.EpisodeCatalog;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.Document;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.store.EventStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/** The analysis stage on the demo corpus plus the flagship article, read back from a real store. */
class AnalysisTest {
    @TempDir
    static Path dir;

    static EventStore store;
    static Workspace flagship;
    static Workspace all;

    @BeforeAll
    static void analyze() throws Exception {
        Pipeline p = Pipeline.standard();
        Path seed = shared().resolve("corpus/seed/venezuela-backchannel.txt");
        List<Document> seedDocs =
                new Ingestor().read(List.of(seed.toString()), System.in).documents();
        EventStore seedStore = EventStore.open(dir.resolve("seed.duckdb"));
        seedStore.save(p.analyze(seedDocs, (a, b) -> {}).analysis());
        flagship = Workspace.load(seedStore);
        seedStore.close();
        List<Document> docs =
                new ArrayList<>(new Ingestor().readBytes(DemoCorpus.demoFiles()).documents());
        docs.addAll(seedDocs);
        store = EventStore.open(dir.resolve("all.duckdb"));
        store.save(p.analyze(docs, (a, b) -> {}).analysis());
        all = Workspace.load(store);
    }

    static Path shared() {
        Path shared = org.backchannel.corpus.SharedFolder.locate();
        if (shared == null) {
            throw new IllegalStateException("../shared is not beside the project");
        }
        return shared;
    }

    @Test
    void qatarIsTheBrokerBetweenTheUnitedStatesAndVenezuela() {
        List<Broker> brokers = new BrokerageScorer()
                .rank(flagship.network(NetworkView.ACTORS), flagship.events(), flagship::countryOf);
        assertEquals("qat", brokers.get(0).actor(), brokers.toString());
        assertTrue(
                brokers.get(0).between().contains("USA–VEN"),
                brokers.get(0).between().toString());
        assertTrue(brokers.get(0).roles().containsKey("liaison"));
    }

    @Test
    void theUsVenezuelaContactThroughQatarIsABackchannel() {
        List<Backchannel> found = new BackchannelDetector().detect(flagship.events(), flagship::countryOf);
        Backchannel usVen = found.stream()
                .filter(b -> b.a().equals("USA") && b.b().equals("VEN"))
                .findFirst()
                .orElseThrow();
        assertTrue(usVen.mediators().contains("qat"));
        assertTrue(usVen.hostility() < 0);
        assertTrue(usVen.contacts().stream()
                .anyMatch(e -> e.primaryEvidence().text().contains("secret communications")));
    }

    @Test
    void closestAnalogsIncludeMediatedOrSecretUsTalksWithAnAdversary() {
        List<AnalogMatch> top =
                new AnalogRetriever(EpisodeCatalog.defaults()).closest(flagship.events(), "USA", "VEN", 5);
        Map<String, List<String>> features =
                EpisodeCatalog.defaults().all().stream().collect(Collectors.toMap(e -> e.id(), e -> e.features()));
        long fitting = top.stream()
                .filter(m -> {
                    List<String> f = features.get(m.id());
                    return f.contains("us-involved")
                            && f.contains("adversaries")
                            && (f.contains("mediated") || f.contains("secret"));
                })
                .count();
        assertTrue(fitting >= 2, top.toString());
        assertTrue(top.stream().allMatch(m -> !m.matchedFeatures().isEmpty()));
    }

    @Test
    void exportsValidate() throws Exception {
        ActorNetwork net = all.network(NetworkView.ACTORS);
        Path graphml = dir.resolve("net.graphml");
        Path gexf = dir.resolve("net.gexf");
        GraphXml.graphml(net, graphml);
        GraphXml.gexf(net, gexf);
        var dbf = DocumentBuilderFactory.newInstance();
        dbf.setNamespaceAware(true);
        NodeList nodes = dbf.newDocumentBuilder()
                .parse(graphml.toFile())
                .getElementsByTagNameNS("http://graphml.graphdrawing.org/xmlns", "node");
        assertEquals(net.graph().vertexSet().size(), nodes.getLength());
        NodeList edges =
                dbf.newDocumentBuilder().parse(gexf.toFile()).getElementsByTagNameNS("http://gexf.net/1.3", "edge");
        assertEquals(net.graph().edgeSet().size(), edges.getLength());
        assertTrue(nodes.getLength() > 20);

        Path gdelt = dir.resolve("events.tsv");
        EventExports.gdelt(
                all.events(), all.actors(), org.backchannel.analysis.export.SourceDocuments.load(store), gdelt);
        List<String> rows = Files.readAllLines(gdelt);
        assertEquals(all.events().size(), rows.size());
        for (String r : rows) {
            assertEquals(61, r.split("\t", -1).length, r);
        }
        assertTrue(Files.readAllLines(dir.resolve("events.backchannel.tsv")).size() == rows.size() + 1);

        Path plover = dir.resolve("plover.json");
        EventExports.plover(all.events(), plover);
        assertEquals(
                all.events().size(),
                new com.fasterxml.jackson.databind.ObjectMapper()
                        .readTree(plover.toFile())
                        .size());

        List<Path> parquet = EventExports.tables(store, dir.resolve("parquet"), "parquet");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                ResultSet rs = c.createStatement()
                        .executeQuery("SELECT count(*) FROM read_parquet('" + parquet.get(4) + "')")) {
            rs.next();
            assertEquals(all.events().size(), rs.getInt(1));
        }
        EventExports.tables(store, dir.resolve("csv"), "csv");
        assertTrue(Files.size(dir.resolve("csv").resolve("events.csv")) > 1000);
    }

    @Test
    void picturesShowNodesAndLabels() throws Exception {
        ActorNetwork net = flagship.network(NetworkView.COUNTRIES);
        Path svg = dir.resolve("net.svg");
        Path png = dir.resolve("net.png");
        Pictures.networkSvg(net, svg);
        Pictures.networkPng(net, png);
        String text = Files.readString(svg);
        assertEquals(net.graph().vertexSet().size(), text.split("<circle").length - 1);
        assertTrue(text.contains(">USA<") && text.contains(">VEN<"), "labels drawn");
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(900, img.getWidth());
        int dark = 0;
        for (int x = 0; x < img.getWidth(); x += 2) {
            for (int y = 0; y < img.getHeight(); y += 2) {
                if ((img.getRGB(x, y) & 0xFF) < 100) {
                    dark++;
                }
            }
        }
        assertTrue(dark > 200, "nodes and labels drawn: " + dark);
        Path tl = dir.resolve("timeline.svg");
        Pictures.timelineSvg(
                Timeline.of(all.events(), Timeline.involving("RUS", null), Granularity.MONTH)
                        .buckets(),
                "RUS",
                tl);
        assertTrue(Files.readString(tl).contains("<rect x="));
    }

    @Test
    void timelinesAndSpikes() {
        Timeline t = Timeline.of(all.events(), Timeline.involving("RUS", null), Granularity.MONTH);
        assertTrue(t.entries().size() >= 5);
        for (int i = 1; i < t.entries().size(); i++) {
            assertTrue(!t.entries()
                    .get(i)
                    .date()
                    .day()
                    .isBefore(t.entries().get(i - 1).date().day()));
        }
        boolean[] s = new SpikeDetector().spikes(new int[] {1, 0, 2, 1, 1, 9, 1});
        assertTrue(s[5]);
        assertEquals(
                1,
                java.util.stream.IntStream.range(0, s.length).filter(i -> s[i]).count());
        boolean[] c = new org.backchannel.analysis.timeline.ChangePointDetector()
                .changes(new double[] {5, 6, 4, 5, 6, 5, -8, -9, -7, -8, -9, -8});
        int first = java.util.stream.IntStream.range(0, c.length)
                .filter(i -> c[i])
                .findFirst()
                .orElse(-1);
        assertTrue(first >= 6 && first <= 8, "the turn to hostility is found where it happens: " + first);
        assertTrue(java.util.stream.IntStream.range(0, 6).noneMatch(i -> c[i]), "no change before it");
    }

    @Test
    void communitiesCoverEveryActor() {
        ActorNetwork net = all.network(NetworkView.COUNTRIES);
        Map<String, Integer> c = org.backchannel.analysis.network.Communities.of(net);
        assertEquals(net.graph().vertexSet(), c.keySet());
        assertTrue(c.values().stream().distinct().count() >= 2, "several communities in 18 unrelated stories: " + c);
        assertEquals(c.get("USA") != null, true);
    }

    @Test
    void countryLevelAndStatusViews() {
        ActorNetwork countries = all.network(NetworkView.COUNTRIES);
        assertTrue(countries.graph().vertexSet().stream().allMatch(v -> v.matches("[A-Z]{3}")));
        ActorNetwork factual = all.network(new NetworkView(false, null, null, NetworkView.factual()));
        int allEdges = all.network(NetworkView.ACTORS).graph().edgeSet().stream()
                .mapToInt(e -> e.count())
                .sum();
        int factualEdges =
                factual.graph().edgeSet().stream().mapToInt(e -> e.count()).sum();
        assertTrue(factualEdges < allEdges, factualEdges + " vs " + allEdges);
    }

    @Test
    void viewJsonShapes() {
        ScoredNetwork scored = ScoredNetwork.of(all.network(NetworkView.COUNTRIES));
        JsonNode net = AnalysisJson.network(scored, false);
        assertEquals("computed", net.get("betweenness").asText());
        assertEquals(scored.net().graph().vertexSet().size(), net.get("nodes").size());
        net.get("nodes").forEach(n -> assertTrue(n.get("betweenness").isNumber(), n.toString()));
        int previous = Integer.MAX_VALUE;
        for (JsonNode e : net.get("edges")) {
            assertTrue(e.get("count").asInt() <= previous, "edges are listed most events first");
            previous = e.get("count").asInt();
            assertFalse(e.has("events"), "events=false leaves the event ids out");
        }
        JsonNode withEvents = AnalysisJson.network(scored, true).get("edges").get(0);
        assertEquals(withEvents.get("count").asInt(), withEvents.get("events").size());

        JsonNode backchannels = AnalysisJson.backchannels(
                        new BackchannelDetector().detect(flagship.events(), flagship::countryOf),
                        id -> flagship.actors().containsKey(id)
                                ? flagship.actors().get(id).name()
                                : id)
                .get("backchannels");
        JsonNode qatar = backchannels.findValues("mediators").stream()
                .flatMap(m -> java.util.stream.StreamSupport.stream(m.spliterator(), false))
                .filter(m -> m.get("id").asText().equals("qat"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(backchannels.toString()));
        assertEquals(flagship.actors().get("qat").name(), qatar.get("name").asText());

        JsonNode claims =
                AnalysisJson.claims(ClaimsLedger.read(store, null, null, 0)).get("claims");
        assertFalse(claims.isEmpty());
        for (JsonNode c : claims) {
            List<String> disputing = new ArrayList<>();
            c.get("event").get("disputed_by").forEach(x -> disputing.add(x.asText()));
            c.get("disputed_by")
                    .forEach(d -> assertTrue(disputing.contains(d.get("id").asText()), c.toString()));
        }
    }
}
