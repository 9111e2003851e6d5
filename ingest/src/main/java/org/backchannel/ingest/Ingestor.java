package org.backchannel.ingest;

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
 * Reads files, directories and standard input into documents. Picks a reader by file extension
 * (sniffing the content when the extension says nothing), reports each bad item with its cause and
 * goes on, and skips exact duplicates (same content hash) and repeated ids.
 */
public final class Ingestor {
    private final IngestOptions options;
    private final TextReader text;
    private final HtmlReader html;
    private final JsonLinesReader jsonLines;

    public Ingestor(IngestOptions options) {
        this.options = options;
        Furniture furniture = Furniture.defaults();
        this.text = new TextReader(furniture);
        this.html = new HtmlReader(furniture);
        this.jsonLines = new JsonLinesReader(text, html);
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
                    readItem("stdin", stdin.readAllBytes(), c);
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
        try {
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

    private void readItem(String name, byte[] bytes, Collector c) {
        String content;
        try {
            content = RawInput.decode(bytes, options);
        } catch (IngestException e) {
            c.problem(name, e.getMessage());
            return;
        }
        String fileName = Path.of(name).getFileName() == null ? name : Path.of(name).getFileName().toString();
        int before = c.documents.size();
        int problemsBefore = c.problems.size();
        int duplicatesBefore = c.duplicates.size();
        readerFor(fileName, content).read(fileName, content, new DocumentReader.Sink() {
            @Override
            public void document(Document d) {
                if (d.text().isBlank()) {
                    c.problem(name, "empty: nothing left after removing page furniture");
                } else {
                    c.add(d.withId(d.id()), name);
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

    private DocumentReader readerFor(String fileName, String content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
            return jsonLines;
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
