package org.backchannel.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;
import org.backchannel.pipeline.Pipeline;
import org.backchannel.pipeline.PipelineResult;
import org.backchannel.store.EventStore;
import org.backchannel.store.SaveReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code demo}: analyze the built-in demo corpus into the store and print a summary. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description = "Analyze the built-in demo corpus into the embedded store and print what was found.")
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Mixin
    KnowledgeOptions knowledge;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long t0 = System.nanoTime();
        Pipeline pipeline = knowledge.pipeline();
        long loaded = System.nanoTime();
        IngestResult in = new Ingestor().readBytes(DemoCorpus.demoFiles());
        PipelineResult r = pipeline.analyze(in.documents(), new Progress("analyzing demo corpus"));
        SaveReport saved;
        java.util.Map<String, Integer> counts;
        try (EventStore s = store.openIndexed()) {
            saved = s.save(r.analysis());
            counts = s.counts();
        }
        long done = System.nanoTime();
        out.print(Summary.render(r, in));
        int sentences = r.analysis().documents().stream()
                .mapToInt(p -> p.sentences().size())
                .sum();
        double secs = (done - loaded) / 1e9;
        out.printf(
                "%nStore %s: %d documents added, %d already there; now %d documents, %d events, %d actors.%n",
                store.db,
                saved.documentsAdded(),
                saved.documentsSkipped(),
                counts.get("documents"),
                counts.get("events"),
                counts.get("actors"));
        out.printf(
                "Time: %.1f s to load models and knowledge, %.1f s for %d sentences (%.0f sentences/s).%n",
                (loaded - t0) / 1e9, secs, sentences, sentences / secs);
        out.println(knowledge.summary());
        out.println("Next: backchannel query --db " + store.db + " --status denied   |   backchannel query --secret");
        return knowledge.exitCode(
                AnalyzeCommand.report(in.problems(), in.documents().size()));
    }
}
