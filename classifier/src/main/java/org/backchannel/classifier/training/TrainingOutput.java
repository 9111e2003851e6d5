package org.backchannel.classifier.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.backchannel.classifier.head.HeadFile;

/**
 * Writes a training run's files into one folder: {@code head.tsv} (the head the coder loads),
 * {@code training-clauses.tsv} (every labelled clause it was trained and measured on) and
 * {@code training-report.md}.
 */
public final class TrainingOutput {
    private TrainingOutput() {}

    /** The labelled clauses of a {@code training-clauses.tsv} an earlier run wrote, to try other settings on them. */
    public static List<LabelledClause> readClauses(Path file) {
        List<LabelledClause> out = new java.util.ArrayList<>();
        for (org.backchannel.model.io.Tsv.Row r : org.backchannel.model.io.Tsv.file(file)) {
            out.add(new LabelledClause(
                    r.col(1),
                    r.col(0),
                    r.col(5),
                    r.col(3),
                    r.col(4).equals("-") ? null : r.col(4),
                    r.col(2).equals("heldout")));
        }
        return out;
    }

    /** The files written, in order. */
    public static List<Path> write(Path dir, Training settings, Training.Result r, String command) {
        Path head = dir.resolve("head.tsv");
        new HeadFile(settings.encoder(), r.thresholds(), r.head())
                .write(
                        head,
                        List.of(
                                "GENERATED FILE - do not edit. The learned clause classifier's head: softmax regression over "
                                        + settings.encoder().fileName()
                                        + " sentence vectors of masked clauses (ClauseText).",
                                "Regenerate from the repository root with: " + command
                                        + " (training-report.md beside this file says on what and how well).",
                                "Rows (tab-separated): encoder NAME | propose_at P | flag_at P | flag_coded_below P | class LABEL BIAS W1 ... W384"));
        Path clauses = dir.resolve("training-clauses.tsv");
        StringBuilder b = new StringBuilder();
        b.append("# GENERATED FILE - do not edit; written by ").append(command).append(" with head.tsv.\n");
        b.append("# Every labelled clause the head was trained (part=train) or measured (part=heldout) on.\n");
        b.append(
                "# Columns (tab-separated): origin, text id, part, label (CAMEO root or none), root a pattern coded (- when none), clause text\n");
        for (LabelledClause c : r.clauses()) {
            b.append(c.origin())
                    .append('\t')
                    .append(c.sentence())
                    .append('\t')
                    .append(c.heldOut() ? "heldout" : "train")
                    .append('\t')
                    .append(c.label())
                    .append('\t')
                    .append(c.codedRoot() == null ? "-" : c.codedRoot())
                    .append('\t')
                    .append(c.text().replace('\t', ' '))
                    .append('\n');
        }
        Path report = dir.resolve("training-report.md");
        try {
            Files.createDirectories(dir);
            Files.writeString(clauses, b, StandardCharsets.UTF_8);
            Files.writeString(report, TrainingReport.render(settings, r, command), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.of(head, clauses, report);
    }
}
