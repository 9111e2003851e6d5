package org.backchannel.bench.jmh;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.backchannel.nlp.depparse.NeuralDependencyParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The dependency parse of one tagged news sentence: the project's inference over CoreNLP's neural
 * model (with the enhanced++ graph it hands on) against CoreNLP's own {@code predict} on the same
 * model. Run with {@code backchannel bench --jmh}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class ParserBenchmarks {
    private static final String SENTENCE =
            "The foreign ministry said on Tuesday that talks hosted by Oman would resume next week,"
                    + " despite new sanctions announced by Washington against three state-owned banks.";

    private CoreMap sentence;
    private NeuralDependencyParser ours;
    private DependencyParser theirs;

    @Setup
    public void setUp() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        Annotation annotation = new Annotation(SENTENCE);
        new StanfordCoreNLP(props).annotate(annotation);
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        sentence = sentences.get(0);
        ours = NeuralDependencyParser.english();
        theirs = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    }

    /** The project's parse, enhanced++ graph included. */
    @Benchmark
    public CoreMap projectInference() {
        ours.annotate(sentence);
        return sentence;
    }

    /** CoreNLP's own prediction on the same model (basic structure only, no enhanced graph). */
    @Benchmark
    public GrammaticalStructure coreNlpPredict() {
        return theirs.predict(sentence);
    }
}
