package org.backchannel.ingest;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.backchannel.model.Document;
import org.backchannel.model.IngestProblem;

/**
 * Reads files, directories and standard input into documents: plain text, HTML, JSON Lines, RSS/Atom
 * feeds and WARC files (streamed). Picks a reader by file extension (sniffing the content when the
 * extension says nothing), reports each bad item with its cause and
 * goes on, and skips exact duplicates (same content hash) and repeated ids.
 */
public final class Ingestor {
    private final IngestOptions options;
    private final TextReader text;
    private final HtmlReader html;
    private final JsonLinesReader jsonLines;
    private final FeedReader feed;
    private final WarcFileReader warc;
    private static final int HEAD_BYTES = 512;

    public Ingestor(IngestOptions options) {
        this.options = options;
        Furniture furniture = Furniture.defaults();
        this.text = new TextReader(furniture);
        this.html = new HtmlReader(furniture);
        this.jsonLines = new JsonLinesReader(text, html);
        this.feed = new FeedReader(html);
        this.warc = new WarcFileReader(html, text, options);
    }

    public Ingestor() {
        this(IngestOptions.DEFAULTS);
    }

    /** Reads every input; "-" means standard input. */
    public IngestResult read(List<String> inputs, InputStream stdin) {
        Collector c = new Collector();
        for (String input : inputs) {
            if (input.equals("-")) {
                try {
                    readItem("stdin", stdin, c);
                } catch (IOException e) {
                    c.problem("stdin", "unreadable: " + e.getMessage());
                }
                continue;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .filter(f -> !f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
                            .sorted().forEach(f -> readFile(f, c));
                } catch (IOException | java.io.UncheckedIOException e) {
                    c.problem(input, "unreadable directory: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                readFile(p, c);
            } else {
                c.problem(input, "no such file or directory");
            }
        }
        return new IngestResult(c.documents, c.problems, c.duplicates);
    }

    /** Reads named items from memory (the demo corpus, tests), in order. */
    public IngestResult readBytes(java.util.Map<String, byte[]> items) {
        Collector c = new Collector();
        items.forEach((name, bytes) -> readItem(name, bytes, c));
        return new IngestResult(c.documents, c.problems, c.duplicates);
    }

    /** Reads one named item from memory. */
    public IngestResult readBytes(String name, byte[] bytes) {
        return readBytes(java.util.Map.of(name, bytes));
    }

    private void readFile(Path f, Collector c) {
        try (InputStream in = Files.newInputStream(f)) {
            long size = Files.size(f);
            boolean warcFile = WarcFileReader.isWarc(head(f), f.getFileName().toString());
            if (size > options.maxBytes() && !warcFile) {
                c.problem(f.toString(), "oversize: " + size + " bytes, limit " + options.maxBytes());
                return;
            }
            readItem(f.toString(), in, c);
        } catch (IOException e) {
            c.problem(f.toString(), "unreadable: " + e.getMessage());
        }
    }

    private static byte[] head(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private void readItem(String name, byte[] bytes, Collector c) {
        try {
            readItem(name, new ByteArrayInputStream(bytes), c);
        } catch (IOException e) {
            c.problem(name, "unreadable: " + e.getMessage());
        }
    }

    private void readItem(String name, InputStream in, Collector c) throws IOException {
        String fileName = fileName(name);
        int before = c.documents.size();
        int problemsBefore = c.problems.size();
        int duplicatesBefore = c.duplicates.size();
        stream(name, in, new DocumentReader.Sink() {
            @Override
            public void document(Document d) {
                if (d.text().isBlank()) {
                    c.problem(name, "empty: nothing left after removing page furniture");
                } else {
                    c.add(d, name);
                }
            }

            @Override
            public void problem(String item, String cause) {
                c.problem(item.startsWith(fileName) ? name + item.substring(fileName.length()) : item, cause);
            }
        });
        if (c.documents.size() == before && c.problems.size() == problemsBefore && c.duplicates.size() == duplicatesBefore) {
            // nothing read and nothing reported would hide a bad item
            c.problem(name, "no documents found");
        }
    }

    /**
     * Reads one named input into the sink, one document at a time: the reader is picked by the name's
     * extension and by the content (WARC, feed, JSON Lines, HTML, text). WARC files are streamed record
     * by record whatever their size; any other input larger than the size limit is reported, not read.
     * Problems name the item by the input's file name. This is the entry point for callers that
     * distribute inputs themselves (the Spark job); it neither drops duplicates nor renames ids.
     */
    public void stream(String name, InputStream in, DocumentReader.Sink sink) throws IOException {
        String fileName = fileName(name);
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        buffered.mark(HEAD_BYTES);
        byte[] head = buffered.readNBytes(HEAD_BYTES);
        buffered.reset();
        if (WarcFileReader.isWarc(head, fileName)) {
            warc.read(fileName, buffered, sink);
            return;
        }
        byte[] bytes = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        String content;
        try {
            content = RawInput.decode(bytes, options);
        } catch (IngestException e) {
            sink.problem(fileName, e.getMessage());
            return;
        }
        readerFor(fileName, content).read(fileName, content, sink);
    }

    private static String fileName(String name) {
        Path p = Path.of(name);
        return p.getFileName() == null ? name : p.getFileName().toString();
    }

    private DocumentReader readerFor(String fileName, String content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return jsonLines;
        }
        if (lower.endsWith(".rss") || lower.endsWith(".atom")) {
            return feed;
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return html;
        }
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return text;
        }
        String head = content.stripLeading();
        if (head.startsWith("{")) {
            return jsonLines;
        }
        if (FeedReader.looksLikeFeed(head)) {
            return feed;
        }
        String start = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.contains("<body")) {
            return html;
        }
        return text;
    }

    /** Gathers documents, skipping content seen before and renaming colliding ids. */
    private static final class Collector {
        final List<Document> documents = new ArrayList<>();
        final List<IngestProblem> problems = new ArrayList<>();
        final List<String> duplicates = new ArrayList<>();
        final Map<String, String> byHash = new HashMap<>();
        final java.util.Set<String> taken = new java.util.HashSet<>();

        void add(Document d, String item) {
            String seen = byHash.putIfAbsent(d.contentHash(), d.id());
            if (seen != null) {
                duplicates.add(item + " (same text as " + seen + ")");
                return;
            }
            String id = d.id();
            for (int n = 2; !taken.add(id); n++) {
                id = d.id() + "-" + n;
            }
            documents.add(id.equals(d.id()) ? d : d.withId(id));
        }

        void problem(String item, String cause) {
            problems.add(new IngestProblem(item, cause));
        }
    }
}
