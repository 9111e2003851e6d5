package org.backchannel.spark;

import org.backchannel.coder.Knowledge;
import org.backchannel.ingest.Ingestor;
import org.backchannel.nlp.CoreNlpParser;
import org.backchannel.pipeline.Pipeline;

/**
 * The pipeline of this JVM, built on first use: CoreNLP's models and the knowledge load once per
 * executor and are shared by its task threads (the parser is thread-safe); each task thread gets its own
 * {@link Pipeline} over them, since the coder keeps per-call state.
 */
final class ExecutorPipeline {
    private static final ThreadLocal<Pipeline> PIPELINE =
            ThreadLocal.withInitial(() -> new Pipeline(new Ingestor(), CoreNlpParser.shared(), Knowledge.defaults()));

    private ExecutorPipeline() {}

    static Pipeline get() {
        return PIPELINE.get();
    }
}
