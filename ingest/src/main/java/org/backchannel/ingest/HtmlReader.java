package org.backchannel.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * HTML pages: title, byline and date from meta tags, JSON-LD, microdata, {@code <time>} and date
 * elements; the article body from {@code <article>}, {@code <main>} or the body, with navigation,
 * related-link boxes, link lists (by their share of link text), comment widgets, captions, share
 * prompts and the like removed; then {@link StoryBody} reads the blocks as it reads plain text.
 */
public final class HtmlReader implements DocumentReader {
    private static final Set<String> BLOCKS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "dd", "dt", "td");
    private static final List<String> PUBLISHED_META = List.of(
            "article:published_time",
            "og:article:published_time",
            "og:published_time",
            "datePublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "publish_date",
            "dc.date",
            "dc.date.issued",
            "dcterms.created",
            "dcterms.date",
            "dcterms.issued",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
            "citation_publication_date",
            "originalpublicationdate",
            "pubDate");
    private static final String DATE_ELEMENTS =
            ".date, .published, .pubdate, .timestamp, .post-date, .entry-date, .article-date, .dateline, .meta, "
                    + "[class*=date], [class*=time]";
    private static final int MIN_LINKS = 3;
    private static final double LINK_LIST_SHARE = 0.7;
    private static final double WHOLLY_LINKED = 0.9;
    private static final int SHORT_LINK_WORDS = 15;
    private static final int LONG_PARAGRAPH_WORDS = 25;
    private static final Pattern BYLINE_TEXT = Pattern.compile("^\\s*(?i:by)\\s+(\\p{Lu}[^.!?]{1,79}?)\\s*$");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Furniture furniture;
    private final Datelines datelines;
    private final StoryBody body;

    private final int maxDepth;

    public HtmlReader(Furniture furniture) {
        this(furniture, IngestOptions.DEFAULT_MAX_HTML_DEPTH);
    }

    /** A reader that refuses pages whose elements nest deeper than {@code maxDepth}. */
    public HtmlReader(Furniture furniture, int maxDepth) {
        this.maxDepth = maxDepth;
        this.furniture = furniture;
        this.datelines = Datelines.defaults();
        this.body = new StoryBody(furniture, datelines);
    }

    @Override
    public void read(String name, String content, Sink sink) {
        sink.document(parse(DocumentIds.fromFileName(name), name, null, content));
    }

    /** Parses one page; {@code url} may be null. */
    public org.backchannel.model.Document parse(String id, String origin, String url, String html) {
        return parse(id, origin, url, html, PublicationDates.Hints.NONE);
    }

    /** Parses one page, reading its dates with what the caller knows of its locale and crawl date. */
    public org.backchannel.model.Document parse(
            String id, String origin, String url, String html, PublicationDates.Hints given) {
        // one level past the limit is kept by the parser, so a page over it is seen and refused
        org.jsoup.nodes.Document page =
                Jsoup.parse(html, "", org.jsoup.parser.Parser.htmlParser().setMaxDepth(maxDepth + 1));
        int depth = depth(page);
        if (depth > maxDepth) {
            throw new ItemRefused("HTML nested deeper than " + maxDepth + " elements (limit --max-html-depth)");
        }
        PublicationDates.Hints hints =
                new PublicationDates.Hints(given.locale() != null ? given.locale() : locale(page), given.crawled());
        JsonNode ld = jsonLd(page);
        String title = TextRepair.repair(first(
                meta(page, "og:title"),
                text(ld, "headline"),
                page.selectFirst("h1") == null ? null : page.selectFirst("h1").text(),
                page.title()));
        String author = TextRepair.repair(
                first(meta(page, "author"), ldAuthor(ld), meta(page, "article:author"), bylineElement(page)));
        if (url == null) {
            url = first(
                    meta(page, "og:url"),
                    page.selectFirst("link[rel=canonical]") == null
                            ? null
                            : page.selectFirst("link[rel=canonical]").attr("href"));
        }
        LocalDate published = publishedDate(page, ld, hints);

        List<String> removed = new ArrayList<>();
        page.select("script, style, noscript, template, iframe, svg, button, select, input, textarea")
                .remove();
        for (Element e : page.select("nav, footer, aside, form")) {
            String label = label(e);
            if (!label.isEmpty()
                    && e.parents().stream().noneMatch(p -> p.tagName().matches("nav|header|footer|aside|form"))) {
                removed.add(label);
            }
        }
        page.select("nav, header, footer, aside, form, figure, figcaption, [itemprop=comment], [itemtype*=Comment]")
                .remove();
        for (Element e : new ArrayList<>(page.body().getAllElements())) {
            if (e.parent() == null || e == page.body()) {
                continue;
            }
            boolean holdsArticle =
                    !e.select("article, main, [itemprop=articleBody]").isEmpty();
            boolean region =
                    e.tagName().matches("div|section|aside|ul|ol|nav|footer|header|form|table|figure|details|p");
            if (holdsArticle
                    || !region
                    || e.tagName().equals("article")
                    || e.tagName().equals("main")) {
                continue;
            }
            if (furniture.isFurnitureClass(marks(e)) || titledAsFurniture(e) || isLinkList(e)) {
                String label = label(e);
                if (!label.isEmpty()) {
                    removed.add(label);
                }
                e.remove();
            }
        }
        Element root = first(
                page.selectFirst("article:has(h1)"),
                page.selectFirst("article"),
                page.selectFirst("main"),
                page.selectFirst("[itemprop=articleBody]"),
                page.selectFirst(".story-body, .article-body, .entry-content, .post-content"),
                page.body());
        for (Element meta : root.select(".byline, [rel=author], .author, time, .dateline-meta")) {
            boolean inText = meta.parents().stream().anyMatch(p -> BLOCKS.contains(p.tagName()));
            if (inText) {
                meta.unwrap(); // "talks on <time>Tuesday</time>" keeps its words
            } else {
                meta.remove();
            }
        }

        List<StoryBody.Block> blocks = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (!BLOCKS.contains(e.tagName()) || hasBlockAncestorInside(e, root)) {
                continue;
            }
            String t = TextRepair.repair(e.text()).strip();
            if (t.isEmpty()) {
                continue;
            }
            if (BYLINE_TEXT.matcher(t).matches() && blocks.size() < 3) {
                continue;
            }
            if (isWhollyLinked(e, t)) {
                removed.add(StoryBody.label(t));
                continue;
            }
            StoryBody.Shape shape = e.tagName().matches("h[1-6]")
                    ? StoryBody.Shape.HEADING
                    : e.tagName().matches("li|dt|dd") ? StoryBody.Shape.ITEM : StoryBody.Shape.TEXT;
            blocks.add(new StoryBody.Block(t, shape));
        }
        if (blocks.isEmpty()) {
            // text not in paragraph tags (bare text, <br>-separated lines): take the root's own text
            for (String block : root.wholeText().split("\\n\\s*\\n")) {
                String t = TextRepair.repair(block).strip().replaceAll("\\s+", " ");
                if (!t.isEmpty()) {
                    blocks.add(new StoryBody.Block(t, StoryBody.Shape.TEXT));
                }
            }
        }
        if (title != null) {
            if (!blocks.isEmpty() && blocks.get(0).text().equals(title.strip())) {
                blocks.set(0, new StoryBody.Block(title.strip(), StoryBody.Shape.TITLE));
            } else {
                blocks.add(0, new StoryBody.Block(title.strip(), StoryBody.Shape.TITLE));
            }
        }
        StoryBody.Story story = body.read(blocks, author, hints);
        removed.addAll(story.removed());
        if (published == null && story.date() != null) {
            published = story.date().date();
        }
        if (published == null) {
            published = first(
                    PublicationDates.fromUrl(url),
                    PublicationDates.parse(
                            first(meta(page, "article:modified_time"), text(ld, "dateModified")), hints));
        }
        String agency = story.agency() != null ? story.agency() : datelines.agencyInByline(author);
        return DocumentReader.build(
                id,
                origin,
                url,
                blankToNull(datelines.cleanHeadline(title)),
                blankToNull(author),
                published,
                story.dateline(),
                agency,
                story.text(),
                removed);
    }

    /** The publication date from meta tags, JSON-LD, microdata, {@code <time>} and date elements, in that order; or null. */
    private LocalDate publishedDate(org.jsoup.nodes.Document page, JsonNode ld, PublicationDates.Hints hints) {
        List<String> candidates = new ArrayList<>();
        for (String name : PUBLISHED_META) {
            candidates.add(meta(page, name));
        }
        candidates.add(text(ld, "datePublished"));
        candidates.add(text(ld, "dateCreated"));
        for (Element e : page.select("[itemprop=datePublished], time[pubdate], time[datetime]")) {
            if (inFurniture(e)) {
                continue;
            }
            candidates.add(
                    first(blankToNull(e.attr("content")), blankToNull(e.attr("datetime")), blankToNull(e.text())));
        }
        for (String c : candidates) {
            LocalDate d = c == null ? null : PublicationDates.parse(c, hints);
            if (d != null) {
                return d;
            }
        }
        for (Element e : page.select(DATE_ELEMENTS)) {
            if (e.text().length() <= 140 && !inFurniture(e)) {
                PublicationDates.DateLine d = PublicationDates.dateLine(e.text(), hints);
                if (d != null && d.date() != null && d.kind() != PublicationDates.Kind.UPDATED) {
                    return d.date();
                }
            }
        }
        return null;
    }

    /** Whether an element stands in a comment widget, a related box or other furniture (whose dates are not the story's). */
    private boolean inFurniture(Element e) {
        for (Element p = e; p != null; p = p.parent()) {
            if (furniture.isFurnitureClass(marks(p)) || p.tagName().matches("aside|footer|nav")) {
                return true;
            }
        }
        return false;
    }

    /** The page's locale from {@code <html lang>}, {@code og:locale} or Content-Language; or null. */
    private static Locale locale(org.jsoup.nodes.Document page) {
        Element html = page.selectFirst("html");
        String tag = first(
                html == null ? null : blankToNull(html.attr("lang")),
                meta(page, "og:locale"),
                page.selectFirst("meta[http-equiv=content-language]") == null
                        ? null
                        : blankToNull(page.selectFirst("meta[http-equiv=content-language]")
                                .attr("content")));
        return tag == null ? null : Locale.forLanguageTag(tag.strip().replace('_', '-'));
    }

    private static String marks(Element e) {
        StringBuilder b = new StringBuilder(e.className())
                .append(' ')
                .append(e.id())
                .append(' ')
                .append(e.attr("role"));
        for (String attr :
                List.of("data-component", "data-testid", "data-module", "data-type", "aria-label", "itemprop")) {
            b.append(' ').append(e.attr(attr));
        }
        return b.toString();
    }

    /** A box whose first child is a furniture heading ("You may also like", "Comments (3)"). */
    private boolean titledAsFurniture(Element e) {
        boolean container = e.tagName().matches("div|section|ul|ol|table|details");
        Element firstChild = e.children().isEmpty() ? null : e.child(0);
        if (!container || firstChild == null) {
            return false;
        }
        String heading = firstChild.text();
        boolean cue = furniture.headingCue(heading) != null || furniture.endCue(heading) != null;
        return cue
                && (!BLOCKS.contains(firstChild.tagName())
                        || firstChild.tagName().matches("h[1-6]"))
                && e.select("p").stream()
                        .noneMatch(p -> p.text().split("\\s+").length >= LONG_PARAGRAPH_WORDS && linkShare(p) < 0.5);
    }

    /** A list or box of links: three or more links that make up most of its text (related headlines, menus, tags). */
    private static boolean isLinkList(Element e) {
        if (!e.tagName().matches("ul|ol|div|section|table")) {
            return false;
        }
        return e.select("a[href]").size() >= MIN_LINKS && linkShare(e) >= LINK_LIST_SHARE;
    }

    /** A short block that is nothing but a link: a headline pointing elsewhere, "Read more". */
    private static boolean isWhollyLinked(Element e, String text) {
        return !e.tagName().matches("h1")
                && !e.select("a[href]").isEmpty()
                && linkShare(e) >= WHOLLY_LINKED
                && text.split("\\s+").length <= SHORT_LINK_WORDS;
    }

    private static double linkShare(Element e) {
        int all = e.text().replaceAll("\\s+", "").length();
        if (all == 0) {
            return 0;
        }
        int linked = 0;
        for (Element a : e.select("a[href]")) {
            linked += a.text().replaceAll("\\s+", "").length();
        }
        return (double) linked / all;
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
        for (Element m : page.select("meta[content]")) {
            if (m.attr("name").equalsIgnoreCase(name)
                    || m.attr("property").equalsIgnoreCase(name)
                    || m.attr("itemprop").equalsIgnoreCase(name)) {
                String content = blankToNull(m.attr("content"));
                if (content != null) {
                    return content;
                }
            }
        }
        return null;
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
        return node != null && node.hasNonNull(field) && node.get(field).isValueNode()
                ? blankToNull(node.get(field).asText())
                : null;
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

    /** How deep the page's elements nest, counted without recursion. */
    static int depth(org.jsoup.nodes.Document page) {
        int[] max = {0};
        org.jsoup.select.NodeTraversor.traverse((node, d) -> max[0] = Math.max(max[0], d), page);
        return max[0];
    }
}
