package io.deskhand.classify;

import io.deskhand.embedding.Embedder;
import io.deskhand.ticket.Prediction;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Zero-shot classification against described labels (models/taxonomy.yaml, models/tone.yaml): a label scores the
 * mean cosine of its three closest example phrasings. Confidence is calibrated by leave-one-out over the examples
 * themselves, the only labelled data a team without history has.
 */
public final class PrototypeModel {
  private static final int TOP = 3;
  /** Softmax temperature over label scores; cosine gaps between labels are small, so the softmax must be sharp. */
  private static final double TEMPERATURE = 0.02;

  private record Example(int label, String text, float[] vector) {}

  private final String field;
  private final String[] labels;
  private final List<Example> examples;
  private final Calibration calibration;

  private PrototypeModel(String field, String[] labels, List<Example> examples) {
    this.field = field;
    this.labels = labels;
    this.examples = examples;
    this.calibration = leaveOneOutCalibration();
  }

  /** @param examplesByLabel label -> example phrasings in any language */
  public static PrototypeModel build(String field, Map<String, List<String>> examplesByLabel, Embedder embedder) {
    String[] labels = examplesByLabel.keySet().toArray(String[]::new);
    List<String> texts = new ArrayList<>();
    List<Integer> labelOf = new ArrayList<>();
    for (int l = 0; l < labels.length; l++) {
      for (String t : examplesByLabel.get(labels[l])) {
        texts.add(t);
        labelOf.add(l);
      }
    }
    if (labels.length < 2) throw new IllegalArgumentException(field + " needs at least two labels with examples");
    List<float[]> vectors = embedder.embedAll(texts);
    List<Example> examples = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) examples.add(new Example(labelOf.get(i), texts.get(i), vectors.get(i)));
    return new PrototypeModel(field, labels, examples);
  }

  public String field() {
    return field;
  }

  public List<String> labels() {
    return List.of(labels);
  }

  public Prediction predict(float[] vector) {
    double[] scores = scores(vector, null);
    double[] p = softmax(scores);
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingDouble(i -> -p[i]));
    int top = order[0];
    List<Prediction.Alternative> alternatives = new ArrayList<>();
    for (int r = 1; r < Math.min(3, order.length); r++) {
      if (p[order[r]] >= 0.01) alternatives.add(new Prediction.Alternative(labels[order[r]], LinearKnnModel.round(p[order[r]])));
    }
    List<Prediction.Evidence> evidence = examples.stream().filter(e -> e.label == top)
        .map(e -> new Prediction.Evidence(null, e.text, LinearKnnModel.round(ClassifierTrainer.dot(vector, e.vector))))
        .sorted(Comparator.comparingDouble(e -> -e.score())).limit(2).toList();
    return new Prediction(labels[top], LinearKnnModel.round(calibration.apply(p[top])), alternatives, evidence);
  }

  /** Label -> softmax probability, used as a prior by the learned model when the labels overlap. */
  public Map<String, Double> probabilities(float[] vector) {
    double[] p = softmax(scores(vector, null));
    Map<String, Double> out = new LinkedHashMap<>();
    for (int i = 0; i < labels.length; i++) out.put(labels[i], p[i]);
    return out;
  }

  /** The example phrasings as labelled training rows (they teach the learned model phrasing it may not have seen). */
  public List<LabelledTicket> examplesAsTraining() {
    List<LabelledTicket> out = new ArrayList<>();
    for (Example e : examples) out.add(new LabelledTicket(-1, e.text, e.vector, Map.of(field, labels[e.label]), List.of()));
    return out;
  }

  /** Per-label mean of the top-3 example similarities, optionally leaving one example out. */
  private double[] scores(float[] vector, Example leftOut) {
    double[][] top = new double[labels.length][TOP]; // best similarities per label, descending
    int[] seen = new int[labels.length];
    for (double[] t : top) java.util.Arrays.fill(t, Double.NEGATIVE_INFINITY);
    for (Example e : examples) {
      if (e == leftOut) continue;
      double sim = ClassifierTrainer.dot(vector, e.vector);
      double[] t = top[e.label];
      seen[e.label]++;
      if (sim <= t[TOP - 1]) continue;
      int p = TOP - 1;
      while (p > 0 && t[p - 1] < sim) {
        t[p] = t[p - 1];
        p--;
      }
      t[p] = sim;
    }
    double[] scores = new double[labels.length];
    for (int l = 0; l < labels.length; l++) {
      int n = Math.min(TOP, seen[l]);
      double sum = 0;
      for (int i = 0; i < n; i++) sum += top[l][i];
      scores[l] = n == 0 ? -1 : sum / n;
    }
    return scores;
  }

  private static double[] softmax(double[] scores) {
    double max = Arrays.stream(scores).max().orElse(0);
    double[] p = new double[scores.length];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp((scores[i] - max) / TEMPERATURE);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) p[i] /= sum;
    return p;
  }

  private Calibration leaveOneOutCalibration() {
    double[] raw = new double[examples.size()];
    boolean[] correct = new boolean[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      Example e = examples.get(i);
      double[] p = softmax(scores(e.vector, e));
      int top = ClassifierTrainer.argmax(p);
      raw[i] = p[top];
      correct[i] = top == e.label;
    }
    return Calibration.fit(raw, correct);
  }
}
