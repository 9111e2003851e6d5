package org.backchannel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;
import org.backchannel.ingest.dedupe.Reprints;
import org.backchannel.model.Document;
import org.backchannel.model.IngestProblem;
import org.backchannel.model.SyndicatedCopy;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.pipeline.PipelineResult;
import org.backchannel.store.EventStore;
import org.backchannel.store.SaveReport;
import org.backchannel.store.Syndication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ingest}: analyze inputs into the store, in batches so an interrupted run resumes where it
 * stopped; documents already stored (same text) are skipped before parsing.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyze inputs into the DuckDB store; re-running adds nothing twice.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "inputs; - reads standard input")
    List<String> inputs;

    @Option(names = "--batch", defaultValue = "50", description = "documents per batch (each batch is saved before the next starts)")
    int batch;

    @Mixin
    StoreOptions store;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() {
        IngestResult in = new Ingestor().read(inputs, System.in);
        Summary s = ingest(knowledge.pipeline(), store, in.documents(), batch);
        System.out.printf("documents: %d added, %d already stored; reprints recorded, not coded: %d; events added: %d; store: %s%n",
                s.report().documentsAdded(), s.report().documentsSkipped(), s.copies().size(), s.report().eventsAdded(), store.db);
        in.duplicates().forEach(d -> System.err.println("duplicate " + d));
        s.copies().forEach(c -> System.err.println(Pipeline.describe(c)));
        List<IngestProblem> problems = new ArrayList<>(in.problems());
        return knowledge.exitCode(AnalyzeCommand.report(problems, in.documents().size()));
    }

    /** What an ingest added, and the reprints it recorded instead of coding them. */
    record Summary(SaveReport report, List<PipelineResult> batches, List<SyndicatedCopy> copies) {
    }

    /**
     * Analyzes and saves documents batch by batch, skipping those the store already has (as documents
     * or as recorded copies). Reprints of one story, among the new documents or of a stored one, are
     * recorded as copies of the kept document ({@link Reprints}) and not coded; each batch saves its
     * documents' band keys and the copies of what is stored by then in one transaction.
     */
    static Summary ingest(Pipeline pipeline, StoreOptions storeOptions, List<Document> docs, int batchSize) {
        List<PipelineResult> results = new ArrayList<>();
        int added = 0;
        int skipped = 0;
        int events = 0;
        List<SyndicatedCopy> recorded = new ArrayList<>();
        try (EventStore store = storeOptions.open()) {
            Set<String> stored = store.storedHashes();
            Set<String> copies = store.copyHashes();
            List<Document> fresh = new ArrayList<>();
            for (Document d : docs) {
                if (stored.contains(d.contentHash()) || copies.contains(d.contentHash())) {
                    skipped++;
                } else {
                    fresh.add(d);
                }
            }
            Reprints.Collapse collapse = new Reprints().collapse(fresh, keys -> store.sharingBands(keys).stream()
                    .map(t -> new Reprints.KnownText(t.id(), t.contentHash(), t.text())).toList());
            List<Document> todo = collapse.kept();
            List<SyndicatedCopy> pending = new ArrayList<>(collapse.copies());
            Set<String> keptSoFar = new java.util.HashSet<>(stored);
            Progress progress = new Progress("ingesting");
            for (int i = 0; i < todo.size() || (i == 0 && !pending.isEmpty()); i += Math.max(1, batchSize)) {
                List<Document> chunk = todo.subList(Math.min(i, todo.size()), Math.min(todo.size(), i + Math.max(1, batchSize)));
                chunk.forEach(d -> keptSoFar.add(d.contentHash()));
                List<SyndicatedCopy> ready = pending.stream().filter(c -> keptSoFar.contains(c.keptHash())).toList();
                pending.removeAll(ready);
                PipelineResult r = pipeline.analyze(chunk, (done, total) -> progress.parsed(done, total));
                SaveReport rep = store.save(r.analysis(), new Syndication(collapse.bandKeys(), ready));
                added += rep.documentsAdded();
                skipped += rep.documentsSkipped();
                events += rep.eventsAdded();
                recorded.addAll(ready);
                results.add(r);
            }
        }
        return new Summary(new SaveReport(added, skipped, events), results, recorded);
    }
}
