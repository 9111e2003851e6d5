package org.backchannel.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;

/** What the integration tests of this module share: one pipeline and each corpus analyzed once per JVM. */
final class Fixtures {
    private static PipelineResult demo;
    private static IngestResult demoInput;
    private static PipelineResult seed;

    private Fixtures() {}

    static Pipeline pipeline() {
        return Pipeline.standard();
    }

    static synchronized IngestResult demoInput() {
        if (demoInput == null) {
            demoInput = new Ingestor().readBytes(DemoCorpus.demoFiles());
        }
        return demoInput;
    }

    static synchronized PipelineResult demo() {
        if (demo == null) {
            demo = pipeline().analyze(demoInput().documents(), (d, t) -> {});
        }
        return demo;
    }

    /** The shared folder beside the project, or null when it is not there. */
    static Path shared() {
        return org.backchannel.corpus.SharedFolder.locate();
    }

    static synchronized PipelineResult seed() {
        if (seed == null) {
            Path file = shared().resolve("corpus/seed/venezuela-backchannel.txt");
            seed = pipeline().run(List.of(file.toString()), System.in, (d, t) -> {});
        }
        return seed;
    }
}
