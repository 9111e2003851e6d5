package org.backchannel.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
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
        this.html = new HtmlReader(furniture, options.maxHtmlDepth());
        this.jsonLines = new JsonLinesReader(text, html);
        this.feed = new FeedReader(html);
        this.warc = new WarcFileReader(html, text, options);
    }

    public Ingestor() {
        this(IngestOptions.DEFAULTS);
    }

    /** Reads every input; "-" means standard input. */
    public IngestResult read(List<String> inputs, InputStream stdin) {
        List<Document> documents = new ArrayList<>();
        IngestResult r = stream(inputs, stdin, documents::add);
        return new IngestResult(documents, r.problems(), r.duplicates(), r.encodings());
    }

    /**
     * Reads every input, handing each document to {@code out} as soon as it is read, so inputs of any
     * total size pass in bounded memory (JSON Lines files are read line by line). The result holds
     * no documents: only the problems, duplicates and encoding decisions.
     */
    public IngestResult stream(List<String> inputs, InputStream stdin, Consumer<Document> out) {
        Collector c = new Collector(out, options.maxDocuments());
        for (String input : inputs) {
            if (input.equals("-")) {
                try {
                    BufferedInputStream buffered = new BufferedInputStream(stdin, 1 << 16);
                    buffered.mark(HEAD_BYTES);
                    byte[] head = buffered.readNBytes(HEAD_BYTES);
                    buffered.reset();
                    if (WarcFileReader.isWarc(head, "stdin")) {
                        readWarc("stdin", buffered, c); // streamed record by record, whatever its size
                        continue;
                    }
                    byte[] bytes = buffered.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
                    if (bytes.length > options.maxBytes()) {
                        c.problem(
                                "stdin",
                                "oversize: more than " + options.maxBytes() + " bytes, limit " + options.maxBytes());
                        continue;
                    }
                    readItem("stdin", bytes, c);
                } catch (IOException e) {
                    c.problem("stdin", "unreadable: " + e.getMessage());
                }
                continue;
            }
            Path p = Path.of(input);
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    files.filter(Files::isRegularFile)
                            .filter(f -> !fileName(f.toString()).startsWith("."))
                            .filter(f -> !fileName(f.toString())
                                    .toLowerCase(Locale.ROOT)
                                    .endsWith(".md"))
                            .sorted()
                            .forEach(f -> readFile(f, c));
                } catch (IOException | java.io.UncheckedIOException e) {
                    c.problem(input, "unreadable directory: " + e.getMessage());
                }
            } else if (Files.isRegularFile(p)) {
                readFile(p, c);
            } else {
                c.problem(input, "no such file or directory");
            }
        }
        return new IngestResult(List.of(), c.problems, c.duplicates, c.encodings);
    }

    /** Reads named items from memory (the demo corpus, tests), in order. */
    public IngestResult readBytes(java.util.Map<String, byte[]> items) {
        List<Document> documents = new ArrayList<>();
        Collector c = new Collector(documents::add, options.maxDocuments());
        items.forEach((name, bytes) -> readItem(name, bytes, c));
        return new IngestResult(documents, c.problems, c.duplicates, c.encodings);
    }

    /** Reads one named item from memory. */
    public IngestResult readBytes(String name, byte[] bytes) {
        return readBytes(java.util.Map.of(name, bytes));
    }

    private void readFile(Path f, Collector c) {
        try {
            if (isJsonLines(fileName(f.toString())) && !startsWithUtf16Mark(f)) {
                readJsonLinesFile(f, c);
                return;
            }
            if (WarcFileReader.isWarc(head(f), fileName(f.toString()))) {
                readWarcFile(f, c); // streamed record by record, whatever its size
                return;
            }
            long size = Files.size(f);
            if (size > options.maxBytes()) {
                c.problem(f.toString(), "oversize: " + size + " bytes, limit " + options.maxBytes());
                return;
            }
            readItem(f.toString(), Files.readAllBytes(f), c);
        } catch (IOException e) {
            c.problem(f.toString(), "unreadable: " + e.getMessage());
        }
    }

    private static byte[] head(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            return in.readNBytes(HEAD_BYTES);
        }
    }

    private void readWarcFile(Path f, Collector c) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            readWarc(f.toString(), in, c);
        }
    }

    private void readWarc(String name, InputStream in, Collector c) throws IOException {
        String fileName = fileName(name);
        int before = c.seen;
        int problemsBefore = c.problems.size();
        warc.read(fileName, in, sink(name, fileName, c));
        if (c.seen == before && c.problems.size() == problemsBefore) {
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
            content = RawInput.decodeReporting(bytes, options.maxBytes()).text();
        } catch (IngestException e) {
            sink.problem(fileName, e.getMessage());
            return;
        }
        try {
            readerFor(fileName, content).read(fileName, content, sink);
        } catch (ItemRefused e) {
            sink.problem(fileName, e.getMessage());
        }
    }

    private static String fileName(String name) {
        Path file = Path.of(name).getFileName();
        return file == null ? name : file.toString();
    }

    /** A JSON Lines file, line by line: each line is decoded on its own, and a line over the limit is skipped. */
    private void readJsonLinesFile(Path f, Collector c) throws IOException {
        String name = f.toString();
        String fileName = fileName(f.toString());
        int before = c.seen;
        int problemsBefore = c.problems.size();
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(f), 1 << 16)) {
            LineReader lines = new LineReader(in, options.maxLineBytes());
            for (int lineNo = 1; ; lineNo++) {
                byte[] line = lines.next();
                if (line == null) {
                    break;
                }
                String item = name + ":" + lineNo;
                if (lines.overlong()) {
                    c.problem(item, "line longer than " + options.maxLineBytes() + " bytes (limit --max-line-bytes)");
                    continue;
                }
                if (lineNo == 1
                        && line.length >= 3
                        && line[0] == (byte) 0xEF
                        && line[1] == (byte) 0xBB
                        && line[2] == (byte) 0xBF) {
                    line = java.util.Arrays.copyOfRange(line, 3, line.length);
                }
                if (isBlank(line)) {
                    continue;
                }
                RawInput.Text text;
                try {
                    text = RawInput.decodeReporting(line, options.maxLineBytes());
                } catch (IngestException e) {
                    c.problem(item, e.getMessage());
                    continue;
                }
                if (!text.charset().equals("UTF-8")) {
                    c.encodings.add(text.decision(item));
                }
                int lineNumber = lineNo;
                jsonLines.readLine(fileName, lineNumber, text.text(), sink(name, fileName, c));
            }
        }
        if (c.seen == before && c.problems.size() == problemsBefore) {
            c.problem(name, "no documents found");
        }
    }

    private static boolean isBlank(byte[] line) {
        for (byte b : line) {
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithUtf16Mark(Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            byte[] head = in.readNBytes(2);
            return head.length == 2
                    && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF)
                            || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE));
        }
    }

    private static boolean isJsonLines(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
    }

    private void readItem(String name, byte[] bytes, Collector c) {
        if (WarcFileReader.isWarc(java.util.Arrays.copyOf(bytes, Math.min(bytes.length, HEAD_BYTES)), fileName(name))) {
            try {
                readWarc(name, new java.io.ByteArrayInputStream(bytes), c);
            } catch (IOException e) {
                c.problem(name, "unreadable: " + e.getMessage());
            }
            return;
        }
        RawInput.Text decoded;
        try {
            decoded = RawInput.decodeReporting(bytes, options.maxBytes());
        } catch (IngestException e) {
            c.problem(name, e.getMessage());
            return;
        }
        c.encodings.add(decoded.decision(name));
        String content = decoded.text();
        String fileName = fileName(name);
        int before = c.seen;
        int problemsBefore = c.problems.size();
        try {
            readerFor(fileName, content).read(fileName, content, sink(name, fileName, c));
        } catch (ItemRefused e) {
            c.problem(name, e.getMessage());
        }
        if (c.seen == before && c.problems.size() == problemsBefore) {
            // nothing read and nothing reported would hide a bad item
            c.problem(name, "no documents found");
        }
    }

    private static DocumentReader.Sink sink(String name, String fileName, Collector c) {
        return new DocumentReader.Sink() {
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
        };
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

    /** Gathers documents, skipping content seen before and renaming colliding ids, and hands them on. */
    private static final class Collector {
        final List<IngestProblem> problems = new ArrayList<>();
        final List<String> duplicates = new ArrayList<>();
        final List<Decoded> encodings = new ArrayList<>();
        final Map<String, String> byHash = new HashMap<>();
        final java.util.Set<String> taken = new java.util.HashSet<>();
        final Consumer<Document> out;
        final long maxDocuments;
        /** Documents met, kept or not: a reader that met one has not failed silently. */
        int seen;

        long delivered;

        Collector(Consumer<Document> out, long maxDocuments) {
            this.out = out;
            this.maxDocuments = maxDocuments;
        }

        void add(Document d, String item) {
            seen++;
            String seenId = byHash.putIfAbsent(d.contentHash(), d.id());
            if (seenId != null) {
                duplicates.add(item + " (same text as " + seenId + ")");
                return;
            }
            if (maxDocuments > 0 && delivered >= maxDocuments) {
                problem(item, "over the limit of " + maxDocuments + " documents in one run (--max-documents)");
                return;
            }
            String id = d.id();
            for (int n = 2; !taken.add(id); n++) {
                id = d.id() + "-" + n;
            }
            delivered++;
            out.accept(id.equals(d.id()) ? d : d.withId(id));
        }

        void problem(String item, String cause) {
            problems.add(new IngestProblem(item, cause));
        }
    }
}
