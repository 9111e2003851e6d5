package org.backchannel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * HTML pages: title, byline and date from meta tags, JSON-LD and byline elements; the article body
 * from {@code <article>}, {@code <main>} or the body, with navigation, related-link boxes, comment
 * widgets, share prompts and the like removed.
 */
public final class HtmlReader implements DocumentReader {
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "figcaption", "td");
    private static final Pattern BYLINE_TEXT = Pattern.compile("^\\s*(?i:by)\\s+(\\p{Lu}[^.!?]{1,79}?)\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Furniture furniture;

    public HtmlReader(Furniture furniture) {
        this.furniture = furniture;
    }

    @Override
    public void read(String name, String content, Sink sink) {
        sink.document(parse(DocumentIds.fromFileName(name), name, null, content));
    }

    /** Parses one page; {@code url} may be null. */
    public org.backchannel.model.Document parse(String id, String origin, String url, String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        JsonNode ld = jsonLd(page);
        String title = first(meta(page, "og:title"), text(ld, "headline"), page.selectFirst("h1") == null ? null : page.selectFirst("h1").text(), page.title());
        String author = first(meta(page, "author"), ldAuthor(ld), meta(page, "article:author"), bylineElement(page));
        LocalDate published = PublicationDates.parse(first(meta(page, "article:published_time"), text(ld, "datePublished"),
                meta(page, "date"), meta(page, "pubdate"), meta(page, "dc.date"), timeElement(page)));
        if (url == null) {
            url = first(meta(page, "og:url"), page.selectFirst("link[rel=canonical]") == null ? null : page.selectFirst("link[rel=canonical]").attr("href"));
        }

        List<String> removed = new ArrayList<>();
        page.select("script, style, noscript, template, iframe, svg, button, select, input").remove();
        for (Element e : page.select("nav, footer, aside, form")) {
            String label = label(e);
            if (!label.isEmpty() && e.parents().stream().noneMatch(p -> p.tagName().matches("nav|header|footer|aside|form"))) {
                removed.add(label);
            }
        }
        page.select("nav, header, footer, aside, form").remove();
        for (Element e : new ArrayList<>(page.body().getAllElements())) {
            if (e.parent() == null || e == page.body()) {
                continue;
            }
            String marks = e.className() + " " + e.id() + " " + e.attr("role");
            boolean container = e.tagName().matches("div|section|ul|ol|table|details");
            Element firstChild = e.children().isEmpty() ? null : e.child(0);
            boolean titledAsFurniture = container && firstChild != null && !BLOCKS.contains(firstChild.tagName())
                    && furniture.headingCue(firstChild.text()) != null;
            boolean holdsArticle = !e.select("article, main, [itemprop=articleBody]").isEmpty();
            boolean region = e.tagName().matches("div|section|aside|ul|ol|nav|footer|header|form|table|figure|details");
            if (!holdsArticle && region && !e.tagName().equals("article") && !e.tagName().equals("main")
                    && (furniture.isFurnitureClass(marks) || titledAsFurniture)) {
                String label = label(e);
                if (!label.isEmpty()) {
                    removed.add(label);
                }
                e.remove();
            }
        }
        Element root = first(page.selectFirst("article"), page.selectFirst("main"), page.selectFirst("[itemprop=articleBody]"),
                page.selectFirst(".story-body, .article-body, .entry-content, .post-content"), page.body());
        for (Element meta : root.select(".byline, [rel=author], .author, time, .dateline-meta")) {
            boolean inText = meta.parents().stream().anyMatch(p -> BLOCKS.contains(p.tagName()));
            if (inText) {
                meta.unwrap(); // "talks on <time>Tuesday</time>" keeps its words
            } else {
                meta.remove();
            }
        }

        List<String> paragraphs = new ArrayList<>();
        boolean inFurnitureSection = false;
        for (Element e : root.getAllElements()) {
            if (!BLOCKS.contains(e.tagName()) || hasBlockAncestorInside(e, root)) {
                continue;
            }
            String t = e.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (BYLINE_TEXT.matcher(t).matches() && paragraphs.size() < 3) {
                continue;
            }
            boolean heading = e.tagName().matches("h[1-6]");
            if (furniture.headingCue(t) != null) {
                removed.add(t);
                inFurnitureSection = true;
                continue;
            }
            if (furniture.isFurnitureParagraph(t)) {
                removed.add(t.length() > 80 ? t.substring(0, 80) + "…" : t);
                continue;
            }
            if (inFurnitureSection && !heading && (e.tagName().equals("li") || t.length() < 120)) {
                continue;
            }
            inFurnitureSection = false;
            paragraphs.add(t);
        }
        if (paragraphs.isEmpty()) {
            // text not in paragraph tags (bare text, <br>-separated lines): take the root's own text
            for (String block : root.wholeText().split("\\n\\s*\\n")) {
                String t = block.strip().replaceAll("\\s+", " ");
                if (!t.isEmpty() && !furniture.isFurnitureParagraph(t)) {
                    paragraphs.add(t);
                }
            }
        }
        if (title != null && (paragraphs.isEmpty() || !paragraphs.get(0).equals(title.strip()))) {
            paragraphs.add(0, title.strip());
        }
        String text = String.join("\n\n", paragraphs);
        return DocumentReader.build(id, origin, url, blankToNull(title), blankToNull(author), published, text, removed);
    }

    private static boolean hasBlockAncestorInside(Element e, Element root) {
        for (Element p = e.parent(); p != null && p != root; p = p.parent()) {
            if (BLOCKS.contains(p.tagName())) {
                return true;
            }
        }
        return false;
    }

    private static String label(Element e) {
        Element h = e.selectFirst("h1, h2, h3, h4, h5, h6, strong, b, .title");
        String t = h != null ? h.text() : e.ownText();
        t = t.strip();
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }

    private static String meta(org.jsoup.nodes.Document page, String name) {
        Element m = page.selectFirst("meta[name=" + name + "], meta[property=" + name + "], meta[itemprop=" + name + "]");
        return m == null ? null : blankToNull(m.attr("content"));
    }

    private static String bylineElement(org.jsoup.nodes.Document page) {
        Element b = page.selectFirst(".byline, [rel=author], .author-name, .author, [itemprop=author]");
        if (b == null) {
            return null;
        }
        Matcher m = BYLINE_TEXT.matcher(b.text());
        return blankToNull(m.matches() ? m.group(1) : b.text());
    }

    private static String timeElement(org.jsoup.nodes.Document page) {
        Element t = page.selectFirst("time[datetime]");
        return t == null ? null : t.attr("datetime");
    }

    private static JsonNode jsonLd(org.jsoup.nodes.Document page) {
        for (Element s : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = JSON.readTree(s.data());
                if (node.isArray()) {
                    for (JsonNode n : node) {
                        if (n.has("headline")) {
                            return n;
                        }
                    }
                } else if (node.has("@graph")) {
                    for (JsonNode n : node.get("@graph")) {
                        if (n.has("headline")) {
                            return n;
                        }
                    }
                } else if (node.has("headline")) {
                    return node;
                }
            } catch (Exception ignored) {
                // a broken JSON-LD block is no reason to lose the page
            }
        }
        return null;
    }

    private static String ldAuthor(JsonNode ld) {
        if (ld == null || !ld.has("author")) {
            return null;
        }
        JsonNode a = ld.get("author");
        if (a.isArray() && a.size() > 0) {
            a = a.get(0);
        }
        return a.isTextual() ? a.asText() : text(a, "name");
    }

    private static String text(JsonNode node, String field) {
        return node != null && node.hasNonNull(field) && node.get(field).isValueNode() ? blankToNull(node.get(field).asText()) : null;
    }

    @SafeVarargs
    private static <T> T first(T... options) {
        for (T o : options) {
            if (o != null && !(o instanceof String s && s.isBlank())) {
                return o;
            }
        }
        return null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
