package org.backchannel.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.backchannel.classifier.encoder.SentenceEncoder;
import org.backchannel.classifier.training.LabelledClause;
import org.backchannel.classifier.training.Training;
import org.backchannel.classifier.training.TrainingData;
import org.backchannel.classifier.training.TrainingOutput;
import org.backchannel.classifier.training.TrainingSources;
import org.backchannel.coder.Knowledge;
import org.backchannel.nlp.CoreNlpParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code train}: build the labelled clauses from the project's own texts, train the classifier head, write it with its report. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train the learned clause classifier's head on the project's own labelled texts (pattern examples, the dev split of "
                    + "the gold set and of the epistemic cases; never shared/eval) and write head.tsv, training-clauses.tsv and "
                    + "training-report.md. The same command writes the same files."
        })
public final class TrainCommand implements Callable<Integer> {
    static final String DEFAULT_OUT = "classifier/src/main/resources/backchannel/classifier";

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = DEFAULT_OUT,
            description = "where to write (default: ${DEFAULT-VALUE}, the shipped head)")
    Path out;

    @Option(
            names = "--encoder",
            defaultValue = "all-minilm-l6-v2-q",
            description = "the sentence encoder (default and only one shipped: ${DEFAULT-VALUE})")
    String encoder;

    @Option(
            names = "--l2",
            split = ",",
            paramLabel = "L2",
            description =
                    "L2 penalties of the softmax regression to choose from by out-of-fold accuracy (default: 3e-5,1e-4,3e-4,1e-3)")
    List<Double> l2 = Training.L2_GRID;

    @Option(
            names = "--folds",
            defaultValue = "5",
            description = "cross-validation folds for the thresholds (default: ${DEFAULT-VALUE})")
    int folds;

    @Option(
            names = "--clauses",
            paramLabel = "FILE",
            description =
                    "train on the labelled clauses an earlier run wrote (training-clauses.tsv) instead of building them: for trying settings")
    Path clausesFile;

    @Override
    public Integer call() {
        Training settings = new Training(SentenceEncoder.Model.named(encoder), l2, folds);
        String command = "./backchannel train" + (encoder.equals("all-minilm-l6-v2-q") ? "" : " --encoder " + encoder)
                + (l2.equals(Training.L2_GRID)
                        ? ""
                        : " --l2 " + l2.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",")))
                + (folds == 5 ? "" : " --folds " + folds)
                + (clausesFile == null ? "" : " --clauses " + clausesFile)
                + (out.equals(Path.of(DEFAULT_OUT)) ? "" : " --out " + out);
        List<LabelledClause> clauses;
        if (clausesFile != null) {
            clauses = TrainingOutput.readClauses(clausesFile);
        } else {
            Knowledge k = Knowledge.defaults();
            var sentences = TrainingSources.all(k);
            System.err.printf("train: %d texts; parsing and coding…%n", sentences.size());
            clauses = TrainingData.build(k, CoreNlpParser.shared(), sentences);
        }
        System.err.printf("train: %d labelled clauses; embedding and training…%n", clauses.size());
        Training.Result r = settings.run(clauses);
        for (Path p : TrainingOutput.write(out, settings, r, command)) {
            System.out.println("wrote " + p);
        }
        var t = r.thresholds();
        long right = r.heldOut().stream()
                .filter(s -> s.scores().top().equals(s.clause().label()))
                .count();
        System.out.printf(
                "L2 %.0e; held-out accuracy %d/%d = %.3f; propose_at %.2f, flag_at %.2f, flag_coded_below %.2f%n",
                r.l2(),
                right,
                r.heldOut().size(),
                right / (double) Math.max(1, r.heldOut().size()),
                t.proposeAt(),
                t.flagAt(),
                t.flagCodedBelow());
        return Main.OK;
    }
}
