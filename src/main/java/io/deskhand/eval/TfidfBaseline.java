package io.deskhand.eval;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The classic baseline `eval --baseline tfidf` reports beside Deskhand: TF-IDF of word 1-2-grams and character
 * 2-5-grams (exact vocabulary from the training part, sublinear tf, smoothed idf, each block L2-normalised) and
 * one-vs-rest logistic regression (LIBLINEAR). No embeddings, no neighbours, no calibration.
 */
public final class TfidfBaseline {
  private static final double C = 10;

  private final Map<String, Integer> vocabulary = new HashMap<>();
  private double[] idf;
  private Model model;
  private String[] labels;

  /** Trains on texts with their labels (blank labels are left out). */
  public static TfidfBaseline train(List<String> texts, List<String> labelOf) {
    TfidfBaseline b = new TfidfBaseline();
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) if (labelOf.get(i) != null && !labelOf.get(i).isBlank()) rows.add(i);
    List<Map<String, Integer>> grams = rows.stream().map(i -> grams(texts.get(i))).toList();
    Map<String, Integer> df = new HashMap<>();
    for (Map<String, Integer> g : grams) for (String k : g.keySet()) df.merge(k, 1, Integer::sum);
    b.idf = new double[df.size()];
    int n = grams.size();
    for (var e : new TreeMap<>(df).entrySet()) {
      int index = b.vocabulary.size();
      b.vocabulary.put(e.getKey(), index);
      b.idf[index] = Math.log((1.0 + n) / (1.0 + e.getValue())) + 1;
    }
    b.labels = rows.stream().map(labelOf::get).collect(java.util.stream.Collectors.toCollection(TreeSet::new)).toArray(String[]::new);
    Map<String, Integer> labelIndex = new HashMap<>();
    for (int i = 0; i < b.labels.length; i++) labelIndex.put(b.labels[i], i);
    Problem p = new Problem();
    p.l = rows.size();
    p.n = b.vocabulary.size() + 1; // the last index is a constant 1 playing the bias
    p.x = new Feature[rows.size()][];
    p.y = new double[rows.size()];
    p.bias = -1;
    for (int r = 0; r < rows.size(); r++) {
      p.x[r] = b.withBias(b.vector(grams.get(r)));
      p.y[r] = labelIndex.get(labelOf.get(rows.get(r)));
    }
    if (b.labels.length < 2) return b;
    Linear.disableDebugOutput();
    Parameter parameter = new Parameter(SolverType.L2R_LR_DUAL, C, 0.1);
    parameter.setRandom(new Random(42));
    b.model = Linear.train(p, parameter);
    return b;
  }

  public String predict(String text) {
    if (model == null) return labels.length == 0 ? "" : labels[0];
    return labels[(int) Linear.predict(model, withBias(vector(grams(text))))];
  }

  private Feature[] withBias(Feature[] x) {
    Feature[] out = java.util.Arrays.copyOf(x, x.length + 1);
    out[x.length] = new FeatureNode(vocabulary.size() + 1, 1.0);
    return out;
  }

  private Feature[] vector(Map<String, Integer> grams) {
    TreeMap<Integer, Double> words = new TreeMap<>();
    TreeMap<Integer, Double> chars = new TreeMap<>();
    for (var e : grams.entrySet()) {
      Integer i = vocabulary.get(e.getKey());
      if (i == null) continue;
      double w = (1 + Math.log(e.getValue())) * idf[i];
      (e.getKey().startsWith("c:") ? chars : words).put(i, w);
    }
    normalise(words);
    normalise(chars);
    TreeMap<Integer, Double> all = new TreeMap<>(words);
    all.putAll(chars);
    Feature[] out = new Feature[all.size()];
    int k = 0;
    for (var e : all.entrySet()) out[k++] = new FeatureNode(e.getKey() + 1, e.getValue());
    return out;
  }

  private static void normalise(Map<Integer, Double> v) {
    double norm = Math.sqrt(v.values().stream().mapToDouble(x -> x * x).sum());
    if (norm > 0) v.replaceAll((k, x) -> x / norm);
  }

  static Map<String, Integer> grams(String text) {
    String t = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC).replaceAll("\\s+", " ").strip();
    Map<String, Integer> out = new HashMap<>();
    String[] words = t.split("[^\\p{L}\\p{N}']+");
    List<String> ws = new ArrayList<>();
    for (String w : words) if (!w.isEmpty()) ws.add(w);
    for (int i = 0; i < ws.size(); i++) {
      out.merge("w:" + ws.get(i), 1, Integer::sum);
      if (i + 1 < ws.size()) out.merge("w:" + ws.get(i) + " " + ws.get(i + 1), 1, Integer::sum);
    }
    String padded = " " + t + " ";
    for (int n = 2; n <= 5; n++) {
      for (int s = 0; s + n <= padded.length(); s++) out.merge("c:" + padded.substring(s, s + n), 1, Integer::sum);
    }
    return out;
  }
}
