package org.backchannel.analysis.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.backchannel.analysis.network.ActorNetwork;
import org.backchannel.analysis.network.DyadEdge;

/** Writes the actor network as GraphML (yEd, Cytoscape, networkx) or dynamic GEXF 1.3 (Gephi), with the JDK's StAX writer. */
public final class GraphXml {
    public static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    public static final String GEXF_NS = "http://gexf.net/1.3";
    private static final String XSI_NS = "http://www.w3.org/2001/XMLSchema-instance";
    /** Edge attributes of both formats: GraphML key id, name, GraphML type (GEXF writes int as integer). */
    static final String[][] EDGE_ATTRIBUTES = {
        {"count", "count", "int"},
        {"goldstein", "goldstein_total", "double"},
        {"mean", "goldstein_mean", "double"},
        {"first", "first", "string"},
        {"last", "last", "string"},
        {"statuses", "statuses", "string"},
        {"secret", "secret", "int"},
        {"mediated", "mediated", "int"},
        {"events", "events", "string"}
    };

    private GraphXml() {}

    public static void graphml(ActorNetwork net, Path file) throws IOException {
        write(file, w -> {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace(GRAPHML_NS);
            w.writeNamespace("xsi", XSI_NS);
            w.writeAttribute(
                    "xsi",
                    XSI_NS,
                    "schemaLocation",
                    GRAPHML_NS + " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            key(w, "name", "node", "label", "string");
            for (String[] a : EDGE_ATTRIBUTES) {
                key(w, a[0], "edge", a[1], a[2]);
            }
            w.writeStartElement("graph");
            w.writeAttribute("id", "backchannel");
            w.writeAttribute("edgedefault", "directed");
            for (String v : net.graph().vertexSet()) {
                w.writeStartElement("node");
                w.writeAttribute("id", v);
                data(w, "name", net.name(v));
                w.writeEndElement();
            }
            int i = 0;
            for (DyadEdge e : net.graph().edgeSet()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", "e" + i++);
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                String[] values = edgeValues(e);
                for (int k = 0; k < values.length; k++) {
                    data(w, EDGE_ATTRIBUTES[k][0], values[k]);
                }
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
        });
    }

    /**
     * GEXF 1.3, dynamic: each edge lives from its first to its last event date ({@code start},
     * {@code end}, ISO days) so that Gephi's timeline plays the network; an edge with no dated
     * event has no bounds and lives throughout. Edges carry the same attributes as the GraphML
     * export, nodes their label.
     */
    public static void gexf(ActorNetwork net, Path file) throws IOException {
        write(file, w -> {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gexf");
            w.writeDefaultNamespace(GEXF_NS);
            w.writeNamespace("xsi", XSI_NS);
            w.writeAttribute("xsi", XSI_NS, "schemaLocation", GEXF_NS + " http://gexf.net/1.3/gexf.xsd");
            w.writeAttribute("version", "1.3");
            w.writeStartElement("meta");
            w.writeStartElement("creator");
            w.writeCharacters("Backchannel");
            w.writeEndElement();
            w.writeStartElement("description");
            w.writeCharacters("Actor network: an edge is a directed dyad, alive from its first to its last event");
            w.writeEndElement();
            w.writeEndElement();
            w.writeStartElement("graph");
            w.writeAttribute("mode", "dynamic");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeAttribute("timeformat", "date");
            w.writeStartElement("attributes");
            w.writeAttribute("class", "edge");
            w.writeAttribute("mode", "static");
            for (int k = 0; k < EDGE_ATTRIBUTES.length; k++) {
                w.writeEmptyElement("attribute");
                w.writeAttribute("id", Integer.toString(k));
                w.writeAttribute("title", EDGE_ATTRIBUTES[k][1]);
                w.writeAttribute("type", EDGE_ATTRIBUTES[k][2].equals("int") ? "integer" : EDGE_ATTRIBUTES[k][2]);
            }
            w.writeEndElement();
            w.writeStartElement("nodes");
            for (String v : net.graph().vertexSet()) {
                w.writeEmptyElement("node");
                w.writeAttribute("id", v);
                w.writeAttribute("label", net.name(v));
            }
            w.writeEndElement();
            w.writeStartElement("edges");
            int i = 0;
            for (DyadEdge e : net.graph().edgeSet()) {
                w.writeStartElement("edge");
                w.writeAttribute("id", Integer.toString(i++));
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                w.writeAttribute("weight", Integer.toString(e.count()));
                if (e.first() != null) {
                    w.writeAttribute("start", e.first().toString());
                    w.writeAttribute("end", e.last().toString());
                }
                w.writeStartElement("attvalues");
                String[] values = edgeValues(e);
                for (int k = 0; k < values.length; k++) {
                    w.writeEmptyElement("attvalue");
                    w.writeAttribute("for", Integer.toString(k));
                    w.writeAttribute("value", values[k]);
                }
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
        });
    }

    /** An edge's attribute values, in the order of {@link #EDGE_ATTRIBUTES}. */
    private static String[] edgeValues(DyadEdge e) {
        return new String[] {
            Integer.toString(e.count()),
            Double.toString(e.goldsteinTotal()),
            Double.toString(e.goldsteinMean()),
            e.first() == null ? "" : e.first().toString(),
            e.last() == null ? "" : e.last().toString(),
            e.statuses().toString(),
            Integer.toString(e.secret()),
            Integer.toString(e.mediated()),
            String.join(" ", e.events())
        };
    }

    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static void write(Path file, Body body) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            body.write(w);
            w.flush();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void key(XMLStreamWriter w, String id, String on, String name, String type)
            throws XMLStreamException {
        w.writeEmptyElement("key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", on);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement("data");
        w.writeAttribute("key", key);
        w.writeCharacters(value);
        w.writeEndElement();
    }
}
