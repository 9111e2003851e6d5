package org.backchannel.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.backchannel.model.Document;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * WARC files, plain or gzipped (jwarc): each {@code response} record with a successful HTTP answer
 * and each {@code resource} record whose payload is HTML or plain text becomes one document, read by
 * {@link HtmlReader} or {@link TextReader}, with the record's target URI as its URL and the WARC date
 * as the crawl date (relative dates are read against it; it stands in for the publication date only
 * when the page gives none). The file is read record by record, never whole; other records (requests,
 * metadata, images, redirects, errors) are passed over, and a record that cannot be read is reported
 * with its number and URI while the rest goes on.
 */
public final class WarcFileReader implements StreamReader {
    private final HtmlReader html;
    private final TextReader text;
    private final IngestOptions options;

    public WarcFileReader(HtmlReader html, TextReader text, IngestOptions options) {
        this.html = html;
        this.text = text;
        this.options = options;
    }

    /** Whether an input is a WARC file: by its name (.warc, .warc.gz) or its first bytes ("WARC/", plain or in a gzip member). */
    public static boolean isWarc(byte[] head, String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".warc") || lower.endsWith(".warc.gz")) {
            return true;
        }
        if (head.length >= 2 && head[0] == (byte) 0x1f && head[1] == (byte) 0x8b) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(head))) {
                return startsWithWarc(in.readNBytes(5));
            } catch (IOException e) {
                return false; // the head cut the member short before "WARC/" could be read: not one we can tell
            }
        }
        return startsWithWarc(head);
    }

    private static boolean startsWithWarc(byte[] b) {
        return b.length >= 5 && b[0] == 'W' && b[1] == 'A' && b[2] == 'R' && b[3] == 'C' && b[4] == '/';
    }

    @Override
    public void read(String name, InputStream in, DocumentReader.Sink sink) throws IOException {
        String base = DocumentIds.fromFileName(name.replaceFirst("(?i)\\.gz$", ""));
        int number = 0;
        try (WarcReader reader = new WarcReader(in)) {
            reader.setLenient(true);
            while (true) {
                Optional<WarcRecord> next;
                try {
                    next = reader.next();
                } catch (IOException | RuntimeException e) {
                    // a broken record header leaves no way to find the next record in the stream
                    sink.problem(
                            name + ":record " + (number + 1),
                            "malformed WARC record, rest of file skipped: " + message(e));
                    return;
                }
                if (next.isEmpty()) {
                    return;
                }
                number++;
                WarcRecord record = next.get();
                if (!(record instanceof WarcResponse) && !(record instanceof WarcResource)) {
                    continue;
                }
                WarcTargetRecord target = (WarcTargetRecord) record;
                String item = name + ":record " + number + " " + target.target();
                try {
                    readRecord(base, number, item, target, sink);
                } catch (IOException | RuntimeException e) {
                    sink.problem(item, "unreadable record: " + message(e));
                }
            }
        }
    }

    private void readRecord(String base, int number, String item, WarcTargetRecord record, DocumentReader.Sink sink)
            throws IOException {
        MediaType type;
        InputStream body;
        if (record instanceof WarcResponse response) {
            if (!response.contentType().base().equals(MediaType.HTTP_RESPONSE.base())
                    && !response.contentType().raw().startsWith("application/http")) {
                return; // DNS answers and other non-HTTP captures
            }
            HttpResponse http = response.http();
            if (http.status() < 200 || http.status() >= 300) {
                return; // redirects and errors are crawl furniture, not articles
            }
            type = http.contentType();
            body = http.bodyDecoded().stream();
        } else {
            type = record.contentType();
            body = record.body().stream();
        }
        String kind = kind(type);
        if (kind == null) {
            return; // images, scripts, style sheets
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        if (bytes.length > options.maxBytes()) {
            sink.problem(item, "oversize: more than " + options.maxBytes() + " bytes");
            return;
        }
        String content;
        try {
            Charset declared = charset(type);
            content = declared != null
                    ? RawInput.checkText(new String(bytes, declared), declared.name(), "declared by the HTTP header")
                            .text()
                    : RawInput.decode(bytes, options);
        } catch (IngestException e) {
            sink.problem(item, e.getMessage());
            return;
        }
        String url = record.target();
        LocalDate crawled = record.date() == null ? null : LocalDate.ofInstant(record.date(), ZoneOffset.UTC);
        PublicationDates.Hints hints = new PublicationDates.Hints(null, crawled);
        String id = url == null || url.isBlank() ? base + "-" + number : DocumentIds.fromUrl(url);
        Document d = kind.equals("html")
                ? html.parse(id, item, url, content, hints)
                : text.parse(id, item, url, content, hints);
        if (d.published() == null && crawled != null) {
            d = new Document(
                    d.id(),
                    d.origin(),
                    d.url(),
                    d.title(),
                    d.author(),
                    crawled,
                    d.dateline(),
                    d.agency(),
                    d.text(),
                    d.boilerplateRemoved(),
                    d.contentHash());
        }
        if (d.text().isBlank()) {
            sink.problem(item, "empty: nothing left after removing page furniture");
            return;
        }
        sink.document(d);
    }

    /** "html", "text" or null for a payload that is not an article. */
    private static String kind(MediaType type) {
        String t = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        if (t.equals("text/html") || t.equals("application/xhtml+xml")) {
            return "html";
        }
        return t.equals("text/plain") ? "text" : null;
    }

    private static Charset charset(MediaType type) {
        String name = type == null ? null : type.parameters().get("charset");
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalArgumentException e) {
            return null; // an unknown name: let the bytes speak
        }
    }

    private static String message(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
