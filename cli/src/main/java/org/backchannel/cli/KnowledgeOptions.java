package org.backchannel.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backchannel.coder.Knowledge;
import org.backchannel.ingest.Ingestor;
import org.backchannel.model.IngestProblem;
import org.backchannel.nlp.CoreNlpParser;
import org.backchannel.nlp.ParseLimits;
import org.backchannel.nlp.ParseMode;
import org.backchannel.pipeline.Pipeline;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options that extend the built-in knowledge; shared by every command that runs the pipeline. */
final class KnowledgeOptions {
    @Option(
            names = "--actors",
            paramLabel = "FILE",
            description = "extra actors in Backchannel's TSV format (see README, 'Your own actors'); repeatable")
    List<Path> actorFiles = new ArrayList<>();

    @Option(
            names = "--petrarch-actors",
            paramLabel = "FILE",
            description =
                    "a PETRARCH-style .actors dictionary, read by the rules of the built-in historical knowledge; lines that cannot be read are reported and skipped; repeatable")
    List<Path> petrarchFiles = new ArrayList<>();

    @Mixin
    ClassifierOptions classifier;

    @Mixin
    IngestLimits limits;

    @Option(
            names = "--parse-all",
            hidden = true,
            description =
                    "dependency-parse every sentence, also those no event pattern could fire on (to check that skipping them loses nothing)")
    boolean parseAll;

    private final List<IngestProblem> problems = new ArrayList<>();
    private Knowledge loaded;

    /** The pipeline over the built-in knowledge and the user's files; their unreadable lines go to stderr. */
    Pipeline pipeline() {
        Knowledge k = actorFiles.isEmpty() && petrarchFiles.isEmpty()
                ? Knowledge.defaults()
                : Knowledge.load(actorFiles, petrarchFiles);
        loaded = k;
        problems.addAll(k.actors().problems());
        problems.forEach(p -> System.err.println("skipped " + p.item() + ": " + p.cause()));
        Ingestor ingestor = new Ingestor(limits.options());
        ParseLimits parse = limits.parseLimits();
        CoreNlpParser parser = CoreNlpParser.shared();
        parser.limits(parse);
        Pipeline p = new Pipeline(ingestor, parser, k, classifier.settings());
        return parseAll ? p.withParseMode(ParseMode.DOCUMENTS) : p;
    }

    /**
     * One line on the actor knowledge the last {@link #pipeline()} loaded: people, dated roles, and the
     * people with a term starting in each decade since the 1940s.
     */
    String summary() {
        int[] size = loaded.actors().size();
        StringBuilder b = new StringBuilder(String.format(
                "Knowledge: %d people with %d dated roles; with a term starting in the", size[0], size[1]));
        loaded.actors().peopleByDecade().forEach((decade, n) -> {
            if (decade >= 1940) {
                b.append(String.format(" %ds %d,", decade, n));
            }
        });
        b.setLength(b.length() - 1);
        return b.append('.').toString();
    }

    /** A command's exit code, made "done, but some items could not be read" when a dictionary line was skipped. */
    int exitCode(int code) {
        return code == Main.OK && !problems.isEmpty() ? Main.SOME_ITEMS_FAILED : code;
    }
}
