package org.backchannel.analysis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.backchannel.analysis.Workspace;
import org.backchannel.analysis.export.SourceDocuments.SourceDocument;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.NetworkView;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.corpus.SharedFolder;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.Document;
import org.backchannel.model.Event;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.store.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every export format read back by an independent, strict reader from a real store of the seed
 * article and part of the demo corpus (three HTML and text stories and the JSON Lines items, which
 * carry URLs), and compared with the store.
 */
class ExportConformanceTest {
    @TempDir
    static Path dir;

    static EventStore store;
    static Workspace w;
    static Map<String, SourceDocument> documents;

    @BeforeAll
    static void build() throws Exception {
        Path shared = SharedFolder.locate();
        Map<String, byte[]> demo = new LinkedHashMap<>();
        DemoCorpus.demoFiles().forEach((name, bytes) -> {
            if (name.startsWith("01-") || name.startsWith("03-") || name.startsWith("06-") || name.endsWith(".jsonl")) {
                demo.put(name, bytes);
            }
        });
        List<Document> docs = new ArrayList<>(new Ingestor().readBytes(demo).documents());
        if (shared != null) {
            docs.addAll(new Ingestor()
                    .read(
                            List.of(shared.resolve("corpus/seed/venezuela-backchannel.txt")
                                    .toString()),
                            System.in)
                    .documents());
        }
        store = EventStore.open(dir.resolve("exports.duckdb"));
        store.save(Pipeline.standard().analyze(docs, (a, b) -> {}).analysis());
        w = Workspace.load(store);
        documents = SourceDocuments.load(store);
        assertTrue(
                w.events().size() > 30, "a store worth exporting: " + w.events().size());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void gdeltReadsBackColumnByColumnAndMatchesTheStore() throws Exception {
        Path file = dir.resolve("events.tsv");
        new GdeltExport(w.actors(), documents, LocalDateTime.of(2025, 1, 2, 3, 4, 5)).write(w.events(), file);
        List<Map<String, Object>> rows = ExportReaders.gdelt(file);
        List<Map<String, String>> side = ExportReaders.sidecar(GdeltExport.sidecar(file));
        assertEquals(w.events().size(), rows.size());
        assertEquals(rows.size(), side.size());
        int roots = 0;
        int withUrl = 0;
        int undated = 0;
        for (int i = 0; i < rows.size(); i++) {
            Event e = w.events().get(i);
            Map<String, Object> r = rows.get(i);
            Map<String, String> s = side.get(i);
            assertEquals(e.id(), s.get("backchannel_id"));
            assertEquals(e.primaryEvidence().text(), s.get("evidence"), "evidence survives quoting");
            assertEquals(e.code().cameo(), r.get("EventCode"));
            assertEquals(e.code().quadClass(), r.get("QuadClass"));
            assertEquals(
                    e.source().code() == null ? null : e.source().code(),
                    r.get("Actor1Code") == null ? null : emptyToNull(r.get("Actor1Code")));
            SourceDocument doc = documents.get(e.primaryEvidence().document());
            assertEquals(doc.url() != null ? doc.url() : doc.id(), r.get("SOURCEURL"));
            withUrl += doc.url() != null ? 1 : 0;
            if (e.date() != null) {
                assertEquals(Integer.parseInt(e.date().day().toString().replace("-", "")), r.get("SQLDATE"));
            } else {
                undated++;
                assertTrue(List.of("publication", "ingested").contains(s.get("date_source")));
            }
            roots += (Integer) r.get("IsRootEvent");
            if (e.location() != null && e.location().hasPoint()) {
                assertTrue((Integer) r.get("ActionGeo_Type") > 0);
            }
        }
        assertTrue(
                roots > 0 && roots < rows.size(),
                "IsRootEvent marks the lead's events only: " + roots + " of " + rows.size());
        assertTrue(withUrl > 0, "the JSON Lines items' URLs reach SOURCEURL");
        System.out.printf(
                "GDELT conformance: %d rows, 61 typed columns, %d root events, %d with URL, %d undated%n",
                rows.size(), roots, withUrl, undated);
    }

    private static Object emptyToNull(Object o) {
        return "".equals(o) ? null : o;
    }

    @Test
    void ploverReadsBackWithDuckDbsJsonReader() throws Exception {
        Path file = dir.resolve("plover.jsonl");
        new PloverExport(w.actors(), documents, LocalDate.of(2025, 1, 2)).write(w.events(), file);
        PloverVocabulary v = PloverVocabulary.defaults();
        try (Connection c = ExportReaders.duckdb();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT id, has_event, date, event, mode, context, quad_code, len(source), cite_info.citation"
                                + " FROM read_json(" + ExportReaders.path(file) + ", format='newline_delimited')")) {
            Set<String> ids = new HashSet<>();
            Map<String, Event> byId = w.events().stream().collect(Collectors.toMap(Event::id, e -> e));
            while (rs.next()) {
                Event e = byId.get(rs.getString(1));
                ids.add(e.id());
                LocalDate.parse(rs.getString(3));
                Object[] event = rs.getArray(4) == null
                        ? null
                        : (Object[]) rs.getArray(4).getArray();
                assertEquals(rs.getBoolean(2), event != null);
                if (event != null) {
                    assertTrue(v.isEvent((String) event[0]));
                    assertEquals(e.code().ploverType(), event[0]);
                }
                if (rs.getArray(5) != null) {
                    for (Object m : (Object[]) rs.getArray(5).getArray()) {
                        assertTrue(v.isMode((String) event[0], (String) m), "mode " + m);
                    }
                }
                if (rs.getArray(6) != null) {
                    for (Object ctx : (Object[]) rs.getArray(6).getArray()) {
                        assertEquals(ctx, v.context((String) ctx), "only PLOVER contexts: " + ctx);
                    }
                }
                assertTrue(rs.getInt(7) >= 1 && rs.getInt(7) <= 4);
                assertEquals(e.primaryEvidence().document(), rs.getString(9));
            }
            assertEquals(byId.keySet(), ids);
        }
    }

    @Test
    void parquetAndCsvReadBackEqualTheStore() throws Exception {
        List<Path> parquet = EventExports.tables(store, dir.resolve("parquet"), "parquet");
        List<Path> csv = EventExports.tables(store, dir.resolve("csv"), "csv");
        try (Statement st = store.connection().createStatement()) {
            for (int i = 0; i < EventExports.TABLES.size(); i++) {
                String t = EventExports.TABLES.get(i);
                for (String q : List.of(
                        "SELECT count(*) FROM (SELECT * FROM " + t + " EXCEPT ALL SELECT * FROM read_parquet("
                                + ExportReaders.path(parquet.get(i)) + "))",
                        "SELECT count(*) FROM (SELECT * FROM read_parquet(" + ExportReaders.path(parquet.get(i))
                                + ") EXCEPT ALL SELECT * FROM " + t + ")",
                        "SELECT count(*) FROM (SELECT COLUMNS(*)::VARCHAR FROM " + t
                                + " EXCEPT ALL SELECT * FROM read_csv(" + ExportReaders.path(csv.get(i))
                                + ", header=true, all_varchar=true, strict_mode=true, allow_quoted_nulls=false))",
                        "SELECT count(*) FROM (SELECT * FROM read_csv(" + ExportReaders.path(csv.get(i))
                                + ", header=true, all_varchar=true, allow_quoted_nulls=false)"
                                + " EXCEPT ALL SELECT COLUMNS(*)::VARCHAR FROM " + t + ")")) {
                    try (ResultSet rs = st.executeQuery(q)) {
                        rs.next();
                        assertEquals(
                                0,
                                rs.getInt(1),
                                t + ": " + q + "; columns that differ: " + differing(st, t, csv.get(i)));
                    }
                }
            }
        }
    }

    /** The columns whose CSV text differs from the table's, with an example, for the failure message. */
    private static List<String> differing(Statement st, String table, Path csv) throws Exception {
        List<String> columns = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(
                "SELECT column_name FROM information_schema.columns WHERE table_name = '" + table + "'")) {
            while (rs.next()) {
                columns.add(rs.getString(1));
            }
        }
        List<String> out = new ArrayList<>();
        for (String c : columns) {
            try (ResultSet rs = st.executeQuery("SELECT a, length(a) FROM (SELECT \"" + c + "\"::VARCHAR AS a FROM "
                    + table + " EXCEPT ALL SELECT \"" + c + "\" FROM read_csv(" + ExportReaders.path(csv)
                    + ", header=true, all_varchar=true)) LIMIT 1")) {
                if (rs.next()) {
                    String a = rs.getString(1);
                    out.add(c + " (" + (a == null ? "NULL" : "'" + a.substring(0, Math.min(40, a.length())) + "'")
                            + ")");
                }
            }
        }
        return out;
    }

    @Test
    void graphmlAndDynamicGexfPassTheirStructuralRules() throws Exception {
        ActorNetwork net = w.network(NetworkView.ACTORS);
        Path graphml = dir.resolve("net.graphml");
        Path gexf = dir.resolve("net.gexf");
        GraphXml.graphml(net, graphml);
        GraphXml.gexf(net, gexf);
        assertEquals(net.graph().vertexSet().size(), ExportReaders.graphml(graphml));
        Map<String, LocalDate[]> bounds = ExportReaders.gexf(gexf);
        assertEquals(net.graph().edgeSet().size(), bounds.size());
        assertFalse(bounds.values().stream().allMatch(b -> b[0] == null), "dated edges have a start and an end");
        List<org.backchannel.analysis.network.DyadEdge> edges =
                new ArrayList<>(net.graph().edgeSet());
        for (int i = 0; i < edges.size(); i++) {
            assertEquals(edges.get(i).first(), bounds.get(Integer.toString(i))[0]);
            assertEquals(edges.get(i).last(), bounds.get(Integer.toString(i))[1]);
        }
    }
}
