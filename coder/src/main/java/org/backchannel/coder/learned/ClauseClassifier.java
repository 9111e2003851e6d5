package org.backchannel.coder.learned;

import java.util.List;

/**
 * Reads clauses and says which CAMEO root, if any, each tells. Implemented outside the coder (the
 * classifier module runs a sentence encoder); the coder only asks.
 */
public interface ClauseClassifier {

    /** Scores for each clause, in the order given; one call per sentence, so that they can be batched. */
    List<RootScores> classify(List<Clause> clauses);

    /** Nanoseconds spent classifying so far, for the pipeline's stage timings; 0 when not measured. */
    default long busyNanos() {
        return 0;
    }
}
