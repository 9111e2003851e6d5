package org.backchannel.pipeline;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.claims.ClaimsResult;
import org.backchannel.claims.ClaimsStage;
import org.backchannel.claims.EpistemicAnnotator;
import org.backchannel.claims.EpistemicCues;
import org.backchannel.classifier.ClassifierSettings;
import org.backchannel.coder.CodedDocument;
import org.backchannel.coder.DependencyEventCoder;
import org.backchannel.coder.EventCoder;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.learned.SecondOpinion;
import org.backchannel.ingest.IngestResult;
import org.backchannel.ingest.Ingestor;
import org.backchannel.ingest.dedupe.Reprints;
import org.backchannel.model.Actor;
import org.backchannel.model.Analysis;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.SyndicatedCopy;
import org.backchannel.nlp.CoreNlpParser;
import org.backchannel.nlp.ParseMode;
import org.backchannel.nlp.ParseSelector;
import org.backchannel.nlp.SentenceParser;

/** The stages in order over one batch of documents. */
public final class Pipeline {
    private final Ingestor ingestor;
    private final SentenceParser parser;
    private final Knowledge knowledge;
    private final EventCoder coder;
    private final ClaimsStage claims;
    private final SecondOpinion opinion;
    private final SentenceParser given;
    private final ParseMode mode;

    /** The pipeline with the learned classifier's uses that are on by default ({@link ClassifierSettings#defaults()}). */
    public Pipeline(Ingestor ingestor, SentenceParser parser, Knowledge knowledge) {
        this(ingestor, parser, knowledge, ClassifierSettings.defaults());
    }

    /** The pipeline with the given uses of the learned classifier ({@link ClassifierSettings#OFF}: none). */
    public Pipeline(Ingestor ingestor, SentenceParser parser, Knowledge knowledge, ClassifierSettings classifier) {
        this(ingestor, parser, knowledge, classifier.opinion(knowledge), ParseMode.SELECTIVE);
    }

    private Pipeline(
            Ingestor ingestor, SentenceParser parser, Knowledge knowledge, SecondOpinion opinion, ParseMode mode) {
        this.ingestor = ingestor;
        this.given = parser;
        this.mode = mode;
        this.knowledge = knowledge;
        this.opinion = opinion;
        this.coder = new DependencyEventCoder(knowledge, opinion);
        this.claims = new EpistemicAnnotator(knowledge);
        this.parser = parser instanceof CoreNlpParser c ? selecting(c, mode) : parser;
    }

    /**
     * CoreNLP spending its dependency parser the given way. Selective parsing skips the sentences no
     * pattern could fire on ({@link EventCandidates}); a classifier that proposes events for verbs
     * without a pattern needs them all, so it parses every sentence.
     */
    private CoreNlpParser selecting(CoreNlpParser c, ParseMode mode) {
        if (mode == ParseMode.SELECTIVE && opinion.uses().propose()) {
            return c.selecting(ParseMode.DOCUMENTS, ParseSelector.ALL);
        }
        return c.selecting(
                mode,
                mode == ParseMode.SELECTIVE
                        ? new EventCandidates(knowledge.patterns(), EpistemicCues.defaults())
                        : ParseSelector.ALL);
    }

    /**
     * This pipeline with the dependency parser spent another way: {@link ParseMode#DOCUMENTS} parses
     * every sentence as before selective parsing (the hidden {@code --parse-all}, to check that skipping
     * loses no event).
     */
    public Pipeline withParseMode(ParseMode mode) {
        return new Pipeline(ingestor, given, knowledge, opinion, mode);
    }

    /** The parser as this pipeline drives it. */
    public SentenceParser parser() {
        return parser;
    }

    /** The default pipeline: the shared CoreNLP parser and the built-in knowledge. */
    public static Pipeline standard() {
        return new Pipeline(new Ingestor(), CoreNlpParser.shared(), Knowledge.defaults());
    }

    public Knowledge knowledge() {
        return knowledge;
    }

    /**
     * Reads the inputs ("-" for standard input), collapses reprints of one story to the earliest
     * ({@link Reprints}: its copies are listed with the duplicates, not coded) and analyzes the rest.
     */
    public PipelineResult run(List<String> inputs, InputStream stdin, SentenceParser.ProgressListener progress) {
        long t0 = System.nanoTime();
        IngestResult in = ingestor.read(inputs, stdin);
        Reprints.Collapse collapse = new Reprints().collapse(in.documents());
        List<String> skipped = new ArrayList<>(in.duplicates());
        for (SyndicatedCopy c : collapse.copies()) {
            skipped.add(describe(c));
        }
        long ingest = System.nanoTime() - t0;
        PipelineResult r = analyze(collapse.kept(), progress);
        Map<String, Long> stages = new LinkedHashMap<>();
        stages.put("ingest", ingest);
        stages.putAll(r.timings().stages());
        Analysis a = r.analysis();
        List<org.backchannel.model.IngestProblem> problems = new ArrayList<>(in.problems());
        problems.addAll(a.problems());
        Analysis withProblems =
                new Analysis(a.documents(), a.actors(), a.events(), a.analogs(), a.warnings(), problems);
        return new PipelineResult(
                withProblems, new StageTimings(stages, r.timings().annotators()), skipped);
    }

    /** "reprint a.html (copy of b, Jaccard 0.83, daily.example)". */
    public static String describe(SyndicatedCopy c) {
        return String.format(
                java.util.Locale.ROOT,
                "reprint %s (copy of %s, Jaccard %.2f%s)",
                c.origin(),
                c.keptId(),
                c.similarity(),
                c.publisher() == null ? "" : ", " + c.publisher());
    }

    /** Analyzes documents already read; sentences and documents skipped for a parse limit are the analysis's problems. */
    public PipelineResult analyze(List<Document> documents, SentenceParser.ProgressListener progress) {
        Map<String, Long> stages = new LinkedHashMap<>();
        Map<String, Long> before =
                parser instanceof CoreNlpParser c ? c.timings().snapshot() : Map.of();
        long t0 = System.nanoTime();
        List<org.backchannel.model.IngestProblem> skipped = new ArrayList<>();
        List<ParsedDocument> parsed = parser.parseAll(documents, progress, skipped);
        stages.put("nlp", System.nanoTime() - t0);
        Map<String, Long> annotators = new LinkedHashMap<>();
        if (parser instanceof CoreNlpParser c) {
            c.timings().snapshot().forEach((k, v) -> annotators.put(k, v - before.getOrDefault(k, 0L)));
        }

        t0 = System.nanoTime();
        long classifier0 = opinion.busyNanos();
        DocumentActors actors = new DocumentActors(knowledge.actors());
        List<CodedDocument> coded = new ArrayList<>();
        for (ParsedDocument p : parsed) {
            coded.add(coder.code(p, actors));
        }
        long classifier = opinion.busyNanos() - classifier0;
        stages.put("coder", System.nanoTime() - t0 - classifier);
        if (opinion.uses().any()) {
            stages.put("classifier", classifier); // run inside the coder, reported apart
        }

        t0 = System.nanoTime();
        ClaimsResult c = claims.annotate(coded, actors);
        stages.put("claims", System.nanoTime() - t0);

        List<Actor> mentioned = actors.actors();
        Analysis analysis = new Analysis(parsed, mentioned, c.events(), c.analogs(), c.warnings(), skipped);
        return new PipelineResult(analysis, new StageTimings(stages, annotators), List.of());
    }

    /** One document read step by step, for explaining how the coder read it. */
    public record Explanation(CodedDocument coded, Analysis analysis) {}

    /**
     * Parses, codes and annotates one document, keeping the coder's mentions and sentence graphs.
     * Every sentence is parsed: an explanation must show why a sentence yielded no event too.
     */
    public Explanation explain(Document document) {
        SentenceParser full =
                given instanceof CoreNlpParser c ? c.selecting(ParseMode.DOCUMENTS, ParseSelector.ALL) : given;
        ParsedDocument p = full.parseAll(List.of(document), SentenceParser.ProgressListener.NONE)
                .get(0);
        DocumentActors actors = new DocumentActors(knowledge.actors());
        CodedDocument c = coder.code(p, actors);
        ClaimsResult r = claims.annotate(List.of(c), actors);
        return new Explanation(
                c, new Analysis(List.of(p), actors.actors(), r.events(), r.analogs(), r.warnings(), List.of()));
    }

    /**
     * Analyzes each document on its own (parsed in parallel, coded and annotated apart), for
     * independent items such as gold records that must not be merged as one story.
     */
    public List<Analysis> analyzeSeparately(List<Document> documents) {
        List<ParsedDocument> parsed = parser.parseAll(documents, SentenceParser.ProgressListener.NONE);
        List<Analysis> out = new ArrayList<>();
        for (ParsedDocument p : parsed) {
            DocumentActors actors = new DocumentActors(knowledge.actors());
            CodedDocument c = coder.code(p, actors);
            ClaimsResult r = claims.annotate(List.of(c), actors);
            out.add(new Analysis(List.of(p), actors.actors(), r.events(), r.analogs(), r.warnings(), List.of()));
        }
        return out;
    }
}
