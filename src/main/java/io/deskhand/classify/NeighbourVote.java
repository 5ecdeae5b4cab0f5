package io.deskhand.classify;

import java.util.List;
import java.util.function.Function;

/** Similarity-weighted vote of nearest solved tickets: sharper weights for closer neighbours. */
final class NeighbourVote {
  /** Softmax temperature over cosine similarity; 0.05 lets a 0.1 closer neighbour count about 7x more. */
  static final double TEMPERATURE = 0.05;

  private NeighbourVote() {}

  /**
   * @param similarities of the neighbours, best first
   * @param labelIndex label index of each neighbour, or -1 when it has no label for this field
   * @return per-label probabilities, or null when no neighbour carries a label
   */
  static double[] vote(double[] similarities, int[] labelIndex, int labelCount) {
    double best = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < similarities.length; i++) if (labelIndex[i] >= 0) best = Math.max(best, similarities[i]);
    if (best == Double.NEGATIVE_INFINITY) return null;
    double[] p = new double[labelCount];
    double sum = 0;
    for (int i = 0; i < similarities.length; i++) {
      if (labelIndex[i] < 0) continue;
      double w = Math.exp((similarities[i] - best) / TEMPERATURE);
      p[labelIndex[i]] += w;
      sum += w;
    }
    for (int c = 0; c < labelCount; c++) p[c] /= sum;
    return p;
  }

  static <T> int[] indices(List<T> items, Function<T, Integer> labelOf) {
    int[] out = new int[items.size()];
    for (int i = 0; i < out.length; i++) out[i] = labelOf.apply(items.get(i));
    return out;
  }
}
