package io.deskhand.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.io.Serializable;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Logistic regression over many labels as one LIBLINEAR yes/no model per label, trained in parallel: LIBLINEAR
 * itself is single-threaded, and with 77 labels training took most of an evaluation. Probabilities are the per-label
 * sigmoids normalised to sum to one, as LIBLINEAR's own one-vs-rest logistic regression reports them.
 */
final class OneVsRestModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** One model per label, or a single model when there are two labels. */
  private final Model[] models;
  private final int labelCount;

  private OneVsRestModel(Model[] models, int labelCount) {
    this.models = models;
    this.labelCount = labelCount;
  }

  /** @param y label index of each row, 0..labelCount-1 */
  static OneVsRestModel train(Feature[][] x, int[] y, int labelCount, int featureCount, double c, long seed) {
    if (labelCount == 2) return new OneVsRestModel(new Model[] {fit(x, y, 1, featureCount, c, seed)}, 2);
    Model[] models = IntStream.range(0, labelCount).parallel()
        .mapToObj(label -> fit(x, y, label, featureCount, c, seed + label)).toArray(Model[]::new);
    return new OneVsRestModel(models, labelCount);
  }

  /** A yes/no problem: is the row's label {@code positive}? */
  private static Model fit(Feature[][] x, int[] y, int positive, int featureCount, double c, long seed) {
    Problem problem = new Problem();
    problem.l = x.length;
    problem.n = featureCount;
    problem.x = x;
    problem.y = new double[x.length];
    problem.bias = -1; // the constant feature at index 1 plays the bias
    for (int i = 0; i < x.length; i++) problem.y[i] = y[i] == positive ? 1 : 0;
    Parameter parameter = new Parameter(SolverType.L2R_LR_DUAL, c, 0.1);
    parameter.setRandom(new Random(seed));
    return Linear.train(problem, parameter);
  }

  double[] probabilities(Feature[] x) {
    double[] p = new double[labelCount];
    if (labelCount == 2) {
      double yes = positiveProbability(models[0], x);
      p[1] = yes;
      p[0] = 1 - yes;
      return p;
    }
    double sum = 0;
    for (int c = 0; c < labelCount; c++) {
      p[c] = positiveProbability(models[c], x);
      sum += p[c];
    }
    for (int c = 0; c < labelCount; c++) p[c] = sum > 0 ? p[c] / sum : 1.0 / labelCount;
    return p;
  }

  private static double positiveProbability(Model model, Feature[] x) {
    int[] labels = model.getLabels();
    if (labels.length == 1) return labels[0] == 1 ? 1 : 0; // every training row had the same answer
    double[] raw = new double[2];
    Linear.predictProbability(model, x, raw);
    return labels[0] == 1 ? raw[0] : raw[1];
  }
}
