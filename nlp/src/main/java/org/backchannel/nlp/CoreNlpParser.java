package org.backchannel.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.AnnotationPipeline;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.backchannel.model.Dependency;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedDocument;
import org.backchannel.model.ParsedSentence;
import org.backchannel.model.Token;

/**
 * {@link SentenceParser} over Stanford CoreNLP. The pipeline is built once per JVM ({@link #shared()})
 * since loading its models takes seconds and gigabytes; it is thread-safe. By default
 * ({@link ParseMode#DOCUMENTS}) documents are annotated whole on a pool sized to the cores; a view made
 * by {@link #selecting} runs the cheap annotators per document first and gives the dependency parser,
 * the bulk of the cost, only the sentences a {@link ParseSelector} asks for, in chunks balanced across
 * the cores.
 */
public final class CoreNlpParser implements SentenceParser {
    /** Annotators in the order they run (recent CoreNLP versions split sentences inside tokenize). */
    public static final List<String> ANNOTATORS = List.of("tokenize", "ssplit", "pos", "lemma", "ner", "depparse");
    private static volatile CoreNlpParser shared;

    private final StanfordCoreNLP pipeline;
    private final List<Annotator> annotators = new ArrayList<>();
    private final List<String> annotatorNames = new ArrayList<>();
    private final int threads;
    private final NlpTimings timings;
    private final long loadMillis;
    private final ParseMode mode;
    private final ParseSelector selector;
    /** Documents per thread in one window of a batched parse: bounds the CoreNLP annotations held at once. */
    private static final int WINDOW_PER_THREAD = 24;
    /** Chunks of the dependency parse per thread in a window, taken from one queue. */
    private static final int CHUNKS_PER_THREAD = 6;

    private CoreNlpParser(int threads) {
        long t0 = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", String.join(",", ANNOTATORS));
        props.setProperty("tokenize.options", "untokenizable=noneKeep,invertible=true,normalizeParentheses=false,normalizeOtherBrackets=false");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        // The 3-class model without SUTime or fine-grained tags: the coder's own gazetteer and date
        // reader do the rest, and this runs about twice as fast as the full NER stack.
        props.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz");
        props.setProperty("ner.useSUTime", "false");
        props.setProperty("ner.applyNumericClassifiers", "false");
        props.setProperty("ner.applyFineGrained", "false");
        props.setProperty("ner.buildEntityMentions", "false");
        props.setProperty("depparse.extradependencies", "MAXIMAL");
        // Build the full pipeline once so the pool holds every annotator, then run them one by
        // one ourselves so each one's time can be measured.
        this.pipeline = new StanfordCoreNLP(props); // held so its annotators stay in CoreNLP's soft-reference cache
        for (String name : ANNOTATORS) {
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
        this.annotators.addAll(base.annotators);
        this.annotatorNames.addAll(base.annotatorNames);
        this.threads = base.threads;
        this.timings = base.timings;
        this.loadMillis = base.loadMillis;
        this.mode = mode;
        this.selector = selector;
    }

    /**
     * This parser (same models, threads and timings) parsing batches the given way; the selector is
     * asked only in {@link ParseMode#SELECTIVE}.
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

    @Override
    public ParsedDocument parse(Document document) {
        Annotation annotation = new Annotation(document.text());
        for (int i = 0; i < annotators.size(); i++) {
            long t0 = System.nanoTime();
            annotators.get(i).annotate(annotation);
            timings.add(annotatorNames.get(i), System.nanoTime() - t0);
        }
        List<ParsedSentence> sentences = new ArrayList<>();
        List<CoreMap> maps = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        if (maps == null) {
            maps = List.of();
        }
        for (int s = 0; s < maps.size(); s++) {
            sentences.add(convert(s, maps.get(s), tokens(maps.get(s)), document.text()));
        }
        timings.countSentences(maps.size(), maps.size());
        return new ParsedDocument(document, sentences);
    }

    /**
     * The batched parse: the annotators before the dependency parser per document (in parallel), then
     * the sentences that need it parsed in chunks of about equal length, several per thread from one
     * queue, so that no core waits on the longest document. Windows of documents bound the annotations held at once.
     */
    private List<ParsedDocument> parseBatched(List<Document> documents, ProgressListener progress) {
        int last = annotators.size() - 1;
        if (!annotatorNames.get(last).equals("depparse")) {
            throw new IllegalStateException("the dependency parser must run last: " + annotatorNames);
        }
        ExecutorService pool = threads > 1 && documents.size() > 0 ? pool(threads) : null;
        try {
            List<ParsedDocument> out = new ArrayList<>(documents.size());
            int window = Math.max(1, threads * WINDOW_PER_THREAD);
            for (int from = 0; from < documents.size(); from += window) {
                List<Document> part = documents.subList(from, Math.min(documents.size(), from + window));
                List<Callable<Annotation>> firstPass = new ArrayList<>();
                for (Document d : part) {
                    firstPass.add(() -> {
                        Annotation a = new Annotation(d.text());
                        for (int i = 0; i < last; i++) {
                            long t0 = System.nanoTime();
                            annotators.get(i).annotate(a);
                            timings.add(annotatorNames.get(i), System.nanoTime() - t0);
                        }
                        return a;
                    });
                }
                List<Annotation> annotated = run(pool, firstPass);
                List<List<List<Token>>> tokens = new ArrayList<>();
                List<CoreMap> toParse = new ArrayList<>();
                int seen = 0;
                for (Annotation a : annotated) {
                    List<List<Token>> docTokens = new ArrayList<>();
                    for (CoreMap m : sentencesOf(a)) {
                        List<Token> t = tokens(m);
                        docTokens.add(t);
                        if (mode == ParseMode.BATCHED || selector.needsParse(t)) {
                            toParse.add(m);
                        }
                        seen++;
                    }
                    tokens.add(docTokens);
                }
                timings.countSentences(seen, toParse.size());
                List<Callable<Void>> chunks = new ArrayList<>();
                // several chunks per thread: a core taken by another process does not hold the window back
                for (List<CoreMap> chunk : balancedChunks(toParse, pool == null ? 1 : threads * CHUNKS_PER_THREAD)) {
                    chunks.add(() -> {
                        Annotation a = new Annotation("");
                        a.set(CoreAnnotations.SentencesAnnotation.class, chunk);
                        long t0 = System.nanoTime();
                        annotators.get(last).annotate(a);
                        timings.add(annotatorNames.get(last), System.nanoTime() - t0);
                        return null;
                    });
                }
                run(pool, chunks);
                for (int d = 0; d < part.size(); d++) {
                    List<CoreMap> maps = sentencesOf(annotated.get(d));
                    List<ParsedSentence> sentences = new ArrayList<>(maps.size());
                    for (int s = 0; s < maps.size(); s++) {
                        sentences.add(convert(s, maps.get(s), tokens.get(d).get(s), part.get(d).text()));
                    }
                    out.add(new ParsedDocument(part.get(d), sentences));
                }
                progress.parsed(out.size(), documents.size());
            }
            return out;
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
    }

    /** Sentences split into {@code n} chunks of nearly equal token counts (longest first, each to the lightest chunk). */
    static List<List<CoreMap>> balancedChunks(List<CoreMap> sentences, int n) {
        List<CoreMap> byLength = new ArrayList<>(sentences);
        byLength.sort(java.util.Comparator.comparingInt((CoreMap m) -> m.get(CoreAnnotations.TokensAnnotation.class).size()).reversed());
        List<List<CoreMap>> chunks = new ArrayList<>();
        long[] load = new long[Math.max(1, Math.min(n, sentences.size()))];
        for (int i = 0; i < load.length; i++) {
            chunks.add(new ArrayList<>());
        }
        for (CoreMap m : byLength) {
            int lightest = 0;
            for (int i = 1; i < load.length; i++) {
                if (load[i] < load[lightest]) {
                    lightest = i;
                }
            }
            chunks.get(lightest).add(m);
            load[lightest] += m.get(CoreAnnotations.TokensAnnotation.class).size();
        }
        chunks.removeIf(List::isEmpty);
        return chunks;
    }

    private static List<CoreMap> sentencesOf(Annotation a) {
        List<CoreMap> maps = a.get(CoreAnnotations.SentencesAnnotation.class);
        return maps == null ? List.of() : maps;
    }

    /** Runs the tasks on the pool (or here when there is none) and returns their results in order. */
    private static <T> List<T> run(ExecutorService pool, List<Callable<T>> tasks) {
        List<T> out = new ArrayList<>(tasks.size());
        try {
            if (pool == null) {
                for (Callable<T> t : tasks) {
                    out.add(t.call());
                }
                return out;
            }
            for (Future<T> f : pool.invokeAll(tasks)) {
                out.add(f.get());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while parsing", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("parsing failed: " + e.getCause(), e.getCause());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("parsing failed: " + e, e);
        }
    }

    private static ExecutorService pool(int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "corenlp");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public List<ParsedDocument> parseAll(List<Document> documents, ProgressListener progress) {
        if (mode != ParseMode.DOCUMENTS) {
            return parseBatched(documents, progress);
        }
        if (threads <= 1 || documents.size() <= 1) {
            List<ParsedDocument> out = new ArrayList<>();
            for (Document d : documents) {
                out.add(parse(d));
                progress.parsed(out.size(), documents.size());
            }
            return out;
        }
        ExecutorService pool = pool(Math.min(threads, documents.size()));
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
            String word = l.word() == null || l.word().isEmpty() ? "_" : l.word(); // later stages read the first character
            tokens.add(new Token(i, word, l.lemma() == null || l.lemma().isEmpty() ? word.toLowerCase(java.util.Locale.ROOT) : l.lemma(), l.tag(),
                    l.ner() == null ? "O" : l.ner(), l.beginPosition(), l.endPosition()));
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
                deps.add(new Dependency(e.getGovernor().index() - 1, e.getDependent().index() - 1, e.getRelation().toString()));
            }
        }
        int start = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        return new ParsedSentence(index, docText.substring(start, end), start, end, tokens, deps);
    }

    /**
     * Bare CoreNLP on the same annotators and threads, for the benchmark's floor: annotates the texts
     * and returns the number of sentences, converting nothing.
     */
    public int annotateBare(List<String> texts) {
        AnnotationPipeline p = new AnnotationPipeline();
        annotators.forEach(p::addAnnotator);
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
