package org.backchannel.bench.speed;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What one benchmark measured: rounds of the pipeline and bare CoreNLP on the same text, and the
 * details (stages, annotators) of the round with the median pipeline time.
 *
 * @param corenlpSentences sentences bare CoreNLP found (the same text, so normally {@code sentences})
 * @param parsedSentences  sentences the pipeline gave the dependency parser in its median round
 * @param parseMode        how the pipeline spent the dependency parser (selective, documents)
 * @param peakHeapMb       the highest heap peak of the pipeline's rounds
 * @param stages           stage name to seconds (ingest, nlp, coder, claims, store), warm-up excluded
 * @param annotators       NLP annotator to seconds (summed over threads, so they may exceed the NLP stage's wall time)
 * @param threads          thread count to end-to-end sentences per second
 * @param queries          typical store query to median milliseconds
 */
public record BenchReport(
        String corpus,
        int documents,
        int sentences,
        int corenlpSentences,
        List<Round> rounds,
        long parsedSentences,
        String parseMode,
        long peakHeapMb,
        long peakRssMb,
        Map<String, Double> stages,
        Map<String, Double> annotators,
        List<double[]> threads,
        double storeInsertsPerSecond,
        Map<String, Double> queries,
        String machine) {

    /** One measured round: the pipeline end to end and bare CoreNLP, in the order given. */
    public record Round(boolean pipelineFirst, double seconds, double corenlpSeconds) {}

    public BenchReport {
        rounds = List.copyOf(rounds);
    }

    /** The pipeline's median time end to end. */
    public double seconds() {
        return median(rounds.stream().mapToDouble(Round::seconds).toArray());
    }

    public double sentencesPerSecond() {
        return sentences / seconds();
    }

    public double documentsPerSecond() {
        return documents / seconds();
    }

    public double corenlpSentencesPerSecond() {
        return corenlpSentences
                / median(rounds.stream().mapToDouble(Round::corenlpSeconds).toArray());
    }

    /** Pipeline over bare CoreNLP in sentences per second, one per round. */
    public double[] ratios() {
        return rounds.stream()
                .mapToDouble(r -> (sentences / r.seconds()) / (corenlpSentences / r.corenlpSeconds()))
                .toArray();
    }

    /** The median of the rounds' ratios: above 1 the pipeline, events and all, is faster than bare CoreNLP. */
    public double ratio() {
        return median(ratios());
    }

    public double minRatio() {
        return Arrays.stream(ratios()).min().orElse(Double.NaN);
    }

    public double maxRatio() {
        return Arrays.stream(ratios()).max().orElse(Double.NaN);
    }

    /** The share of sentences that skipped the dependency parse. */
    public double skippedShare() {
        return sentences == 0 ? 0 : 1.0 - (double) parsedSentences / sentences;
    }

    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
