package org.backchannel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON Lines: one article per line, {@code {"id","url","title","author","published","text"|"html"}}.
 * A bad line is reported with its line number; the other lines go on.
 */
public final class JsonLinesReader implements DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final TextReader text;
    private final HtmlReader html;

    public JsonLinesReader(TextReader text, HtmlReader html) {
        this.text = text;
        this.html = html;
    }

    @Override
    public void read(String name, String content, Sink sink) {
        String[] lines = content.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            String item = name + ":" + (i + 1);
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (Exception e) {
                sink.problem(item, "malformed JSON: " + firstLine(e.getMessage()));
                continue;
            }
            if (!node.isObject()) {
                sink.problem(item, "not a JSON object");
                continue;
            }
            String id = node.path("id").isValueNode() ? str(node, "id") : null;
            if (id == null || id.isBlank()) {
                id = DocumentIds.fromFileName(name) + "-" + (i + 1);
            }
            String body = str(node, "text");
            String markup = str(node, "html");
            if ((body == null || body.isBlank()) && (markup == null || markup.isBlank())) {
                sink.problem(item, "empty: no \"text\" or \"html\" field");
                continue;
            }
            org.backchannel.model.Document d = body != null && !body.isBlank()
                    ? text.parse(id, item, str(node, "url"), body)
                    : html.parse(id, item, str(node, "url"), markup);
            if (d.text().isBlank()) {
                sink.problem(item, "empty: nothing left after removing page furniture");
                continue;
            }
            String title = str(node, "title");
            String author = str(node, "author");
            java.time.LocalDate published = PublicationDates.parse(str(node, "published"));
            sink.document(new org.backchannel.model.Document(d.id(), d.origin(), d.url(),
                    title != null ? title : d.title(), author != null ? author : d.author(),
                    published != null ? published : d.published(), d.text(), d.boilerplateRemoved(), d.contentHash()));
        }
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
