package org.backchannel.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.backchannel.classifier.encoder.SentenceEncoder;
import org.backchannel.classifier.head.HeadFile;
import org.backchannel.classifier.training.Training;
import org.backchannel.coder.learned.RootScores;
import org.backchannel.corpus.DemoCorpus;
import org.backchannel.model.io.Tsv;
import org.junit.jupiter.api.Test;

/** The head, uses and training record the project ships. */
class ShippedHeadTest {

    @Test
    void theHeadLoadsWithItsClassesEncoderAndThresholds() {
        HeadFile f = HeadFile.shipped();
        assertEquals(Training.CLASSES, f.head().classes());
        assertEquals(SentenceEncoder.DIMENSION, f.head().dimension());
        assertEquals(SentenceEncoder.Model.MINILM_Q, f.encoder());
        for (double t : List.of(
                f.thresholds().proposeAt(),
                f.thresholds().flagAt(),
                f.thresholds().flagCodedBelow())) {
            assertTrue(t >= 0 && t <= 1, "threshold " + t);
        }
    }

    @Test
    void theClassifierReadsPlainClausesAsTheirRoots() {
        LearnedClassifier c = LearnedClassifier.shipped();
        assertEquals("19", c.score("X launched air strikes on Y").top());
        assertEquals("04", c.score("X held talks with Y").top());
        RootScores s = c.score("X expelled the ambassador of Y");
        assertEquals(1, java.util.Arrays.stream(s.probabilities()).sum(), 1e-9);
    }

    @Test
    void theUsesFileLoads() {
        ClassifierSettings s = ClassifierSettings.defaults();
        assertTrue(s.describe().matches("none|propose|propose, flag=(mark|drop)|flag=(mark|drop)"), s.describe());
        assertEquals(
                ClassifierSettings.parse("propose,flag=drop"),
                new ClassifierSettings(true, org.backchannel.coder.learned.SecondOpinion.Flag.DROP));
        assertEquals(ClassifierSettings.OFF, ClassifierSettings.parse("none"));
    }

    /** The training record names only texts of the project's own dev splits and pattern files: never a held-out record. */
    @Test
    void trainingClausesComeOnlyFromDevSplitsAndPatterns() throws Exception {
        Map<String, String> split = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String resource : List.of(DemoCorpus.GOLD, DemoCorpus.EPISTEMIC)) {
            for (String line : DemoCorpus.lines(resource)) {
                var r = json.readTree(line);
                split.put(r.get("id").asText(), r.path("split").asText());
            }
        }
        List<Tsv.Row> rows = Tsv.resource("/backchannel/classifier/training-clauses.tsv");
        assertTrue(rows.size() > 1000, "clauses: " + rows.size());
        for (Tsv.Row r : rows) {
            switch (r.col(0)) {
                case "pattern" -> assertTrue(r.col(1).startsWith("pattern:"), r.col(1));
                case "gold", "epistemic" -> assertEquals("dev", split.get(r.col(1)), r.col(1));
                default -> throw r.error("unknown origin " + r.col(0));
            }
            assertTrue(Training.CLASSES.contains(r.col(3)), r.col(3));
        }
    }
}
