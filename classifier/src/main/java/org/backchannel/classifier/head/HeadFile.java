package org.backchannel.classifier.head;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backchannel.classifier.encoder.SentenceEncoder;
import org.backchannel.model.io.Tsv;

/**
 * A trained head as a text file: which encoder its vectors come from, the thresholds, and one line
 * per class with its bias and weights. Written by {@code backchannel train}, shipped as
 * {@code /backchannel/classifier/head.tsv}.
 */
public record HeadFile(SentenceEncoder.Model encoder, Thresholds thresholds, SoftmaxHead head) {
    public static final String RESOURCE = "/backchannel/classifier/head.tsv";

    /** The head this project ships. */
    public static HeadFile shipped() {
        return read(Tsv.resource(RESOURCE));
    }

    public static HeadFile read(Path file) {
        return read(Tsv.file(file));
    }

    private static HeadFile read(List<Tsv.Row> rows) {
        SentenceEncoder.Model encoder = null;
        double proposeAt = Double.NaN;
        double flagAt = Double.NaN;
        double flagBelow = Double.NaN;
        List<String> classes = new ArrayList<>();
        List<double[]> weights = new ArrayList<>();
        List<Double> bias = new ArrayList<>();
        for (Tsv.Row r : rows) {
            try {
                switch (r.col(0)) {
                    case "encoder" -> encoder = SentenceEncoder.Model.named(r.col(1));
                    case "propose_at" -> proposeAt = Double.parseDouble(r.col(1));
                    case "flag_at" -> flagAt = Double.parseDouble(r.col(1));
                    case "flag_coded_below" -> flagBelow = Double.parseDouble(r.col(1));
                    case "class" -> {
                        classes.add(r.col(1));
                        bias.add(Double.parseDouble(r.col(2)));
                        double[] w = new double[r.cols().length - 3];
                        for (int j = 0; j < w.length; j++) {
                            w[j] = Double.parseDouble(r.col(j + 3));
                        }
                        weights.add(w);
                    }
                    default -> throw r.error("unknown row kind " + r.col(0)
                            + " (encoder, propose_at, flag_at, flag_coded_below, class)");
                }
            } catch (NumberFormatException e) {
                throw r.error("not a number: " + e.getMessage());
            }
        }
        if (encoder == null
                || Double.isNaN(proposeAt)
                || Double.isNaN(flagAt)
                || Double.isNaN(flagBelow)
                || classes.isEmpty()) {
            throw new IllegalArgumentException("head file lacks its encoder, a threshold or its classes");
        }
        double[] b = bias.stream().mapToDouble(Double::doubleValue).toArray();
        return new HeadFile(
                encoder,
                new Thresholds(proposeAt, flagAt, flagBelow),
                new SoftmaxHead(classes, weights.toArray(new double[0][]), b));
    }

    /** Writes the head; numbers with seven significant digits, so that the same head gives the same bytes. */
    public void write(Path file, List<String> headerLines) {
        StringBuilder b = new StringBuilder();
        for (String h : headerLines) {
            b.append("# ").append(h).append('\n');
        }
        b.append("encoder\t").append(encoder.fileName()).append('\n');
        b.append("propose_at\t").append(number(thresholds.proposeAt())).append('\n');
        b.append("flag_at\t").append(number(thresholds.flagAt())).append('\n');
        b.append("flag_coded_below\t")
                .append(number(thresholds.flagCodedBelow()))
                .append('\n');
        for (int c = 0; c < head.classes().size(); c++) {
            b.append("class\t").append(head.classes().get(c)).append('\t').append(number(head.bias(c)));
            for (double w : head.weights(c)) {
                b.append('\t').append(number(w));
            }
            b.append('\n');
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String number(double v) {
        String s = String.format(Locale.ROOT, "%.7g", v);
        // "0.1000000" and "1.000000e-05" read back the same without their trailing zeros
        if (s.contains("e")) {
            String[] parts = s.split("e");
            return strip(parts[0]) + "e" + parts[1];
        }
        return strip(s);
    }

    private static String strip(String s) {
        if (!s.contains(".")) {
            return s;
        }
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
