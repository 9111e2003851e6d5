package org.backchannel.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.util.LongAccumulator;
import org.backchannel.model.Analysis;
import org.backchannel.nlp.SentenceParser;
import org.backchannel.store.EventStore;

/**
 * Analyses one partition's documents, each on its own, with this executor's pipeline and saves them
 * into a scratch store, whose tables become the output rows. A document that fails becomes a row of
 * the {@code failures} table (with its text, so it can be retried alone) and the others go on.
 */
final class PartitionAnalyzer implements FlatMapFunction<Iterator<SourceDocument>, TableRow> {
    static final String FAILURES = "failures";
    private final Set<String> failIds;
    private final LongAccumulator sentences;

    /** {@code failIds}: ids of documents to fail on purpose, for drills and tests of the retry path. */
    PartitionAnalyzer(Set<String> failIds, LongAccumulator sentences) {
        this.failIds = failIds;
        this.sentences = sentences;
    }

    @Override
    public Iterator<TableRow> call(Iterator<SourceDocument> documents) {
        List<TableRow> out = new ArrayList<>();
        try (EventStore scratch = EventStore.inMemory()) {
            while (documents.hasNext()) {
                SourceDocument d = documents.next();
                try {
                    if (failIds.contains(d.id())) {
                        throw new IllegalStateException("failed on purpose (--fail-on)");
                    }
                    Analysis a = ExecutorPipeline.get()
                            .analyze(List.of(d.toDocument()), SentenceParser.ProgressListener.NONE)
                            .analysis();
                    scratch.save(a);
                    sentences.add(a.documents().stream()
                            .mapToLong(p -> p.sentences().size())
                            .sum());
                } catch (RuntimeException | StackOverflowError e) {
                    out.add(new TableRow(FAILURES, failure(d, e)));
                }
            }
            for (String table : EventStore.DATA_TABLES) {
                StoreTables.rows(scratch, table, values -> out.add(new TableRow(table, values)));
            }
        }
        return out.iterator();
    }

    private static Object[] failure(SourceDocument d, Throwable e) {
        return new Object[] {
            d.id(),
            d.origin(),
            d.url(),
            d.title(),
            d.author(),
            d.published() == null ? null : java.sql.Date.valueOf(d.published()),
            d.dateline(),
            d.agency(),
            d.text(),
            String.join("|", d.boilerplateRemoved()),
            d.contentHash(),
            e.toString()
        };
    }
}
