package org.backchannel.classifier.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;
import org.backchannel.coder.DependencyEventCoder;
import org.backchannel.coder.Knowledge;
import org.backchannel.coder.actors.DocumentActors;
import org.backchannel.coder.actors.Mention;
import org.backchannel.coder.learned.Clause;
import org.backchannel.coder.learned.ClauseClassifier;
import org.backchannel.coder.learned.RootScores;
import org.backchannel.coder.learned.SecondOpinion;
import org.backchannel.model.Document;
import org.backchannel.model.ParsedDocument;
import org.backchannel.nlp.SentenceParser;

/**
 * Turns training texts into labelled clauses exactly as the coder will present clauses at run time:
 * each text is parsed and coded with a classifier that only records what it is asked (every coded
 * clause with two sides, every uncoded verb with two resolved sides) and changes nothing; each
 * recorded clause is then labelled from what its text's {@link Labels} say of its sides.
 */
public final class TrainingData {
    /** One text in this many is held out (by a checksum of its id, so the split never changes). */
    public static final int HOLD_OUT_ONE_IN = 5;

    private TrainingData() {}

    public static List<LabelledClause> build(
            Knowledge knowledge, SentenceParser parser, List<TrainingSentence> sentences) {
        List<Document> docs = sentences.stream().map(TrainingSentence::document).toList();
        List<ParsedDocument> parsed = parser.parseAll(docs, SentenceParser.ProgressListener.NONE);
        Recorder recorder = new Recorder();
        // thresholds no probability reaches: every clause is asked about, nothing is proposed or doubted
        SecondOpinion.Uses askAll = new SecondOpinion.Uses(true, 2, SecondOpinion.Flag.MARK, 2, 0);
        DependencyEventCoder coder =
                new DependencyEventCoder(knowledge, new SecondOpinion(knowledge, recorder, askAll));
        List<LabelledClause> out = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            TrainingSentence s = sentences.get(i);
            DocumentActors actors = new DocumentActors(knowledge.actors());
            recorder.asked.clear();
            coder.code(parsed.get(i), actors);
            LocalDate day = s.document().published();
            Set<String> seen = new HashSet<>();
            for (Clause c : recorder.asked) {
                String label = s.labels().label(c, country(actors, c.source(), day), country(actors, c.target(), day));
                if (label == null || !seen.add(c.text() + "\t" + label)) {
                    continue;
                }
                out.add(new LabelledClause(
                        s.id(),
                        s.origin(),
                        c.text(),
                        label,
                        c.coded() == null ? null : c.coded().root(),
                        heldOut(s.id())));
                if (s.labels() instanceof Labels.PatternExample) {
                    break; // an example stands for its pattern once
                }
            }
        }
        return out;
    }

    /** Whether a text belongs to the held-out part. */
    public static boolean heldOut(String id) {
        CRC32 crc = new CRC32();
        crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return crc.getValue() % HOLD_OUT_ONE_IN == 0;
    }

    private static String country(DocumentActors actors, Mention m, LocalDate day) {
        return m == null
                ? null
                : TrainingSources.country(actors.ref(m.actorId(), m.text(), day).code());
    }

    /** Asks nothing of a model: keeps the clauses and answers "none" for each. */
    private static final class Recorder implements ClauseClassifier {
        final List<Clause> asked = new ArrayList<>();

        @Override
        public List<RootScores> classify(List<Clause> clauses) {
            asked.addAll(clauses);
            return clauses.stream()
                    .map(c -> new RootScores(List.of(RootScores.NONE), new double[] {1}))
                    .toList();
        }
    }
}
