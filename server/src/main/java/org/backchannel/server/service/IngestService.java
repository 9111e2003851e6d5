package org.backchannel.server.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.IngestProblem;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.server.auth.Principal;
import org.backchannel.store.SaveReport;
import org.backchannel.store.workspace.WorkspaceTables;

/**
 * Documents uploaded into the store through the same ingest and pipeline as {@code backchannel
 * ingest}: read (each bad item reported with its cause), documents already stored skipped, the rest
 * analyzed outside the store's write lock and saved in one transaction with its audit row.
 */
public final class IngestService {
    private final StorePool pool;
    private final Supplier<Pipeline> pipeline;
    private final Ingestor ingestor = new Ingestor();
    private final List<Consumer<Analysis>> listeners = new CopyOnWriteArrayList<>();

    /** What an upload gave. */
    public record Report(
            int documentsAdded,
            int documentsSkipped,
            int eventsAdded,
            List<String> documentIds,
            List<IngestProblem> problems,
            List<String> duplicates) {}

    /** {@code pipeline} is asked for the pipeline at the first upload (loading CoreNLP takes a while). */
    public IngestService(StorePool pool, Supplier<Pipeline> pipeline) {
        this.pool = pool;
        this.pipeline = pipeline;
    }

    /**
     * Asks to be told of every analysis an upload saved (its new documents and events), after the save:
     * for what must stay in step with the store, such as a search index.
     */
    public void addListener(Consumer<Analysis> listener) {
        listeners.add(listener);
    }

    /**
     * Ingests one uploaded item. {@code name} decides the reader as a file name would (".txt", ".html",
     * ".jsonl"); content without a known extension is sniffed.
     */
    public Report ingest(Principal by, String name, byte[] body) {
        if (body.length == 0) {
            throw ServiceException.invalid("the request body is empty: send the text, HTML or JSON Lines to ingest");
        }
        IngestResult in = ingestor.readBytes(name, body);
        Set<String> stored = pool.read(s -> s.storedHashes());
        List<Document> todo = new ArrayList<>();
        int skipped = 0;
        for (Document d : in.documents()) {
            if (stored.contains(d.contentHash())) {
                skipped++;
            } else {
                todo.add(d);
            }
        }
        SaveReport saved;
        List<String> ids = new ArrayList<>();
        if (todo.isEmpty()) {
            saved = new SaveReport(0, 0, 0);
        } else {
            Analysis analysis =
                    pipeline.get().analyze(todo, (done, total) -> {}).analysis();
            saved = pool.write(s -> {
                Set<String> before = new java.util.HashSet<>(s.rows("SELECT id FROM documents").stream()
                        .map(r -> r.get(0))
                        .toList());
                WorkspaceTables t = new WorkspaceTables(s);
                SaveReport r = s.save(analysis);
                s.rows("SELECT id FROM documents ORDER BY id").stream()
                        .map(x -> x.get(0))
                        .filter(x -> !before.contains(x))
                        .forEach(ids::add);
                t.transaction(() -> {
                    Audit.record(
                            t,
                            by.user(),
                            "documents.ingest",
                            name,
                            r.documentsAdded() + " added, " + r.documentsSkipped() + " already stored, "
                                    + r.eventsAdded() + " events"
                                    + (ids.isEmpty() ? "" : ": " + String.join(", ", ids)));
                    return null;
                });
                return r;
            });
            pool.eventsChanged();
            for (Consumer<Analysis> l : listeners) {
                l.accept(analysis);
            }
        }
        return new Report(
                saved.documentsAdded(),
                skipped + saved.documentsSkipped(),
                saved.eventsAdded(),
                ids,
                in.problems(),
                in.duplicates());
    }
}
