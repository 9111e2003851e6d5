package org.backchannel.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.backchannel.model.Dependency;
import org.backchannel.model.Document;
import org.backchannel.model.IngestProblem;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;
import org.backchannel.nlp.depparse.NeuralDependencyParser;
import org.backchannel.nlp.repair.ParseRepairs;

/**
 * {@link SentenceParser} over Stanford CoreNLP. The pipeline is built once per JVM ({@link #shared()})
 * since loading its models takes seconds and gigabytes; it is thread-safe, so documents are
 * annotated on a pool sized to the cores.
 */
public final class CoreNlpParser implements SentenceParser {
    /** Annotators in the order they run (recent CoreNLP versions split sentences inside tokenize). */
    public static final List<String> ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");
    /** The CoreNLP annotators of the first pass; the dependency parse that follows is {@link NeuralDependencyParser}. */
    private static final List<String> FIRST_PASS = ANNOTATORS.subList(0, ANNOTATORS.size() - 1);

    private static volatile CoreNlpParser shared;

    private final StanfordCoreNLP pipeline;
    private final NeuralDependencyParser dependencies;
    private volatile StanfordCoreNLP bare;
    private final List<Annotator> annotators = new ArrayList<>();
    private final List<String> annotatorNames = new ArrayList<>();
    private final int threads;
    private final NlpTimings timings;
    private final long loadMillis;
    private final ParseMode mode;
    private final ParseSelector selector;
    private volatile ParseLimits limits = ParseLimits.DEFAULTS;
    private static final java.util.concurrent.ScheduledExecutorService watchdog =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "corenlp-watchdog");
                t.setDaemon(true);
                return t;
            });

    private CoreNlpParser(int threads) {
        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", FIRST_PASS));
        props.setProperty(
                "tokenize.options",
                "untokenizable=noneKeep,invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // The 3-class model without SUTime or fine-grained tags: the coder's own gazetteer and date
        // reader do the rest, and this runs about twice as fast as the full NER stack.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("depparse.extradependencies", "MAXIMAL");
        // Build the first-pass pipeline once so the pool holds its annotators, then run them one by
        // one ourselves so each one's time can be measured.
        this.pipeline = new StanfordCoreNLP(props); // held so its annotators stay in CoreNLP's soft-reference cache
        this.dependencies = NeuralDependencyParser.english();
        for (String name : FIRST_PASS) {
            Annotator a = StanfordCoreNLP.getExistingAnnotator(name);
            if (a != null) {
                annotators.add(a);
                annotatorNames.add(name);
            } else if (!name.equals("ssplit")) {
                throw new IllegalStateException("CoreNLP annotator " + name + " could not be loaded");
            }
        }
        this.threads = threads;
        this.timings = new NlpTimings();
        this.loadMillis = (System.nanoTime() - t0) / 1_000_000;
        this.mode = ParseMode.DOCUMENTS;
        this.selector = ParseSelector.ALL;
    }

    private CoreNlpParser(CoreNlpParser base, ParseMode mode, ParseSelector selector) {
        this.pipeline = base.pipeline;
        this.dependencies = base.dependencies;
        this.annotators.addAll(base.annotators);
        this.annotatorNames.addAll(base.annotatorNames);
        this.threads = base.threads;
        this.timings = base.timings;
        this.loadMillis = base.loadMillis;
        this.limits = base.limits;
        this.mode = mode;
        this.selector = selector;
    }

    /**
     * This parser (same models, threads, timings and limits) parsing the given way; the selector is
     * asked only in {@link ParseMode#SELECTIVE}: the other sentences get no dependency parse.
     */
    public CoreNlpParser selecting(ParseMode mode, ParseSelector selector) {
        return new CoreNlpParser(this, mode, selector);
    }

    public ParseMode mode() {
        return mode;
    }

    /** The JVM-wide parser, built on first use with one thread per core. */
    public static CoreNlpParser shared() {
        CoreNlpParser p = shared;
        if (p == null) {
            synchronized (CoreNlpParser.class) {
                p = shared;
                if (p == null) {
                    p = new CoreNlpParser(Runtime.getRuntime().availableProcessors());
                    shared = p;
                }
            }
        }
        return p;
    }

    /** A parser with its own thread count, sharing nothing but CoreNLP's model caches. */
    public static CoreNlpParser withThreads(int threads) {
        return new CoreNlpParser(threads);
    }

    public long loadMillis() {
        return loadMillis;
    }

    public int threads() {
        return threads;
    }

    public NlpTimings timings() {
        return timings;
    }

    /** Sets the limits the next parses keep to (the command line's --max-sentence-tokens, --max-parse-seconds). */
    public void limits(ParseLimits limits) {
        this.limits = limits;
    }

    public ParseLimits limits() {
        return limits;
    }

    @Override
    public ParsedDocument parse(Document document) {
        return parse(document, new ArrayList<>());
    }

    /** Parses one document, leaving out sentences over the token limit and noting each in {@code problems}. */
    private ParsedDocument parse(Document document, List<IngestProblem> problems) {
        Annotation annotation = new Annotation(document.text());
        int maxTokens = limits.maxSentenceTokens();
        for (int i = 0; i < annotators.size(); i++) {
            long t0 = System.nanoTime();
            annotators.get(i).annotate(annotation);
            timings.add(annotatorNames.get(i), System.nanoTime() - t0);
            if (annotatorNames.get(i).equals("tokenize")
                    || annotatorNames.get(i).equals("ssplit")) {
                dropLongSentences(document, annotation, maxTokens, problems);
            }
        }
        List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps == null) {
            maps = List.of();
        }
        List<List<Token>> tokens = new ArrayList<>(maps.size());
        int parsed = 0;
        long parseNanos = 0;
        for (CoreMap m : maps) {
            List<Token> t = tokens(m);
            tokens.add(t);
            if (mode != ParseMode.SELECTIVE || selector.needsParse(t)) {
                long t0 = System.nanoTime();
                dependencies.annotate(m); // the dependency parse, over the sentences that need it only
                parseNanos += System.nanoTime() - t0;
                parsed++;
            }
        }
        timings.countSentences(maps.size(), parsed);
        timings.add("depparse", parseNanos);
        List<ParsedSentence> sentences = new ArrayList<>(maps.size());
        for (int s = 0; s < maps.size(); s++) {
            sentences.add(convert(s, maps.get(s), tokens.get(s), document.text()));
        }
        return new ParsedDocument(document, sentences);
    }

    /** Takes sentences longer than the limit out before tagging and parsing, which grow with their length. */
    private static void dropLongSentences(
            Document document, Annotation annotation, int maxTokens, List<IngestProblem> problems) {
        List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps == null
                || maps.stream()
                        .noneMatch(m ->
                                m.get(CoreAnnotations.TokensAnnotation.class).size() > maxTokens)) {
            return;
        }
        List<CoreMap> kept = new ArrayList<>();
        for (int i = 0; i < maps.size(); i++) {
            int n = maps.get(i).get(CoreAnnotations.TokensAnnotation.class).size();
            if (n > maxTokens) {
                problems.add(new IngestProblem(
                        document.id() + ": sentence " + (i + 1),
                        "too long: " + n + " tokens, limit " + maxTokens
                                + " (--max-sentence-tokens); sentence skipped"));
            } else {
                kept.add(maps.get(i));
            }
        }
        annotation.set(CoreAnnotations.SentencesAnnotation.class, kept);
    }

    /** Parses one document under the time limit: null (and a problem noted) when it ran over or the parser failed. */
    private ParsedDocument parseLimited(Document document, List<IngestProblem> problems) {
        Thread self = Thread.currentThread();
        long limitMillis = limits.maxDocumentTime().toMillis();
        java.util.concurrent.atomic.AtomicBoolean overtime = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.concurrent.ScheduledFuture<?> alarm = watchdog.schedule(
                () -> {
                    overtime.set(true);
                    self.interrupt(); // CoreNLP's annotators stop at their next check of the interrupt flag
                },
                limitMillis,
                java.util.concurrent.TimeUnit.MILLISECONDS);
        List<IngestProblem> mine = new ArrayList<>();
        try {
            ParsedDocument p = parse(document, mine);
            return overtime.get() ? null : p;
        } catch (RuntimeException e) {
            if (!overtime.get()) {
                problems.add(new IngestProblem(document.id(), "the parser failed: " + e));
                return null;
            }
            return null;
        } finally {
            alarm.cancel(false);
            Thread.interrupted(); // clear a late alarm so it does not hit the next document
            if (overtime.get()) {
                problems.add(new IngestProblem(
                        document.id(),
                        "parsing took longer than " + limits.maxDocumentTime().toSeconds()
                                + " s (--max-parse-seconds); document skipped"));
            } else {
                problems.addAll(mine);
            }
        }
    }

    @Override
    public List<ParsedDocument> parseAll(
            List<Document> documents, ProgressListener progress, List<IngestProblem> problems) {
        List<IngestProblem> found = java.util.Collections.synchronizedList(new ArrayList<>());
        List<ParsedDocument> out = new ArrayList<>();
        if (threads <= 1 || documents.size() <= 1) {
            int done = 0;
            for (Document d : documents) {
                ParsedDocument p = parseLimited(d, found);
                if (p != null) {
                    out.add(p);
                }
                progress.parsed(++done, documents.size());
            }
            problems.addAll(found);
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, documents.size()), r -> {
            Thread t = new Thread(r, "corenlp");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ParsedDocument>> futures = new ArrayList<>();
            for (Document d : documents) {
                futures.add(pool.submit(() -> {
                    ParsedDocument pd = parseLimited(d, found);
                    progress.parsed(done.incrementAndGet(), documents.size());
                    return pd;
                }));
            }
            for (Future<ParsedDocument> f : futures) {
                ParsedDocument p = f.get();
                if (p != null) {
                    out.add(p);
                }
            }
            problems.addAll(found);
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public List<ParsedDocument> parseAll(List<Document> documents, ProgressListener progress) {
        if (threads <= 1 || documents.size() <= 1) {
            List<ParsedDocument> out = new ArrayList<>();
            for (Document d : documents) {
                out.add(parse(d));
                progress.parsed(out.size(), documents.size());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, documents.size()), r -> {
            Thread t = new Thread(r, "corenlp");
            t.setDaemon(true);
            return t;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<ParsedDocument>> futures = new ArrayList<>();
            for (Document d : documents) {
                futures.add(pool.submit(() -> {
                    ParsedDocument pd = parse(d);
                    progress.parsed(done.incrementAndGet(), documents.size());
                    return pd;
                }));
            }
            List<ParsedDocument> out = new ArrayList<>();
            for (Future<ParsedDocument> f : futures) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** A sentence's tokens as the model holds them (available after the first pass). */
    private static List<Token> tokens(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            String word =
                    l.word() == null || l.word().isEmpty() ? "_" : l.word(); // later stages read the first character
            tokens.add(new Token(
                    i,
                    word,
                    l.lemma() == null || l.lemma().isEmpty() ? word.toLowerCase(java.util.Locale.ROOT) : l.lemma(),
                    l.tag(),
                    l.ner() == null ? "O" : l.ner(),
                    l.beginPosition(),
                    l.endPosition()));
        }
        return tokens;
    }

    private static ParsedSentence convert(int index, CoreMap sentence, List<Token> tokens, String docText) {
        List<Dependency> deps = new ArrayList<>();
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
        if (graph != null) {
            for (IndexedWord root : graph.getRoots()) {
                deps.add(new Dependency(-1, root.index() - 1, "root"));
            }
            for (SemanticGraphEdge e : graph.edgeIterable()) {
                deps.add(new Dependency(
                        e.getGovernor().index() - 1,
                        e.getDependent().index() - 1,
                        e.getRelation().toString()));
            }
        }
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return ParseRepairs.apply(new ParsedSentence(index, docText.substring(start, end), start, end, tokens, deps));
    }

    /**
     * Bare CoreNLP on the same annotators and threads, for the benchmark's floor: annotates the texts
     * and returns the number of sentences, converting nothing.
     */
    public int annotateBare(List<String> texts) {
        StanfordCoreNLP p = bare;
        if (p == null) {
            Properties props = new Properties();
            props.putAll(pipeline.getProperties());
            props.setProperty("annotators", String.join(",", ANNOTATORS));
            p = new StanfordCoreNLP(props); // the first pass comes from CoreNLP's pool; depparse is its own
            bare = p;
        }
        List<Annotation> docs = new ArrayList<>();
        for (String t : texts) {
            docs.add(new Annotation(t));
        }
        p.annotate(docs, threads);
        int n = 0;
        for (Annotation a : docs) {
            n += a.get(CoreAnnotations.SentencesAnnotation.class).size();
        }
        return n;
    }
}
