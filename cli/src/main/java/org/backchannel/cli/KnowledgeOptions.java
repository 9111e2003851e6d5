package org.backchannel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.ingest.Ingestor;
import org.backchannel.nlp.CoreNlpParser;
import org.backchannel.pipeline.Pipeline;
import picocli.CommandLine.Option;

/** Options that extend the built-in knowledge; shared by every command that runs the pipeline. */
final class KnowledgeOptions {
    @Option(names = "--actors", paramLabel = "FILE", description = "extra actors in Backchannel's TSV format (see docs/actors.md); repeatable")
    List<Path> actorFiles = new ArrayList<>();

    @Option(names = "--petrarch-actors", paramLabel = "FILE", description = "a PETRARCH-style .actors dictionary; repeatable")
    List<Path> petrarchFiles = new ArrayList<>();

    Pipeline pipeline() {
        Knowledge k = actorFiles.isEmpty() && petrarchFiles.isEmpty() ? Knowledge.defaults() : Knowledge.load(actorFiles, petrarchFiles);
        return new Pipeline(new Ingestor(), CoreNlpParser.shared(), k);
    }
}
