package org.backchannel.nlp.depparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DependencyParseAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's inference over CoreNLP's neural dependency model must give exactly the graphs that
 * CoreNLP's own {@code depparse} annotator gives: same arcs, same labels, same enhanced++ relations.
 */
class NeuralDependencyParserTest {
    /** Written for this test: passives, coordination, relative and reported clauses, quotes, numbers, headlines. */
    private static final String TEXT = String.join(
            "\n\n",
            "The foreign minister said on Tuesday that his government would not recognise the vote.",
            "Rebels who had seized the border town were driven out by army units backed by helicopters.",
            "Talks between the two delegations, hosted by Oman, resumed after a pause of three weeks.",
            "\"We will answer any attack,\" the spokesman told reporters in the capital.",
            "Police detained 14 protesters and fired tear gas near the parliament building late on Friday.",
            "PRESIDENT VOWS TO VETO SANCTIONS BILL",
            "Neither Ankara nor Moscow commented on the reported exchange of prisoners.",
            "It was not immediately clear whether the convoy, which carried food and medicine, reached Kharkiv.",
            "The envoy shuttled between the capitals, carrying messages from one side to the other.",
            "Asked about the strike, officials declined to comment.",
            "Quietly, and without announcement, the ministry recalled its ambassador for consultations.",
            "Zxqv blorptan wemmed the frindles.",
            "Yes.",
            "The bank, the ministry and the central committee of the ruling party, along with several"
                    + " regional governors whose terms had been extended twice, issued a joint statement"
                    + " calling for calm, restraint and an immediate return to negotiations on the disputed"
                    + " water-sharing agreement signed in 1996.");

    private static List<CoreMap> sentences;
    private static NeuralDependencyParser ours;
    private static DependencyParseAnnotator theirs;

    @BeforeAll
    static void parse() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit,pos");
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        Annotation annotation = new Annotation(TEXT);
        new StanfordCoreNLP(props).annotate(annotation);
        sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        ours = NeuralDependencyParser.english();
        Properties depparse = new Properties();
        depparse.setProperty("extradependencies", "MAXIMAL");
        theirs = new DependencyParseAnnotator(depparse);
    }

    @Test
    void givesCoreNlpsOwnEnhancedGraphs() {
        assertEquals(14, sentences.size());
        for (CoreMap sentence : sentences) {
            Annotation one = new Annotation(sentence.get(CoreAnnotations.TextAnnotation.class));
            one.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence));
            theirs.annotate(one);
            String expected = edges(graph(sentence));
            ours.annotate(sentence);
            String actual = edges(graph(sentence));
            assertEquals(expected, actual, sentence.get(CoreAnnotations.TextAnnotation.class));
            assertTrue(expected.contains("root"), "every sentence has a root");
        }
    }

    @Test
    void threadsShareOneParserAndGetTheSameArcs() throws Exception {
        List<String> single = new ArrayList<>();
        for (CoreMap s : sentences) {
            single.add(arcs(s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                runs.add(pool.submit(() -> {
                    List<String> out = new ArrayList<>();
                    for (CoreMap s : sentences) {
                        out.add(arcs(s));
                    }
                    return out;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(single, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anInterruptedThreadStopsParsing() {
        Thread.currentThread().interrupt();
        try {
            assertThrows(RuntimeInterruptedException.class, () -> ours.annotate(sentences.get(0)));
        } finally {
            Thread.interrupted();
        }
    }

    @Test
    void anEmptySentenceHasNoArcs() {
        NeuralDependencyParser.Arcs arcs = ours.arcs(List.of());
        assertEquals(0, arcs.heads().length);
    }

    @Test
    void aModelFileWithoutItsHeaderIsRefusedWithTheReason(@TempDir Path dir) throws IOException {
        Path bad = Files.writeString(dir.resolve("model.txt"), "dict=3\npos=oops\n");
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ParserModel.load(bad.toString()));
        assertTrue(e.getMessage().contains("pos=oops"), e.getMessage());
        Path cut = Files.writeString(
                dir.resolve("cut.txt"),
                "dict=1\npos=1\nlabel=1\nembeddingSize=2\nhiddenSize=2\nnumTokens=48\npreComputed=0\nw 0.1 0.2\n");
        e = assertThrows(IllegalArgumentException.class, () -> ParserModel.load(cut.toString()));
        assertTrue(e.getMessage().contains("ends before"), e.getMessage());
    }

    private static String arcs(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        NeuralDependencyParser.Arcs arcs = ours.arcs(tokens);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            b.append(arcs.heads()[i]).append(':').append(arcs.labels()[i]).append(' ');
        }
        return b.toString();
    }

    private static SemanticGraph graph(CoreMap sentence) {
        return sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    }

    private static String edges(SemanticGraph graph) {
        TreeSet<String> edges = new TreeSet<>();
        graph.getRoots().forEach(r -> edges.add("root->" + r.index()));
        for (SemanticGraphEdge e : graph.edgeIterable()) {
            edges.add(e.getGovernor().index() + "-" + e.getRelation() + "->"
                    + e.getDependent().index() + (e.isExtra() ? "+" : ""));
        }
        return String.join(" ", edges);
    }
}
