package org.backchannel.analysis.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Strict, independent readers for the export formats, as a consumer would apply them: DuckDB with
 * the GDELT 2.0 codebook's column types, DuckDB's JSON reader, and the JDK's XML parser with the
 * structural rules of the GraphML and GEXF 1.3 specifications.
 */
final class ExportReaders {
    /** The GDELT 2.0 Event codebook's type for each column (INTEGER, NUMERIC as DOUBLE, STRING as VARCHAR). */
    static final Map<String, String> GDELT_TYPES = gdeltTypes();

    private ExportReaders() {}

    private static Map<String, String> gdeltTypes() {
        Map<String, String> t = new LinkedHashMap<>();
        for (String c : GdeltExport.COLUMNS) {
            String type = "VARCHAR";
            if (c.equals("GLOBALEVENTID") || c.equals("DATEADDED")) {
                type = "BIGINT";
            } else if (List.of(
                                    "SQLDATE",
                                    "MonthYear",
                                    "Year",
                                    "IsRootEvent",
                                    "QuadClass",
                                    "NumMentions",
                                    "NumSources",
                                    "NumArticles")
                            .contains(c)
                    || c.endsWith("Geo_Type")) {
                type = "INTEGER";
            } else if (List.of("FractionDate", "GoldsteinScale", "AvgTone").contains(c)
                    || c.endsWith("_Lat")
                    || c.endsWith("_Long")) {
                type = "DOUBLE";
            }
            t.put(c, type);
        }
        return t;
    }

    static Connection duckdb() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:");
    }

    static String path(Path p) {
        return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /**
     * Reads a GDELT export with every column cast to its codebook type (DuckDB fails on any value
     * that does not cast), checks the rules between columns, and returns the rows by column name.
     */
    static List<Map<String, Object>> gdelt(Path file) throws SQLException {
        StringBuilder columns = new StringBuilder("{");
        GDELT_TYPES.forEach((c, t) -> columns.append(columns.length() > 1 ? ", " : "")
                .append("'")
                .append(c)
                .append("': '")
                .append(t)
                .append("'"));
        columns.append("}");
        String from = "read_csv(" + path(file)
                + ", delim='\\t', header=false, quote='', escape='', auto_detect=false, strict_mode=true, columns="
                + columns + ")";
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Connection c = duckdb();
                Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT * FROM " + from)) {
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (String col : GDELT_TYPES.keySet()) {
                        row.put(col, rs.getObject(col));
                    }
                    rows.add(row);
                }
            }
            for (String[] rule : new String[][] {
                {"GLOBALEVENTID is unique", "count(DISTINCT GLOBALEVENTID) = count(*)"},
                {
                    "dates are never empty",
                    "count(*) FILTER (WHERE SQLDATE IS NULL OR MonthYear IS NULL OR Year IS NULL OR FractionDate IS NULL) = 0"
                },
                {"SQLDATE is a real day", "count(*) FILTER (WHERE try_strptime(SQLDATE::VARCHAR, '%Y%m%d') IS NULL) = 0"
                },
                {
                    "MonthYear and Year agree with SQLDATE",
                    "count(*) FILTER (WHERE MonthYear <> SQLDATE // 100 OR Year <> SQLDATE // 10000) = 0"
                },
                {
                    "FractionDate is YEAR.FFFF",
                    "count(*) FILTER (WHERE FractionDate < Year OR FractionDate >= Year + 1) = 0"
                },
                {"IsRootEvent is 0 or 1", "count(*) FILTER (WHERE IsRootEvent NOT IN (0, 1)) = 0"},
                {
                    "codes nest",
                    "count(*) FILTER (WHERE NOT starts_with(EventCode, EventBaseCode) OR NOT starts_with(EventBaseCode, EventRootCode)"
                            + " OR length(EventRootCode) <> 2 OR NOT regexp_full_match(EventCode, '[0-9]{2,4}')) = 0"
                },
                {"QuadClass 1 to 4", "count(*) FILTER (WHERE QuadClass NOT BETWEEN 1 AND 4) = 0"},
                {"Goldstein -10 to 10", "count(*) FILTER (WHERE GoldsteinScale NOT BETWEEN -10 AND 10) = 0"},
                {
                    "counts are positive",
                    "count(*) FILTER (WHERE NumMentions < 1 OR NumSources < 1 OR NumArticles < 1) = 0"
                },
                {
                    "AvgTone -100 to 100",
                    "count(*) FILTER (WHERE AvgTone IS NULL OR AvgTone NOT BETWEEN -100 AND 100) = 0"
                },
                {
                    "Geo types are 0 to 5",
                    "count(*) FILTER (WHERE Actor1Geo_Type NOT BETWEEN 0 AND 5 OR Actor2Geo_Type NOT BETWEEN 0 AND 5"
                            + " OR ActionGeo_Type NOT BETWEEN 0 AND 5 OR Actor1Geo_Type IS NULL OR Actor2Geo_Type IS NULL OR ActionGeo_Type IS NULL) = 0"
                },
                {
                    "a located place has a point",
                    "count(*) FILTER (WHERE ActionGeo_Type > 0 AND (ActionGeo_Lat NOT BETWEEN -90 AND 90"
                            + " OR ActionGeo_Long NOT BETWEEN -180 AND 180)) = 0"
                },
                {
                    "no point without a type",
                    "count(*) FILTER (WHERE ActionGeo_Type = 0 AND ActionGeo_Lat IS NOT NULL) = 0"
                },
                {
                    "actor codes split into their parts",
                    "count(*) FILTER (WHERE Actor1Code <> '' AND Actor1CountryCode = '' AND Actor1KnownGroupCode = ''"
                            + " AND Actor1Type1Code = '' AND Actor1Religion1Code = '') = 0"
                },
                {
                    "DATEADDED is YYYYMMDDHHMMSS",
                    "count(*) FILTER (WHERE try_strptime(DATEADDED::VARCHAR, '%Y%m%d%H%M%S') IS NULL) = 0"
                },
                {"SOURCEURL never empty", "count(*) FILTER (WHERE SOURCEURL IS NULL OR SOURCEURL = '') = 0"}
            }) {
                try (ResultSet rs = st.executeQuery("SELECT " + rule[1] + " FROM " + from)) {
                    rs.next();
                    assertTrue(rs.getBoolean(1), rule[0]);
                }
            }
        }
        return rows;
    }

    /** Reads the GDELT sidecar as a quoted TSV with a header, its columns by name. */
    static List<Map<String, String>> sidecar(Path file) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection c = duckdb();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(
                        "SELECT * FROM read_csv(" + path(file) + ", delim='\\t', header=true, quote='\"', escape='\"',"
                                + " all_varchar=true, strict_mode=true)")) {
            int n = rs.getMetaData().getColumnCount();
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
                names.add(rs.getMetaData().getColumnName(i));
            }
            assertEquals(GdeltExport.SIDECAR_COLUMNS, names);
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (String name : names) {
                    String v = rs.getString(name);
                    row.put(name, v == null ? "" : v);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * The structural rules of GraphML 1.0 a strict reader applies: root and graph elements in the
     * GraphML namespace, edgedefault given, unique node ids, every key with for/attr.name/attr.type
     * of GraphML's types, every data element naming a declared key of its element's kind with a
     * value of the key's type, every edge's ends declared nodes. Returns the node count.
     */
    static int graphml(Path file) throws Exception {
        Element root = parse(file).getDocumentElement();
        String ns = GraphXml.GRAPHML_NS;
        assertEquals(ns, root.getNamespaceURI());
        assertEquals("graphml", root.getLocalName());
        Map<String, String[]> keys = new HashMap<>();
        NodeList keyList = root.getElementsByTagNameNS(ns, "key");
        for (int i = 0; i < keyList.getLength(); i++) {
            Element k = (Element) keyList.item(i);
            assertTrue(List.of("node", "edge", "graph", "all").contains(k.getAttribute("for")), "key for");
            assertTrue(
                    List.of("boolean", "int", "long", "float", "double", "string")
                            .contains(k.getAttribute("attr.type")),
                    "key type");
            assertFalse(k.getAttribute("attr.name").isEmpty());
            assertTrue(
                    keys.put(k.getAttribute("id"), new String[] {k.getAttribute("for"), k.getAttribute("attr.type")})
                            == null,
                    "key ids unique");
        }
        NodeList graphs = root.getElementsByTagNameNS(ns, "graph");
        assertEquals(1, graphs.getLength());
        assertTrue(List.of("directed", "undirected").contains(((Element) graphs.item(0)).getAttribute("edgedefault")));
        Set<String> nodeIds = new HashSet<>();
        NodeList nodes = root.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            assertTrue(nodeIds.add(((Element) nodes.item(i)).getAttribute("id")), "node ids unique");
        }
        NodeList edges = root.getElementsByTagNameNS(ns, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(
                    nodeIds.contains(e.getAttribute("source")) && nodeIds.contains(e.getAttribute("target")),
                    "edge ends are nodes");
        }
        NodeList data = root.getElementsByTagNameNS(ns, "data");
        for (int i = 0; i < data.getLength(); i++) {
            Element d = (Element) data.item(i);
            String[] key = keys.get(d.getAttribute("key"));
            assertNotNull(key, "data names a declared key: " + d.getAttribute("key"));
            assertEquals(key[0], d.getParentNode().getLocalName(), "data on the kind its key is for");
            typed(key[1], d.getTextContent());
        }
        return nodeIds.size();
    }

    /**
     * The structural rules of GEXF 1.3 a strict reader (Gephi) applies to a dynamic graph: version
     * 1.3 in its namespace, graph mode dynamic with a timeformat, edge types and ids, attributes
     * declared with GEXF types and referenced by attvalues whose values have that type, edge ends
     * declared nodes, start and end ISO days with start ≤ end. Returns the edges' bounds by edge id.
     */
    static Map<String, LocalDate[]> gexf(Path file) throws Exception {
        Element root = parse(file).getDocumentElement();
        String ns = GraphXml.GEXF_NS;
        assertEquals(ns, root.getNamespaceURI());
        assertEquals("1.3", root.getAttribute("version"));
        Element graph = (Element) root.getElementsByTagNameNS(ns, "graph").item(0);
        assertEquals("dynamic", graph.getAttribute("mode"));
        assertEquals("date", graph.getAttribute("timeformat"));
        assertTrue(List.of("directed", "undirected", "mutual").contains(graph.getAttribute("defaultedgetype")));
        Map<String, String> attributes = new HashMap<>();
        NodeList attrs = root.getElementsByTagNameNS(ns, "attribute");
        for (int i = 0; i < attrs.getLength(); i++) {
            Element a = (Element) attrs.item(i);
            assertTrue(List.of("integer", "long", "float", "double", "boolean", "string", "liststring", "anyURI")
                    .contains(a.getAttribute("type")));
            assertFalse(a.getAttribute("title").isEmpty());
            attributes.put(
                    a.getAttribute("id"), a.getAttribute("type").equals("integer") ? "int" : a.getAttribute("type"));
        }
        Set<String> nodeIds = new HashSet<>();
        NodeList nodes = root.getElementsByTagNameNS(ns, "node");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element n = (Element) nodes.item(i);
            assertTrue(nodeIds.add(n.getAttribute("id")), "node ids unique");
            assertFalse(n.getAttribute("label").isEmpty(), "node label");
        }
        Map<String, LocalDate[]> bounds = new LinkedHashMap<>();
        NodeList edges = root.getElementsByTagNameNS(ns, "edge");
        for (int i = 0; i < edges.getLength(); i++) {
            Element e = (Element) edges.item(i);
            assertTrue(
                    nodeIds.contains(e.getAttribute("source")) && nodeIds.contains(e.getAttribute("target")),
                    "edge ends are nodes");
            Double.parseDouble(e.getAttribute("weight"));
            LocalDate start = e.hasAttribute("start") ? LocalDate.parse(e.getAttribute("start")) : null;
            LocalDate end = e.hasAttribute("end") ? LocalDate.parse(e.getAttribute("end")) : null;
            assertTrue(start == null || end == null || !end.isBefore(start), "start before end");
            assertTrue(bounds.put(e.getAttribute("id"), new LocalDate[] {start, end}) == null, "edge ids unique");
            NodeList values = e.getElementsByTagNameNS(ns, "attvalue");
            for (int k = 0; k < values.getLength(); k++) {
                Element v = (Element) values.item(k);
                String type = attributes.get(v.getAttribute("for"));
                assertNotNull(type, "attvalue for a declared attribute");
                typed(type, v.getAttribute("value"));
            }
        }
        return bounds;
    }

    private static org.w3c.dom.Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    private static void typed(String type, String value) {
        switch (type) {
            case "int" -> Integer.parseInt(value);
            case "long" -> Long.parseLong(value);
            case "float", "double" -> Double.parseDouble(value);
            case "boolean" -> assertTrue(value.equals("true") || value.equals("false"));
            default -> {}
        }
    }
}
