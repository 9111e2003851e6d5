package org.backchannel.classifier.head;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Fits a {@link SoftmaxHead}: weighted cross-entropy plus an L2 penalty on the weights (not the
 * biases), minimised with L-BFGS (Liu and Nocedal 1989) and a backtracking line search. The problem
 * is convex and the search has no randomness, so the same examples always give the same head.
 *
 * @param l2            the penalty λ in (λ/2)·‖W‖², the loss being the mean over examples
 * @param maxIterations the most L-BFGS steps
 */
public record SoftmaxTraining(double l2, int maxIterations) {
    private static final int HISTORY = 10;
    private static final double TOLERANCE = 1e-6;

    /**
     * Trains on vectors {@code x} with class indices {@code y} and a weight per example (1 for all
     * when null).
     */
    public SoftmaxHead train(List<String> classes, List<float[]> x, int[] y, double[] exampleWeights) {
        int k = classes.size();
        int d = x.get(0).length;
        double[] w = exampleWeights == null ? ones(x.size()) : exampleWeights;
        Objective f = new Objective(k, d, x, y, w, l2);
        double[] theta = minimise(f, new double[k * (d + 1)]);
        double[][] weights = new double[k][d];
        double[] bias = new double[k];
        for (int c = 0; c < k; c++) {
            System.arraycopy(theta, c * (d + 1), weights[c], 0, d);
            bias[c] = theta[c * (d + 1) + d];
        }
        return new SoftmaxHead(classes, weights, bias);
    }

    private static double[] ones(int n) {
        double[] o = new double[n];
        java.util.Arrays.fill(o, 1);
        return o;
    }

    /** L-BFGS with the two-loop recursion and an Armijo backtracking line search. */
    private double[] minimise(Objective f, double[] x) {
        double[] g = new double[x.length];
        double fx = f.value(x, g);
        Deque<double[]> ss = new ArrayDeque<>();
        Deque<double[]> ys = new ArrayDeque<>();
        Deque<Double> rhos = new ArrayDeque<>();
        for (int it = 0; it < maxIterations && norm(g) > TOLERANCE; it++) {
            double[] dir = direction(g, ss, ys, rhos);
            double slope = dot(dir, g);
            if (slope >= 0) { // not a descent direction: start over from the gradient
                ss.clear();
                ys.clear();
                rhos.clear();
                dir = scale(g, -1);
                slope = dot(dir, g);
            }
            double step = ss.isEmpty() ? 1 / Math.max(1, norm(g)) : 1;
            double[] next = new double[x.length];
            double[] gNext = new double[x.length];
            double fNext;
            while (true) {
                for (int i = 0; i < x.length; i++) {
                    next[i] = x[i] + step * dir[i];
                }
                fNext = f.value(next, gNext);
                if (fNext <= fx + 1e-4 * step * slope || step < 1e-12) {
                    break;
                }
                step /= 2;
            }
            double[] s = new double[x.length];
            double[] yv = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                s[i] = next[i] - x[i];
                yv[i] = gNext[i] - g[i];
            }
            double sy = dot(s, yv);
            if (sy > 1e-12) {
                ss.addLast(s);
                ys.addLast(yv);
                rhos.addLast(1 / sy);
                if (ss.size() > HISTORY) {
                    ss.removeFirst();
                    ys.removeFirst();
                    rhos.removeFirst();
                }
            }
            boolean stalled = Math.abs(fx - fNext) <= 1e-10 * Math.max(1, Math.abs(fx));
            x = next;
            g = gNext;
            fx = fNext;
            if (stalled) {
                break;
            }
        }
        return x;
    }

    private static double[] direction(double[] g, Deque<double[]> ss, Deque<double[]> ys, Deque<Double> rhos) {
        double[] q = g.clone();
        int m = ss.size();
        double[][] s = ss.toArray(new double[0][]);
        double[][] y = ys.toArray(new double[0][]);
        Double[] rho = rhos.toArray(new Double[0]);
        double[] alpha = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            alpha[i] = rho[i] * dot(s[i], q);
            for (int j = 0; j < q.length; j++) {
                q[j] -= alpha[i] * y[i][j];
            }
        }
        if (m > 0) {
            double gamma = dot(s[m - 1], y[m - 1]) / dot(y[m - 1], y[m - 1]);
            for (int j = 0; j < q.length; j++) {
                q[j] *= gamma;
            }
        }
        for (int i = 0; i < m; i++) {
            double beta = rho[i] * dot(y[i], q);
            for (int j = 0; j < q.length; j++) {
                q[j] += s[i][j] * (alpha[i] - beta);
            }
        }
        return scale(q, -1);
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] scale(double[] a, double f) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] * f;
        }
        return out;
    }

    /** The weighted mean cross-entropy with its L2 term, and its gradient; parameters class by class, bias last. */
    private record Objective(int k, int d, List<float[]> x, int[] y, double[] w, double l2) {
        double value(double[] theta, double[] grad) {
            java.util.Arrays.fill(grad, 0);
            double total = 0;
            double weightSum = 0;
            for (double v : w) {
                weightSum += v;
            }
            double[] z = new double[k];
            for (int n = 0; n < x.size(); n++) {
                float[] xn = x.get(n);
                for (int c = 0; c < k; c++) {
                    int off = c * (d + 1);
                    double s = theta[off + d];
                    for (int j = 0; j < d; j++) {
                        s += theta[off + j] * xn[j];
                    }
                    z[c] = s;
                }
                double[] p = SoftmaxHead.softmax(z);
                total -= w[n] * Math.log(Math.max(p[y[n]], 1e-300));
                for (int c = 0; c < k; c++) {
                    double e = w[n] * (p[c] - (c == y[n] ? 1 : 0)) / weightSum;
                    int off = c * (d + 1);
                    for (int j = 0; j < d; j++) {
                        grad[off + j] += e * xn[j];
                    }
                    grad[off + d] += e;
                }
            }
            double value = total / weightSum;
            for (int c = 0; c < k; c++) {
                int off = c * (d + 1);
                for (int j = 0; j < d; j++) {
                    value += 0.5 * l2 * theta[off + j] * theta[off + j];
                    grad[off + j] += l2 * theta[off + j];
                }
            }
            return value;
        }
    }
}
