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

/** Writes the actor network as GraphML (yEd, Cytoscape, networkx) or GEXF 1.3 (Gephi), with the JDK's StAX writer. */
public final class GraphXml {
    private GraphXml() {
    }

    public static void graphml(ActorNetwork net, Path file) throws IOException {
        write(file, w -> {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("graphml");
            w.writeDefaultNamespace("http://graphml.graphdrawing.org/xmlns");
            key(w, "name", "node", "label", "string");
            key(w, "count", "edge", "count", "int");
            key(w, "goldstein", "edge", "goldstein_total", "double");
            key(w, "mean", "edge", "goldstein_mean", "double");
            key(w, "first", "edge", "first", "string");
            key(w, "last", "edge", "last", "string");
            key(w, "statuses", "edge", "statuses", "string");
            key(w, "secret", "edge", "secret", "int");
            key(w, "mediated", "edge", "mediated", "int");
            key(w, "events", "edge", "events", "string");
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
                data(w, "count", Integer.toString(e.count()));
                data(w, "goldstein", Double.toString(e.goldsteinTotal()));
                data(w, "mean", Double.toString(e.goldsteinMean()));
                data(w, "first", e.first() == null ? "" : e.first().toString());
                data(w, "last", e.last() == null ? "" : e.last().toString());
                data(w, "statuses", e.statuses().toString());
                data(w, "secret", Integer.toString(e.secret()));
                data(w, "mediated", Integer.toString(e.mediated()));
                data(w, "events", String.join(" ", e.events()));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
        });
    }

    public static void gexf(ActorNetwork net, Path file) throws IOException {
        write(file, w -> {
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("gexf");
            w.writeDefaultNamespace("http://gexf.net/1.3");
            w.writeAttribute("version", "1.3");
            w.writeStartElement("graph");
            w.writeAttribute("defaultedgetype", "directed");
            w.writeStartElement("attributes");
            w.writeAttribute("class", "edge");
            for (String[] a : new String[][] {{"0", "count", "integer"}, {"1", "goldstein_mean", "double"}, {"2", "statuses", "string"},
                {"3", "secret", "integer"}, {"4", "mediated", "integer"}}) {
                w.writeEmptyElement("attribute");
                w.writeAttribute("id", a[0]);
                w.writeAttribute("title", a[1]);
                w.writeAttribute("type", a[2]);
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
                w.writeStartElement("attvalues");
                String[] values = {Integer.toString(e.count()), Double.toString(e.goldsteinMean()), e.statuses().toString(),
                    Integer.toString(e.secret()), Integer.toString(e.mediated())};
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

    private static void key(XMLStreamWriter w, String id, String on, String name, String type) throws XMLStreamException {
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
