package org.backchannel.nlp.depparse;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.ling.Word;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphFactory;
import edu.stanford.nlp.trees.GrammaticalRelation;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TreeGraphNode;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalRelations;
import edu.stanford.nlp.trees.UniversalEnglishGrammaticalStructure;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import java.util.ArrayList;
import java.util.List;

/**
 * Dependency parses from CoreNLP's neural English model, computed by the project's own inference
 * ({@link TransitionScorer}, {@link ArcStandardState}) and handed back as the enhanced++ graph that
 * CoreNLP's {@code depparse} annotator would attach; only that graph is built, not the four other
 * views the annotator also makes. Thread-safe; one instance serves every thread.
 */
public final class NeuralDependencyParser {
    private final ParserModel model;
    private final TransitionScorer scorer;

    public NeuralDependencyParser(ParserModel model) {
        this(model, TransitionScorer.PRECOMPUTED);
    }

    NeuralDependencyParser(ParserModel model, int precomputed) {
        this.model = model;
        this.scorer = new TransitionScorer(model, precomputed);
    }

    /** Loads CoreNLP's English UD model (a few seconds). */
    public static NeuralDependencyParser english() {
        return new NeuralDependencyParser(ParserModel.load(ParserModel.ENGLISH_UD));
    }

    /** Parses a tagged sentence and attaches its enhanced++ graph as CoreNLP's annotator would. */
    public void annotate(CoreMap sentence) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        sentence.set(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class, graph(tokens));
    }

    /** The heads (0 for the root, tokens numbered from 1) and labels the parser gives a tagged sentence. */
    public Arcs arcs(List<CoreLabel> tokens) {
        ArcStandardState state = parse(tokens);
        int[] heads = new int[tokens.size()];
        String[] labels = new String[tokens.size()];
        for (int i = 1; i <= tokens.size(); i++) {
            heads[i - 1] = state.head(i);
            labels[i - 1] = state.head(i) == 0 ? "root" : state.label(i);
        }
        return new Arcs(heads, labels);
    }

    /** A sentence's arcs: the head and label of each token, in token order. */
    public record Arcs(int[] heads, String[] labels) {}

    private ArcStandardState parse(List<CoreLabel> tokens) {
        String[] words = new String[tokens.size()];
        String[] tags = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).word();
            tags[i] = tokens.get(i).tag();
        }
        ArcStandardState state = new ArcStandardState(model, words, tags);
        double[] hidden = new double[model.hiddenSize];
        int transitions = model.transitions();
        while (!state.isTerminal()) {
            if (Thread.interrupted()) {
                throw new RuntimeInterruptedException(); // the caller's time limit
            }
            double[] scores = scorer.scores(state.features(), hidden);
            int best = -1;
            double bestScore = Double.NEGATIVE_INFINITY;
            for (int t = 0; t < transitions; t++) {
                if (scores[t] > bestScore && state.canApply(t)) {
                    bestScore = scores[t];
                    best = t;
                }
            }
            state.apply(best);
        }
        return state;
    }

    private SemanticGraph graph(List<CoreLabel> tokens) {
        ArcStandardState state = parse(tokens);
        IndexedWord root = new IndexedWord(new Word("ROOT"));
        root.set(CoreAnnotations.IndexAnnotation.class, 0);
        List<TypedDependency> dependencies = new ArrayList<>(tokens.size());
        for (int i = 1; i <= tokens.size(); i++) {
            int head = state.head(i);
            IndexedWord dependent = new IndexedWord(tokens.get(i - 1));
            IndexedWord governor = head == 0 ? root : new IndexedWord(tokens.get(head - 1));
            dependencies.add(new TypedDependency(
                    head == 0 ? GrammaticalRelation.ROOT : relation(state.label(i)), governor, dependent));
        }
        GrammaticalStructure structure =
                new UniversalEnglishGrammaticalStructure(dependencies, new TreeGraphNode(root));
        return SemanticGraphFactory.makeFromTree(
                structure, SemanticGraphFactory.Mode.ENHANCED_PLUS_PLUS, GrammaticalStructure.Extras.MAXIMAL, null);
    }

    private static GrammaticalRelation relation(String label) {
        GrammaticalRelation known = UniversalEnglishGrammaticalRelations.shortNameToGRel.get(label);
        return known != null
                ? known
                : new GrammaticalRelation(
                        edu.stanford.nlp.international.Language.UniversalEnglish,
                        label,
                        null,
                        GrammaticalRelation.DEPENDENT);
    }
}
