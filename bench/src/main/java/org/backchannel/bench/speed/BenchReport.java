package org.backchannel.bench.speed;

import java.util.List;
import java.util.Map;

/**
 * What one benchmark run measured.
 *
 * @param stages     stage name to seconds (ingest, nlp, coder, claims, store), warm-up excluded
 * @param annotators NLP annotator to seconds (summed over threads, so they may exceed the NLP stage's wall time)
 * @param threads    thread count to end-to-end sentences per second
 * @param queries    typical store query to median milliseconds
 */
public record BenchReport(String corpus, int documents, int sentences, double seconds, double corenlpSeconds,
                          int corenlpSentences, long peakHeapMb, long peakRssMb, Map<String, Double> stages,
                          Map<String, Double> annotators, List<double[]> threads, double storeInsertsPerSecond,
                          Map<String, Double> queries, String machine) {

    public double sentencesPerSecond() {
        return sentences / seconds;
    }

    public double documentsPerSecond() {
        return documents / seconds;
    }

    public double corenlpSentencesPerSecond() {
        return corenlpSentences / corenlpSeconds;
    }
}
