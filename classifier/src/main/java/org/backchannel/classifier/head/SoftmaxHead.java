package org.backchannel.classifier.head;

import java.util.List;
import org.backchannel.coder.learned.RootScores;

/**
 * A multinomial logistic regression over sentence vectors: one weight vector and bias per class,
 * probabilities by softmax. Immutable; {@link SoftmaxTraining} fits one, {@link HeadFile} stores it.
 */
public final class SoftmaxHead {
    private final List<String> classes;
    private final double[][] weights;
    private final double[] bias;

    public SoftmaxHead(List<String> classes, double[][] weights, double[] bias) {
        if (classes.size() != weights.length || classes.size() != bias.length) {
            throw new IllegalArgumentException("classes, weights and biases differ in number");
        }
        this.classes = List.copyOf(classes);
        this.weights = new double[weights.length][];
        for (int c = 0; c < weights.length; c++) {
            this.weights[c] = weights[c].clone();
            if (weights[c].length != weights[0].length) {
                throw new IllegalArgumentException(
                        "class " + classes.get(c) + " has " + weights[c].length + " weights");
            }
        }
        this.bias = bias.clone();
    }

    public List<String> classes() {
        return classes;
    }

    public int dimension() {
        return weights[0].length;
    }

    /** The weights of class {@code c} (a copy). */
    public double[] weights(int c) {
        return weights[c].clone();
    }

    public double bias(int c) {
        return bias[c];
    }

    /** Class probabilities of one vector. */
    public RootScores score(float[] x) {
        return new RootScores(classes, probabilities(x));
    }

    double[] probabilities(float[] x) {
        if (x.length != dimension()) {
            throw new IllegalArgumentException("vector of " + x.length + " for a head of " + dimension());
        }
        double[] z = new double[classes.size()];
        for (int c = 0; c < z.length; c++) {
            double s = bias[c];
            double[] w = weights[c];
            for (int k = 0; k < w.length; k++) {
                s += w[k] * x[k];
            }
            z[c] = s;
        }
        return softmax(z);
    }

    /** Softmax in place, shifted by the maximum so that no exponent overflows. */
    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }
}
