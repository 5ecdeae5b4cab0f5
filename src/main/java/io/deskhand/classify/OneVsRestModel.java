package io.deskhand.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.Serializable;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Logistic regression over many labels as one LIBLINEAR yes/no model per label, trained in parallel: LIBLINEAR
 * itself is single-threaded, and with 77 labels training took most of an evaluation. Probabilities are the per-label
 * sigmoids normalised to sum to one, as LIBLINEAR's own one-vs-rest logistic regression reports them.
 *
 * <p>After training, the per-label weight vectors are kept as one float matrix laid out feature by feature, so scoring
 * a ticket reads each of its features' weights for all labels from one place instead of one array per label: that
 * was a tenth of the service's Java time in triage, most of it cache misses.
 */
final class OneVsRestModel implements Serializable {
  private static final long serialVersionUID = 2L;

  private final int labelCount;
  /** One column per label, or a single column when there are two labels. */
  private final int columns;
  private final int featureCount;
  /** [(feature index - 1) * columns + column], signed so that a positive decision value means "yes". */
  private final float[] weights;
  /** Per column: NaN, or the fixed probability of "yes" when every training row had the same answer. */
  private final double[] fixed;

  private OneVsRestModel(Model[] models, int labelCount, int featureCount) {
    this.labelCount = labelCount;
    this.columns = models.length;
    this.featureCount = featureCount;
    this.weights = new float[featureCount * columns];
    this.fixed = new double[columns];
    for (int c = 0; c < columns; c++) {
      int[] labels = models[c].getLabels();
      if (labels.length == 1) {
        fixed[c] = labels[0] == 1 ? 1 : 0;
        continue;
      }
      fixed[c] = Double.NaN;
      // LIBLINEAR's decision value is for its first label: P(first) = sigmoid(decision)
      float sign = labels[0] == 1 ? 1 : -1;
      double[] w = models[c].getFeatureWeights();
      int n = Math.min(featureCount, models[c].getNrFeature());
      for (int f = 0; f < n; f++) weights[f * columns + c] = (float) (sign * w[f]);
    }
  }

  /** @param y label index of each row, 0..labelCount-1 */
  static OneVsRestModel train(Feature[][] x, int[] y, int labelCount, int featureCount, double c, long seed) {
    return train(x, y, labelCount, featureCount, c, false, seed);
  }

  /**
   * @param balanced whether each yes/no fit weighs its two sides inversely to their counts (C x n / (2 n_side)), so
   *     a rare label is not drowned by the rest
   */
  static OneVsRestModel train(Feature[][] x, int[] y, int labelCount, int featureCount, double c, boolean balanced, long seed) {
    Linear.disableDebugOutput(); // LIBLINEAR prints every fit's progress to stdout otherwise
    if (labelCount == 2) return new OneVsRestModel(new Model[] {fit(x, y, 1, featureCount, c, balanced, seed)}, 2, featureCount);
    Model[] models = IntStream.range(0, labelCount).parallel()
        .mapToObj(label -> fit(x, y, label, featureCount, c, balanced, seed + label)).toArray(Model[]::new);
    return new OneVsRestModel(models, labelCount, featureCount);
  }

  /** A yes/no problem: is the row's label {@code positive}? */
  private static Model fit(Feature[][] x, int[] y, int positive, int featureCount, double c, boolean balanced, long seed) {
    Problem problem = new Problem();
    problem.l = x.length;
    problem.n = featureCount;
    problem.x = x;
    problem.y = new double[x.length];
    problem.bias = -1; // the constant feature at index 1 plays the bias
    for (int i = 0; i < x.length; i++) problem.y[i] = y[i] == positive ? 1 : 0;
    Parameter parameter = new Parameter(SolverType.L2R_LR_DUAL, c, 0.1);
    parameter.setRandom(new Random(seed));
    int yes = 0;
    for (double v : problem.y) if (v == 1) yes++;
    if (balanced && yes > 0 && yes < x.length) {
      parameter.setWeights(new double[] {x.length / (2.0 * yes), x.length / (2.0 * (x.length - yes))}, new int[] {1, 0});
    }
    return Linear.train(problem, parameter);
  }

  double[] probabilities(Feature[] x) {
    return probabilities(decisions(weights, columns, featureCount, x), 0);
  }

  /** This model's probabilities from its decision values, which start at {@code offset} in {@code decision}. */
  private double[] probabilities(double[] decision, int offset) {
    double[] p = new double[labelCount];
    if (labelCount == 2) {
      double yes = yes(fixed[0], decision[offset]);
      p[1] = yes;
      p[0] = 1 - yes;
      return p;
    }
    double sum = 0;
    for (int c = 0; c < labelCount; c++) {
      p[c] = yes(fixed[c], decision[offset + c]);
      sum += p[c];
    }
    for (int c = 0; c < labelCount; c++) p[c] = sum > 0 ? p[c] / sum : 1.0 / labelCount;
    return p;
  }

  /** P(yes) of one column: its fixed value when training saw one answer only, else the sigmoid of its decision. */
  private static double yes(double fixed, double decision) {
    return Double.isNaN(fixed) ? 1 / (1 + Math.exp(-decision)) : fixed;
  }

  /** Decision value per column for a ticket's features, from a feature-major weight matrix. */
  private static double[] decisions(float[] weights, int columns, int featureCount, Feature[] x) {
    double[] decision = new double[columns];
    for (Feature feature : x) {
      int index = feature.getIndex();
      if (index < 1 || index > featureCount) continue; // as LIBLINEAR: features unseen in training weigh nothing
      double value = feature.getValue();
      int base = (index - 1) * columns;
      for (int c = 0; c < columns; c++) decision[c] += weights[base + c] * value;
    }
    return decision;
  }

  /**
   * Several models over the same features (every learned field and tag of a team) scored in one pass over a ticket's
   * features, their weight columns side by side: one pass per model read each feature's weights from as many places,
   * and those cache misses were a tenth of the service's Java time in triage.
   */
  static final class Stack {
    private final List<OneVsRestModel> models;
    /** Where each model's columns start in a row of {@link #weights}. */
    private final int[] offsets;
    private final int columns;
    private final int featureCount;
    private final float[] weights;

    Stack(List<OneVsRestModel> models) {
      this.models = List.copyOf(models);
      this.featureCount = models.isEmpty() ? 0 : models.get(0).featureCount;
      this.offsets = new int[models.size()];
      int width = 0;
      for (int m = 0; m < models.size(); m++) {
        if (models.get(m).featureCount != featureCount) throw new IllegalArgumentException("a stack holds models over the same features");
        offsets[m] = width;
        width += models.get(m).columns;
      }
      this.columns = width;
      this.weights = new float[featureCount * columns];
      for (int m = 0; m < models.size(); m++) {
        OneVsRestModel model = models.get(m);
        for (int f = 0; f < featureCount; f++) {
          System.arraycopy(model.weights, f * model.columns, weights, f * columns + offsets[m], model.columns);
        }
      }
    }

    /** Per model, in the order given, what its own {@link OneVsRestModel#probabilities(Feature[])} gives. */
    double[][] probabilities(Feature[] x) {
      double[] decision = decisions(weights, columns, featureCount, x);
      double[][] out = new double[models.size()][];
      for (int m = 0; m < out.length; m++) out[m] = models.get(m).probabilities(decision, offsets[m]);
      return out;
    }
  }
}
