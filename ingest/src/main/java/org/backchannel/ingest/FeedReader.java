package org.backchannel.ingest;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.backchannel.model.Document;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds (ROME): each item becomes one document with the item's title,
 * link, author and date; its body is the longest of {@code content:encoded} / Atom content and the
 * description, cleaned as a web page by {@link HtmlReader}. An item with no text (a headline and a
 * link only: the article itself is not fetched) is reported with its number; the other items go on.
 * Saved snapshots of one feed repeat items, which ingest drops as exact duplicates.
 */
public final class FeedReader implements DocumentReader {
    private static final Pattern ROOT = Pattern.compile("<(?:rss|feed|rdf:RDF)[\\s>]");
    private static final Pattern LEADING = Pattern.compile("^(?:\\s|<\\?[^>]*\\?>|<!--.*?-->)*", Pattern.DOTALL);
    private final HtmlReader html;

    public FeedReader(HtmlReader html) {
        this.html = html;
    }

    /** Whether a text's root element is that of a feed (after the XML prolog and comments). */
    public static boolean looksLikeFeed(String content) {
        String head = content.substring(0, Math.min(content.length(), 4096));
        head = LEADING.matcher(head).replaceFirst("");
        return head.startsWith("<")
                && ROOT.matcher(head.substring(0, Math.min(head.length(), 64))).lookingAt();
    }

    @Override
    public void read(String name, String content, Sink sink) {
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no external entities from a feed
            feed = input.build(new StringReader(content.strip()));
        } catch (ParsingFeedException e) {
            sink.problem(name + ":" + e.getLineNumber(), "malformed feed: " + firstLine(e));
            return;
        } catch (FeedException | RuntimeException e) {
            sink.problem(name, "not a feed: " + firstLine(e));
            return;
        }
        String base = DocumentIds.fromFileName(name);
        List<SyndEntry> entries = feed.getEntries();
        for (int i = 0; i < entries.size(); i++) {
            String item = name + ":item " + (i + 1);
            try {
                Document d = entry(entries.get(i), base + "-" + (i + 1), item);
                if (d == null) {
                    sink.problem(item, "no text: only a headline and a link (the article itself is not fetched)");
                } else if (d.text().isBlank()) {
                    sink.problem(item, "empty: nothing left after removing page furniture");
                } else {
                    sink.document(d);
                }
            } catch (RuntimeException e) {
                sink.problem(item, "unreadable item: " + firstLine(e));
            }
        }
    }

    /** One item as a document, or null when it carries no text. */
    private Document entry(SyndEntry e, String fallbackId, String item) {
        String body = longest(e.getDescription(), e.getContents());
        if (body == null) {
            return null;
        }
        String title = blankToNull(e.getTitle());
        String link = blankToNull(e.getLink());
        if (link == null && e.getUri() != null && e.getUri().matches("(?i)https?://.*")) {
            link = e.getUri(); // an Atom id that is a URL
        }
        LocalDate published = day(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate());
        String page = "<html><head>" + (title == null ? "" : "<title>" + escape(title) + "</title>")
                + "</head><body><article>" + body + "</article></body></html>";
        String id = link != null ? DocumentIds.fromUrl(link) : fallbackId;
        Document d = html.parse(id, item, link, page, new PublicationDates.Hints(null, published));
        String author = blankToNull(e.getAuthor());
        return new Document(
                d.id(),
                d.origin(),
                d.url(),
                d.title() != null ? d.title() : title,
                author != null ? author : d.author(),
                published != null ? published : d.published(),
                d.dateline(),
                d.agency(),
                d.text(),
                d.boilerplateRemoved(),
                d.contentHash());
    }

    /** The longest non-blank value among the description and the contents; a plain-text value is escaped as HTML. */
    private static String longest(SyndContent description, List<SyndContent> contents) {
        String best = null;
        for (SyndContent c : contents == null ? List.<SyndContent>of() : contents) {
            best = longer(best, value(c));
        }
        return longer(best, value(description));
    }

    private static String value(SyndContent c) {
        if (c == null || c.getValue() == null || c.getValue().isBlank()) {
            return null;
        }
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        boolean plain = type.equals("text") || type.equals("text/plain");
        return plain ? escape(c.getValue()).replace("\n\n", "<p>") : c.getValue();
    }

    private static String longer(String a, String b) {
        return a == null || (b != null && b.length() > a.length()) ? b : a;
    }

    private static LocalDate day(Date d) {
        return d == null ? null : LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String firstLine(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
