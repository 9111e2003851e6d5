package org.backchannel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.Document;
import org.backchannel.model.IngestProblem;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.pipeline.PipelineResult;
import org.backchannel.store.EventStore;
import org.backchannel.store.SaveReport;
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
        System.out.printf("documents: %d added, %d already stored; events added: %d; store: %s%n",
                s.report().documentsAdded(), s.report().documentsSkipped(), s.report().eventsAdded(), store.db);
        in.duplicates().forEach(d -> System.err.println("duplicate " + d));
        List<IngestProblem> problems = new ArrayList<>(in.problems());
        return knowledge.exitCode(AnalyzeCommand.report(problems, in.documents().size()));
    }

    /** What an ingest added. */
    record Summary(SaveReport report, List<PipelineResult> batches) {
    }

    /** Analyzes and saves documents batch by batch, skipping those the store already has. */
    static Summary ingest(Pipeline pipeline, StoreOptions storeOptions, List<Document> docs, int batchSize) {
        List<PipelineResult> results = new ArrayList<>();
        int added = 0;
        int skipped = 0;
        int events = 0;
        try (EventStore store = storeOptions.openIndexed()) {
            Set<String> stored = store.storedHashes();
            List<Document> todo = new ArrayList<>();
            for (Document d : docs) {
                if (stored.contains(d.contentHash())) {
                    skipped++;
                } else {
                    todo.add(d);
                }
            }
            Progress progress = new Progress("ingesting");
            for (int i = 0; i < todo.size(); i += Math.max(1, batchSize)) {
                List<Document> chunk = todo.subList(i, Math.min(todo.size(), i + Math.max(1, batchSize)));
                PipelineResult r = pipeline.analyze(chunk, (done, total) -> progress.parsed(done, total));
                SaveReport rep = store.save(r.analysis());
                added += rep.documentsAdded();
                skipped += rep.documentsSkipped();
                events += rep.eventsAdded();
                results.add(r);
            }
        }
        return new Summary(new SaveReport(added, skipped, events), results);
    }
}
