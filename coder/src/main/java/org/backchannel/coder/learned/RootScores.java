package org.backchannel.coder.learned;

import java.util.List;

/**
 * A classifier's probabilities for one clause over its classes: the CAMEO roots it knows ("01" to
 * "20") and {@link #NONE}, a clause that tells no event.
 */
public record RootScores(List<String> classes, double[] probabilities) {
    /** The class of clauses that tell no event. */
    public static final String NONE = "none";

    public RootScores {
        classes = List.copyOf(classes);
        probabilities = probabilities.clone();
        if (classes.size() != probabilities.length) {
            throw new IllegalArgumentException(
                    classes.size() + " classes but " + probabilities.length + " probabilities");
        }
    }

    /** The most probable class (the first of equals). */
    public String top() {
        return classes.get(best());
    }

    public double topProbability() {
        return probabilities[best()];
    }

    /** The probability of a class; 0 for one the classifier does not know. */
    public double of(String cls) {
        int i = classes.indexOf(cls);
        return i < 0 ? 0 : probabilities[i];
    }

    private int best() {
        int b = 0;
        for (int i = 1; i < probabilities.length; i++) {
            if (probabilities[i] > probabilities[b]) {
                b = i;
            }
        }
        return b;
    }
}
