package io.deskhand.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The classic baseline `eval --baseline tfidf` reports beside Deskhand: {@link TfidfFeatures} (text only) and
 * one-vs-rest logistic regression, no embeddings, no neighbours, no calibration. The same features and regression are
 * one of the candidates {@link ClassifierTrainer} weighs for every learned field, so the baseline row is what
 * Deskhand would have chosen had it been the best on the held-back part.
 */
public final class TfidfClassifier {
  private final TfidfFeatures features;
  private final OneVsRestModel model;
  private final String[] labels;

  private TfidfClassifier(TfidfFeatures features, OneVsRestModel model, String[] labels) {
    this.features = features;
    this.model = model;
    this.labels = labels;
  }

  /** Trains on texts with their labels; blank labels are left out, vocabulary included. */
  public static TfidfClassifier train(List<String> texts, List<String> labelOf, long seed) {
    List<String> rows = new ArrayList<>();
    List<String> rowLabels = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      if (labelOf.get(i) != null && !labelOf.get(i).isBlank()) {
        rows.add(texts.get(i));
        rowLabels.add(labelOf.get(i));
      }
    }
    String[] labels = new TreeSet<>(rowLabels).toArray(String[]::new);
    TfidfFeatures features = TfidfFeatures.fit(rows);
    if (labels.length < 2) return new TfidfClassifier(features, null, labels);
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.length; i++) index.put(labels[i], i);
    var x = new de.bwaldvogel.liblinear.Feature[rows.size()][];
    int[] y = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      x[r] = features.features(rows.get(r), null, null);
      y[r] = index.get(rowLabels.get(r));
    }
    return new TfidfClassifier(features, OneVsRestModel.train(x, y, labels.length, features.featureCount(), ClassifierTrainer.C, seed), labels);
  }

  public String predict(String text) {
    if (model == null) return labels.length == 0 ? "" : labels[0];
    return labels[ClassifierTrainer.argmax(model.probabilities(features.features(text, null, null)))];
  }
}
