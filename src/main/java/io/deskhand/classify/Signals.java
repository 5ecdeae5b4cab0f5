package io.deskhand.classify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Zero-shot scores that join a learned model's features: the tone and urgency prototypes of models/tone.yaml read a
 * chargeback threat or a wedding tomorrow whatever the words, and the priority model learns from the team's history
 * how much each one counts. Named "tone:angry", "urgency:high", ... so a model trained before tone.yaml changed still
 * reads the signals it knows (a signal gone since scores 0).
 */
final class Signals {
  private Signals() {}

  static List<String> names(List<PrototypeModel> models) {
    List<String> names = new ArrayList<>();
    for (PrototypeModel m : models) for (String label : m.labels()) names.add(m.field() + ":" + label);
    return names;
  }

  /** The signals' values for a ticket's embedding, in the order of {@code names}. */
  static double[] values(List<PrototypeModel> models, float[] vector, List<String> names) {
    Map<String, Double> byName = new HashMap<>();
    for (PrototypeModel m : models) m.probabilities(vector).forEach((label, p) -> byName.put(m.field() + ":" + label, p));
    double[] out = new double[names.size()];
    for (int i = 0; i < out.length; i++) out[i] = byName.getOrDefault(names.get(i), 0.0);
    return out;
  }
}
