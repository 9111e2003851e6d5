package org.backchannel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.pipeline.output.EventTable;
import org.backchannel.search.EvidenceIndex;
import org.backchannel.search.RelatedDocument;
import org.backchannel.store.EventStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code related}: "you may also like" for a stored document, ranked by shared events, dyads and actors, with the reasons. */
@Command(
        name = "related",
        mixinStandardHelpOptions = true,
        description =
                "Documents related to a stored one: shared events, dyads and actors first, similar words only to break ties.")
public final class RelatedCommand implements Callable<Integer> {
    @Parameters(
            paramLabel = "DOCUMENT_ID",
            description = "a stored document's id (see: backchannel query --format json)")
    String documentId;

    @Option(names = "--limit", defaultValue = "10", description = "at most this many (default: ${DEFAULT-VALUE})")
    int limit;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        List<RelatedDocument> related;
        boolean known;
        try (EventStore s = store.open()) {
            known = new org.backchannel.store.StoredDocuments(s).get(documentId) != null;
            related = known ? EvidenceIndex.attach(s).related(documentId, limit) : List.of();
        }
        if (!known) {
            System.err.println("backchannel: no stored document " + documentId);
            return Main.NOTHING_READ;
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (format.equals("json")) {
            out.println(SearchJson.related(related).toPrettyString());
        } else {
            List<List<String>> rows = related.stream()
                    .map(d -> List.of(
                            d.documentId(),
                            d.date() == null ? "" : d.date().toString(),
                            String.valueOf(d.score()),
                            String.valueOf(d.wordScore()),
                            d.title() == null ? "" : d.title(),
                            d.why()))
                    .toList();
            out.print(EventTable.table(List.of("document", "date", "score", "words", "title", "why"), rows, 80));
        }
        return Main.OK;
    }
}
