package io.deskhand.eval;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Classification figures for one field. Accuracy and macro-F1 count every test ticket's top prediction, abstained
 * or not, so they compare with published results; the threshold figures say what acting only above a confidence
 * would give.
 */
public final class FieldMetrics {
  static final int BINS = 10;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private FieldMetrics() {}

  public static double accuracy(List<Outcome> outcomes) {
    if (outcomes.isEmpty()) return 0;
    return outcomes.stream().filter(Outcome::correct).count() / (double) outcomes.size();
  }

  /** Per-class precision/recall/F1 over every label seen in the truth or the predictions (as scikit-learn does). */
  public static Map<String, double[]> perClass(List<Outcome> outcomes) {
    TreeSet<String> labels = new TreeSet<>();
    for (Outcome o : outcomes) {
      labels.add(o.truth());
      labels.add(o.predicted());
    }
    Map<String, double[]> out = new TreeMap<>();
    for (String l : labels) {
      int tp = 0, fp = 0, fn = 0;
      for (Outcome o : outcomes) {
        boolean t = o.truth().equals(l);
        boolean p = o.predicted().equals(l);
        if (t && p) tp++;
        else if (p) fp++;
        else if (t) fn++;
      }
      double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
      double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
      double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
      out.put(l, new double[] {precision, recall, f1, tp + fn});
    }
    return out;
  }

  public static double macroF1(List<Outcome> outcomes) {
    return perClass(outcomes).values().stream().mapToDouble(v -> v[2]).average().orElse(0);
  }

  /** Expected calibration error over {@value #BINS} equal-width confidence bins: sum of |accuracy - confidence| weighted by bin share. */
  public static double expectedCalibrationError(List<Outcome> outcomes) {
    double ece = 0;
    for (double[] bin : reliability(outcomes)) {
      if (bin[2] > 0) ece += bin[2] / outcomes.size() * Math.abs(bin[3] - bin[4]);
    }
    return ece;
  }

  /** Per bin: lower, upper, count, accuracy, mean confidence. The last bin includes 1.0. */
  public static List<double[]> reliability(List<Outcome> outcomes) {
    double[] count = new double[BINS];
    double[] correct = new double[BINS];
    double[] conf = new double[BINS];
    for (Outcome o : outcomes) {
      int b = Math.min(BINS - 1, (int) Math.floor(o.confidence() * BINS));
      count[b]++;
      conf[b] += o.confidence();
      if (o.correct()) correct[b]++;
    }
    List<double[]> out = new ArrayList<>();
    for (int b = 0; b < BINS; b++) {
      out.add(new double[] {b / (double) BINS, (b + 1) / (double) BINS, count[b],
          count[b] == 0 ? 0 : correct[b] / count[b], count[b] == 0 ? 0 : conf[b] / count[b]});
    }
    return out;
  }

  /** Coverage and accuracy among tickets with confidence >= t, for t = 0, 0.05, ..., 1. */
  public static List<double[]> coverageCurve(List<Outcome> outcomes) {
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i <= 20; i++) {
      double t = i / 20.0;
      double[] ca = coverageAccuracy(outcomes, t);
      out.add(new double[] {t, ca[0], ca[1]});
    }
    return out;
  }

  /** {coverage, accuracy among covered} at threshold t (accuracy 1 when nothing is covered). */
  public static double[] coverageAccuracy(List<Outcome> outcomes, double t) {
    int covered = 0, correct = 0;
    for (Outcome o : outcomes) {
      if (o.confidence() >= t - 1e-12) {
        covered++;
        if (o.correct()) correct++;
      }
    }
    return new double[] {outcomes.isEmpty() ? 0 : covered / (double) outcomes.size(), covered == 0 ? 1 : correct / (double) covered};
  }

  /**
   * The lowest threshold among the observed confidences at which the accuracy of the tickets at or above it reaches
   * {@code target}: the most coverage at that precision. NaN when no threshold reaches it.
   */
  public static double recommendedThreshold(List<Outcome> outcomes, double target) {
    List<Double> candidates = outcomes.stream().map(Outcome::confidence).distinct().sorted().toList();
    for (double t : candidates) {
      if (coverageAccuracy(outcomes, t)[1] >= target - 1e-12) return t;
    }
    return Double.NaN;
  }

  /** The report.json object for one field. */
  public static ObjectNode report(List<Outcome> outcomes, double target) {
    ObjectNode f = NODES.objectNode();
    f.put("accuracy", round(accuracy(outcomes)));
    f.put("macro_f1", round(macroF1(outcomes)));
    f.put("test_count", outcomes.size());
    f.put("abstained", round(outcomes.isEmpty() ? 0 : outcomes.stream().filter(Outcome::abstained).count() / (double) outcomes.size()));
    double threshold = recommendedThreshold(outcomes, target);
    f.put("target_precision", target);
    if (Double.isNaN(threshold)) {
      f.putNull("recommended_threshold");
      f.put("coverage_at_target_precision", 0.0);
    } else {
      double[] ca = coverageAccuracy(outcomes, threshold);
      f.put("recommended_threshold", round(threshold));
      f.put("coverage_at_target_precision", round(ca[0]));
      f.put("precision_at_recommended_threshold", round(ca[1]));
    }
    f.put("ece", round(expectedCalibrationError(outcomes)));
    ArrayNode bins = f.putArray("reliability");
    for (double[] b : reliability(outcomes)) {
      bins.addObject().put("lower", b[0]).put("upper", round(b[1])).put("count", (int) b[2]).put("accuracy", round(b[3]))
          .put("mean_confidence", round(b[4]));
    }
    ArrayNode curve = f.putArray("coverage_curve");
    for (double[] c : coverageCurve(outcomes)) {
      curve.addObject().put("threshold", round(c[0])).put("coverage", round(c[1])).put("accuracy", round(c[2]));
    }
    ObjectNode classes = f.putObject("per_class");
    perClass(outcomes).forEach((label, v) -> classes.putObject(label).put("precision", round(v[0])).put("recall", round(v[1]))
        .put("f1", round(v[2])).put("support", (int) v[3]));
    List<String> labels = new ArrayList<>(perClass(outcomes).keySet());
    ObjectNode confusion = f.putObject("confusion");
    ArrayNode names = confusion.putArray("labels");
    labels.forEach(names::add);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int i = 0; i < labels.size(); i++) index.put(labels.get(i), i);
    int[][] m = new int[labels.size()][labels.size()];
    for (Outcome o : outcomes) m[index.get(o.truth())][index.get(o.predicted())]++;
    ArrayNode rows = confusion.putArray("matrix");
    for (int[] row : m) {
      ArrayNode r = rows.addArray();
      for (int v : row) r.add(v);
    }
    ObjectNode byLanguage = f.putObject("by_language");
    Map<String, List<Outcome>> groups = new TreeMap<>();
    for (Outcome o : outcomes) groups.computeIfAbsent(o.language(), k -> new ArrayList<>()).add(o);
    groups.entrySet().stream().sorted(Comparator.comparing((Map.Entry<String, List<Outcome>> e) -> -e.getValue().size()))
        .forEach(e -> {
          List<Outcome> g = e.getValue();
          ObjectNode l = byLanguage.putObject(e.getKey());
          l.put("accuracy", round(accuracy(g)));
          l.put("macro_f1", round(macroF1(g)));
          l.put("test_count", g.size());
          l.put("abstained", round(g.stream().filter(Outcome::abstained).count() / (double) g.size()));
          if (!Double.isNaN(threshold)) {
            double[] ca = coverageAccuracy(g, threshold);
            l.put("handled_at_recommended_threshold", round(ca[0]));
            l.put("accuracy_when_handled", round(ca[1]));
          }
        });
    return f;
  }

  static double round(double v) {
    return Double.isNaN(v) ? v : Math.round(v * 10000) / 10000.0;
  }
}
