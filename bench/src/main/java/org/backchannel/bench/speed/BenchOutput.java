package org.backchannel.bench.speed;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** Renders a benchmark as a table or as the JSON shape scripts read. */
public final class BenchOutput {
    private BenchOutput() {}

    public static String json(BenchReport r) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode n = m.createObjectNode();
        n.put("corpus", r.corpus());
        n.put("machine", r.machine());
        n.put("documents", r.documents());
        n.put("sentences", r.sentences());
        n.put("seconds", round(r.seconds()));
        n.put("documents_per_second", round(r.documentsPerSecond()));
        n.put("sentences_per_second", round(r.sentencesPerSecond()));
        n.put("corenlp_sentences_per_second", round(r.corenlpSentencesPerSecond()));
        n.put("ratio_to_corenlp", round(r.ratio()));
        n.put("ratio_min", round(r.minRatio()));
        n.put("ratio_max", round(r.maxRatio()));
        n.put("parse_mode", r.parseMode());
        n.put("dependency_parsed_sentences", r.parsedSentences());
        n.put("skipped_share", round(r.skippedShare()));
        ArrayNode runs = n.putArray("runs");
        for (BenchReport.Round round : r.rounds()) {
            runs.addObject()
                    .put("first", round.pipelineFirst() ? "pipeline" : "corenlp")
                    .put("seconds", round(round.seconds()))
                    .put("sentences_per_second", round(r.sentences() / round.seconds()))
                    .put("corenlp_seconds", round(round.corenlpSeconds()))
                    .put("corenlp_sentences_per_second", round(r.corenlpSentences() / round.corenlpSeconds()))
                    .put(
                            "ratio",
                            round((r.sentences() / round.seconds()) / (r.corenlpSentences() / round.corenlpSeconds())));
        }
        n.put("peak_heap_mb", r.peakHeapMb());
        n.put("peak_rss_mb", r.peakRssMb());
        double total =
                r.stages().values().stream().mapToDouble(Double::doubleValue).sum();
        ObjectNode stages = n.putObject("stages");
        r.stages()
                .forEach((k, v) -> stages.putObject(k).put("seconds", round(v)).put("share", round(v / total)));
        ObjectNode ann = n.putObject("nlp_annotators");
        double annTotal = r.annotators().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        r.annotators()
                .forEach((k, v) -> ann.putObject(k).put("seconds", round(v)).put("share", round(v / annTotal)));
        ArrayNode threads = n.putArray("threads");
        for (double[] t : r.threads()) {
            threads.addObject().put("threads", (int) t[0]).put("sentences_per_second", round(t[1]));
        }
        n.put("store_inserts_per_second", round(r.storeInsertsPerSecond()));
        ObjectNode q = n.putObject("query_ms");
        r.queries().forEach((k, v) -> q.put(k, round(v)));
        try {
            return m.writeValueAsString(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String table(BenchReport r) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                "Corpus: %s — %d documents, %d sentences on %s%n",
                r.corpus(), r.documents(), r.sentences(), r.machine()));
        b.append(String.format(
                "End to end: %.1f s, %.1f documents/s, %.1f sentences/s%n",
                r.seconds(), r.documentsPerSecond(), r.sentencesPerSecond()));
        b.append(String.format(
                "Bare CoreNLP, same text and annotators: %.1f sentences/s%n", r.corenlpSentencesPerSecond()));
        b.append(String.format(
                "Backchannel / bare CoreNLP: %.2f (median of %d alternated rounds; spread %.2f–%.2f)%n",
                r.ratio(), r.rounds().size(), r.minRatio(), r.maxRatio()));
        b.append(String.format(
                "Dependency parse (%s): %d of %d sentences, %.1f%% skipped as unable to carry an event%n",
                r.parseMode(), r.parsedSentences(), r.sentences(), 100 * r.skippedShare()));
        b.append("Round  first      pipeline s   sentences/s   CoreNLP s   sentences/s   ratio\n");
        double[] ratios = r.ratios();
        for (int i = 0; i < r.rounds().size(); i++) {
            BenchReport.Round round = r.rounds().get(i);
            b.append(String.format(
                    "%5d  %-9s %11.2f %13.1f %11.2f %13.1f %7.2f%n",
                    i + 1,
                    round.pipelineFirst() ? "pipeline" : "CoreNLP",
                    round.seconds(),
                    r.sentences() / round.seconds(),
                    round.corenlpSeconds(),
                    r.corenlpSentences() / round.corenlpSeconds(),
                    ratios[i]));
        }
        b.append(String.format("Peak heap %d MB, peak resident %d MB%n%n", r.peakHeapMb(), r.peakRssMb()));
        double total =
                r.stages().values().stream().mapToDouble(Double::doubleValue).sum();
        b.append("Stage           seconds   share\n");
        for (Map.Entry<String, Double> e : r.stages().entrySet()) {
            b.append(String.format("%-14s %8.2f %6.1f%%%n", e.getKey(), e.getValue(), 100 * e.getValue() / total));
        }
        double annTotal = r.annotators().values().stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        b.append("\nNLP annotator   seconds (summed over threads)   share\n");
        for (Map.Entry<String, Double> e : r.annotators().entrySet()) {
            b.append(String.format("%-14s %8.2f %6.1f%%%n", e.getKey(), e.getValue(), 100 * e.getValue() / annTotal));
        }
        if (!r.threads().isEmpty()) {
            b.append("\nThreads   sentences/s\n");
            for (double[] t : r.threads()) {
                b.append(String.format("%7d %12.1f%n", (int) t[0], t[1]));
            }
        }
        b.append(
                String.format("%nStore: %.0f events inserted per second; query medians:%n", r.storeInsertsPerSecond()));
        r.queries().forEach((k, v) -> b.append(String.format("  %-18s %8.2f ms%n", k, v)));
        return b.toString();
    }

    private static double round(double d) {
        return Math.round(d * 1000) / 1000.0;
    }
}
