package io.deskhand.classify;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.util.Random;
import org.junit.jupiter.api.Test;

class OneVsRestModelTest {
  private static final int FEATURES = 50;

  /** Rows of label k lean on features 2+3k.. with noise; index 1 is the constant feature, as in TfidfFeatures. */
  private static Feature[][] rows(int n, int labels, int[] y, long seed) {
    Random r = new Random(seed);
    Feature[][] x = new Feature[n][];
    for (int i = 0; i < n; i++) {
      y[i] = i % labels;
      int a = 2 + 3 * y[i] + r.nextInt(3);
      int b = 2 + r.nextInt(FEATURES - 2);
      x[i] = a == b ? new Feature[] {new FeatureNode(1, 1), new FeatureNode(a, 1)}
          : new Feature[] {new FeatureNode(1, 1), new FeatureNode(Math.min(a, b), 0.7), new FeatureNode(Math.max(a, b), 0.7)};
    }
    return x;
  }

  @Test
  void scores_as_liblinear_scores_its_own_per_label_models() {
    for (int labels : new int[] {2, 4}) {
      int[] y = new int[120];
      Feature[][] x = rows(120, labels, y, 7);
      OneVsRestModel model = OneVsRestModel.train(x, y, labels, FEATURES, 10, 42);
      int[] yTest = new int[30];
      for (Feature[] row : rows(30, labels, yTest, 99)) {
        assertArrayEquals(liblinear(x, y, labels, row), model.probabilities(row), 1e-5, "labels=" + labels);
      }
    }
  }

  @Test
  void a_stack_of_models_scores_each_as_it_would_alone() {
    java.util.List<OneVsRestModel> models = new java.util.ArrayList<>();
    int[] y = new int[120];
    Feature[][] x = rows(120, 5, y, 3);
    for (int tag = 0; tag < 5; tag++) {
      int[] yes = new int[y.length];
      for (int i = 0; i < y.length; i++) yes[i] = y[i] == tag ? 1 : 0;
      models.add(OneVsRestModel.train(x, yes, 2, FEATURES, 10, 42 + tag));
    }
    int[] everyRowNo = new int[y.length]; // a tag never seen: LIBLINEAR keeps one label, the probability is fixed
    models.add(OneVsRestModel.train(x, everyRowNo, 2, FEATURES, 10, 1));
    models.add(1, OneVsRestModel.train(x, y, 5, FEATURES, 10, 7)); // many-label fields among them (intent, group)
    int[] three = new int[y.length];
    for (int i = 0; i < y.length; i++) three[i] = y[i] % 3;
    models.add(OneVsRestModel.train(x, three, 3, FEATURES, 10, 8));
    OneVsRestModel.Stack stack = new OneVsRestModel.Stack(models);
    int[] yTest = new int[30];
    for (Feature[] row : rows(30, 5, yTest, 11)) {
      double[][] together = stack.probabilities(row);
      for (int m = 0; m < models.size(); m++) assertArrayEquals(models.get(m).probabilities(row), together[m], 1e-9);
    }
  }

  /** The reference: LIBLINEAR's predictProbability on models trained as OneVsRestModel trains them. */
  private static double[] liblinear(Feature[][] x, int[] y, int labels, Feature[] row) {
    int[] positives = labels == 2 ? new int[] {1} : java.util.stream.IntStream.range(0, labels).toArray();
    double[] yes = new double[positives.length];
    for (int k = 0; k < positives.length; k++) {
      Problem problem = new Problem();
      problem.l = x.length;
      problem.n = FEATURES;
      problem.x = x;
      problem.y = new double[x.length];
      problem.bias = -1;
      for (int i = 0; i < x.length; i++) problem.y[i] = y[i] == positives[k] ? 1 : 0;
      Parameter parameter = new Parameter(SolverType.L2R_LR_DUAL, 10, 0.1);
      parameter.setRandom(new Random(labels == 2 ? 42 : 42 + positives[k]));
      Model m = Linear.train(problem, parameter);
      double[] raw = new double[2];
      Linear.predictProbability(m, row, raw);
      yes[k] = m.getLabels()[0] == 1 ? raw[0] : raw[1];
    }
    if (labels == 2) return new double[] {1 - yes[0], yes[0]};
    double sum = java.util.Arrays.stream(yes).sum();
    return java.util.Arrays.stream(yes).map(v -> v / sum).toArray();
  }
}
