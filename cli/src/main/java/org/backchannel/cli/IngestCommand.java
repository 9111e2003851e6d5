package org.backchannel.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.backchannel.ingest.Decoded;
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
 * stopped; documents already stored (same text) are skipped before parsing. Inputs are streamed:
 * at most one batch of documents is held at a time, and the store is open only while a batch is
 * saved, so other processes may read it in between. Reprints of one story, within a batch or of a
 * stored document, are recorded as copies of the kept document ({@link Reprints}) and not coded.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = "Analyze inputs into the DuckDB store; re-running adds nothing twice.")
public final class IngestCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE|DIR|-", description = "inputs; - reads standard input")
    List<String> inputs;

    @Option(
            names = "--batch",
            defaultValue = "50",
            description = "documents per batch (each batch is saved before the next starts)")
    int batch;

    @Mixin
    StoreOptions store;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() {
        if (batch < 1) {
            throw new BadCommandLine("--batch must be at least 1");
        }
        Pipeline pipeline = knowledge.pipeline();
        Batcher b = new Batcher(pipeline, store, batch);
        IngestResult in = new Ingestor(knowledge.limits.options()).stream(inputs, System.in, b::accept);
        b.flush();
        System.out.printf(
                "documents: %d added, %d already stored; reprints recorded, not coded: %d; events added: %d; store: %s%n",
                b.added, b.skipped, b.copies.size(), b.events, store.db);
        in.duplicates().forEach(d -> System.err.println("duplicate " + d));
        b.copies.forEach(c -> System.err.println(Pipeline.describe(c)));
        in.encodings().stream().filter(Decoded::notable).forEach(d -> System.err.println("note " + d));
        List<IngestProblem> problems = new ArrayList<>(in.problems());
        problems.addAll(b.parseProblems);
        return knowledge.exitCode(AnalyzeCommand.report(problems, b.read));
    }

    /** What an ingest added, and the reprints it recorded instead of coding them. */
    record Summary(SaveReport report, List<PipelineResult> batches, List<SyndicatedCopy> copies) {}

    /** Analyzes and saves documents batch by batch, skipping those the store already has (as documents or as recorded copies). */
    static Summary ingest(Pipeline pipeline, StoreOptions storeOptions, List<Document> docs, int batchSize) {
        Batcher b = new Batcher(pipeline, storeOptions, batchSize);
        b.keepResults = true;
        docs.forEach(b::accept);
        b.flush();
        return new Summary(new SaveReport(b.added, b.skipped, b.events), b.results, b.copies);
    }

    /** Gathers streamed documents into batches; each batch is parsed with the store closed, then saved in one transaction. */
    private static final class Batcher {
        final Pipeline pipeline;
        final StoreOptions storeOptions;
        final int size;
        final List<Document> pending = new ArrayList<>();
        final List<PipelineResult> results = new ArrayList<>();
        final List<IngestProblem> parseProblems = new ArrayList<>();
        final List<SyndicatedCopy> copies = new ArrayList<>();
        final Progress progress = new Progress("ingesting");
        boolean keepResults;
        Set<String> stored;
        int read;
        int added;
        int skipped;
        int events;

        Batcher(Pipeline pipeline, StoreOptions storeOptions, int size) {
            this.pipeline = pipeline;
            this.storeOptions = storeOptions;
            this.size = Math.max(1, size);
        }

        void accept(Document d) {
            read++;
            if (stored == null) {
                try (EventStore s = storeOptions.open()) {
                    stored = s.storedHashes(); // hashes only: small next to the texts
                    stored.addAll(s.copyHashes());
                }
            }
            if (stored.contains(d.contentHash())) {
                skipped++;
                return;
            }
            pending.add(d);
            if (pending.size() >= size) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                if (stored == null) {
                    storeOptions.open().close(); // an ingest with nothing new still leaves a store behind
                }
                return;
            }
            Reprints.Collapse collapse;
            try (EventStore s = storeOptions.open()) {
                collapse = new Reprints().collapse(List.copyOf(pending), keys -> s.sharingBands(keys).stream()
                        .map(t -> new Reprints.KnownText(t.id(), t.contentHash(), t.text()))
                        .toList());
            }
            PipelineResult r = pipeline.analyze(collapse.kept(), (done, total) -> progress.parsed(done, total));
            SaveReport rep;
            try (EventStore s = storeOptions.openIndexed()) {
                rep = s.save(r.analysis(), new Syndication(collapse.bandKeys(), collapse.copies()));
            }
            copies.addAll(collapse.copies());
            parseProblems.addAll(r.analysis().problems());
            pending.forEach(d -> stored.add(d.contentHash()));
            pending.clear();
            added += rep.documentsAdded();
            skipped += rep.documentsSkipped();
            events += rep.eventsAdded();
            if (keepResults) {
                results.add(r);
            }
        }
    }
}
