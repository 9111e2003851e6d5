package org.backchannel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.backchannel.model.Document;

/**
 * JSON Lines: one article per line, {@code {"id","url","title","author","published","text"|"html"}},
 * with the names other feeds use for the same fields ("headline", "body", "date", ...), an optional
 * crawl date ("crawled") against which relative dates are read, and an optional "language". A bad
 * line is reported with its line number; the other lines go on.
 */
public final class JsonLinesReader implements DocumentReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> TEXT = List.of("text", "body", "content", "article", "description");
    private static final List<String> HTML = List.of("html", "raw_html", "page");
    private static final List<String> TITLE = List.of("title", "headline");
    private static final List<String> AUTHOR = List.of("author", "byline", "authors");
    private static final List<String> PUBLISHED = List.of(
            "published",
            "date",
            "published_at",
            "publish_date",
            "publication_date",
            "datePublished",
            "pubDate",
            "date_publish");
    private static final List<String> CRAWLED = List.of(
            "crawled",
            "crawled_at",
            "crawl_date",
            "date_crawled",
            "fetched",
            "fetched_at",
            "retrieved",
            "retrieved_at",
            "scraped_at",
            "date_download");
    private static final List<String> LANGUAGE = List.of("language", "lang", "locale");
    private static final List<String> URL = List.of("url", "link", "source_url");
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
            readLine(name, i + 1, lines[i], sink);
        }
    }

    /** Reads one line of a JSON Lines item; a bad line is reported as {@code name:lineNumber}, never thrown. */
    public void readLine(String name, int lineNumber, String rawLine, Sink sink) {
        String line = rawLine.strip();
        String item = name + ":" + lineNumber;
        if (line.isEmpty()) {
            return;
        }
        try {
            readRecord(name, lineNumber, item, line, sink);
        } catch (ItemRefused e) {
            sink.problem(item, e.getMessage());
        }
    }

    private void readRecord(String name, int lineNumber, String item, String line, Sink sink) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (Exception e) {
            sink.problem(item, "malformed JSON: " + firstLine(e.getMessage()));
            return;
        }
        if (node == null || !node.isObject()) {
            sink.problem(item, "not a JSON object");
            return;
        }
        String id = node.path("id").isValueNode() ? str(node, "id") : null;
        if (id == null || id.isBlank()) {
            id = DocumentIds.fromFileName(name) + "-" + lineNumber;
        }
        String body = str(node, TEXT);
        String markup = str(node, HTML);
        if ((body == null || body.isBlank()) && (markup == null || markup.isBlank())) {
            sink.problem(item, "empty: no \"text\" or \"html\" field");
            return;
        }
        String languageTag = str(node, LANGUAGE);
        PublicationDates.Hints hints = new PublicationDates.Hints(
                languageTag == null || languageTag.isBlank()
                        ? null
                        : Locale.forLanguageTag(languageTag.strip().replace('_', '-')),
                PublicationDates.parse(str(node, CRAWLED)));
        String url = str(node, URL);
        Document d = body != null && !body.isBlank()
                ? text.parse(id, item, url, body, hints)
                : html.parse(id, item, url, markup, hints);
        if (d.text().isBlank()) {
            sink.problem(item, "empty: nothing left after removing page furniture");
            return;
        }
        String title = Datelines.defaults().cleanHeadline(TextRepair.repair(str(node, TITLE)));
        String author = TextRepair.repair(str(node, AUTHOR));
        LocalDate published = PublicationDates.parse(str(node, PUBLISHED), hints);
        if (published == null && d.published() == null) {
            published = PublicationDates.fromUrl(url);
        }
        String agency = d.agency() != null ? d.agency() : Datelines.defaults().agencyInByline(author);
        sink.document(new Document(
                d.id(),
                d.origin(),
                d.url(),
                title != null && !title.isBlank() ? title : d.title(),
                author != null ? author : d.author(),
                published != null ? published : d.published(),
                d.dateline(),
                agency,
                d.text(),
                d.boilerplateRemoved(),
                d.contentHash()));
    }

    /** The first of a record's fields, by the names feeds give it, that has a value; or null. */
    private static String str(JsonNode node, List<String> fields) {
        for (String f : fields) {
            String v = str(node, f);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String str(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
