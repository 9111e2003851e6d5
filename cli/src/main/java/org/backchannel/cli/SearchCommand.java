package org.backchannel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.backchannel.pipeline.output.EventTable;
import org.backchannel.search.EvidenceIndex;
import org.backchannel.search.SearchHit;
import org.backchannel.search.SearchQuery;
import org.backchannel.search.SearchResults;
import org.backchannel.search.Span;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code search}: full-text search over the stored evidence, with filters, facet counts and the matches marked. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        description =
                "Search stored sentences (or documents) by words and filters; shows facet counts and marks the matches.")
public final class SearchCommand implements Callable<Integer> {
    @Parameters(
            arity = "0..1",
            paramLabel = "QUERY",
            description = "words; \"a phrase\", -not, prefix*; none: filters only, newest first")
    String text;

    @Mixin
    PartyOptions parties;

    @Option(names = "--root", description = "CAMEO root, e.g. 04")
    String root;

    @Option(
            names = {"--code", "--cameo"},
            description = "CAMEO code or prefix, e.g. 046")
    String code;

    @Option(names = "--from", description = "first day, YYYY-MM-DD")
    LocalDate from;

    @Option(names = "--to", description = "last day, YYYY-MM-DD")
    LocalDate to;

    @Option(names = "--documents", description = "hits are whole documents (their best passage), not sentences")
    boolean documents;

    @Option(names = "--limit", defaultValue = "20", description = "hits per page (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--cursor", description = "the page to show, as printed after the previous page")
    String cursor;

    @Option(names = "--rebuild", description = "rebuild the index from the store first")
    boolean rebuild;

    @Option(
            names = "--repeat",
            defaultValue = "0",
            description = "for measuring: run the query this many more times and print the median and slowest time")
    int repeat;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if (!List.of("table", "json").contains(format)) {
            throw new picocli.CommandLine.ParameterException(
                    new picocli.CommandLine(this), "unknown format " + format + " (table, json)");
        }
        SearchQuery q = new SearchQuery(
                text,
                documents ? SearchQuery.Scope.DOCUMENTS : SearchQuery.Scope.SENTENCES,
                parties.actor,
                parties.country,
                root,
                code,
                from,
                to,
                cursor,
                limit);
        SearchResults r;
        try (EventStore s = store.open()) {
            EvidenceIndex index = EvidenceIndex.attach(s);
            if (rebuild) {
                long t0 = System.nanoTime();
                int n = index.rebuild(s);
                System.err.printf("rebuilt the index: %d documents in %.0f ms%n", n, (System.nanoTime() - t0) / 1e6);
            }
            r = index.search(q);
            if (repeat > 0) {
                double[] ms = new double[repeat];
                for (int i = 0; i < repeat; i++) {
                    ms[i] = index.search(q).millis();
                }
                java.util.Arrays.sort(ms);
                // repeat > 0 here, so both indexes are in range
                System.err.printf(
                        "%d more runs: median %.2f ms, slowest %.2f ms%n", repeat, ms[repeat / 2], ms[repeat - 1]);
            }
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format.equals("json")) {
            out.println(SearchJson.results(r).toPrettyString());
            return Main.OK;
        }
        List<List<String>> rows = r.hits().stream()
                .map(h -> List.of(
                        h.documentId(),
                        h.sentence() < 0 ? "" : String.valueOf(h.sentence()),
                        h.date() == null ? "" : h.date().toString(),
                        String.format("%.2f", h.score()),
                        marked(h)))
                .toList();
        out.print(EventTable.table(List.of("document", "sentence", "date", "score", "text"), rows, 160));
        out.printf(
                "%d hits (%.1f ms)%s%n",
                r.total(), r.millis(), r.nextCursor() == null ? "" : "; next page: --cursor " + r.nextCursor());
        r.facets().forEach((dim, values) -> {
            if (!values.isEmpty()) {
                out.printf(
                        "%-8s %s%n",
                        dim,
                        values.stream()
                                .map(f -> (f.label().equals(f.value()) ? f.value() : f.value() + " (" + f.label() + ")")
                                        + " " + f.count())
                                .collect(Collectors.joining(", ")));
            }
        });
        return Main.OK;
    }

    /** The hit for a terminal: the matches in [brackets], line breaks flattened. */
    private static String marked(SearchHit h) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Span m : h.matches()) {
            b.append(h.text(), at, m.start())
                    .append('[')
                    .append(h.text(), m.start(), m.end())
                    .append(']');
            at = m.end();
        }
        return b.append(h.text().substring(at)).toString().replaceAll("\\s+", " ");
    }
}
