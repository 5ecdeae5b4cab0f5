package io.deskhand.classify;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps a raw score to the probability of being right, learned on held-back predictions with isotonic regression
 * (pool adjacent violators), so a confidence of 0.9 is right about 90% of the time on data like the held-back part.
 * Each block is smoothed by one success and one failure, so a handful of held-back tickets cannot claim 0 or 1.
 */
public final class Calibration implements Serializable {
  private static final long serialVersionUID = 1L;

  private final double[] upperBounds;
  private final double[] values;

  private Calibration(double[] upperBounds, double[] values) {
    this.upperBounds = upperBounds;
    this.values = values;
  }

  /** No held-back data: the raw score is used as is. */
  public static Calibration identity() {
    return new Calibration(new double[0], new double[0]);
  }

  public static Calibration fit(double[] scores, boolean[] correct) {
    if (scores.length < 10) return identity();
    Integer[] order = new Integer[scores.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
    // Equal scores must share one value, so they form one starting block: {sumCorrect, count, maxScore}.
    List<double[]> initial = new ArrayList<>();
    for (int idx : order) {
      double[] last = initial.isEmpty() ? null : initial.get(initial.size() - 1);
      if (last != null && last[2] == scores[idx]) {
        last[0] += correct[idx] ? 1 : 0;
        last[1] += 1;
      } else {
        initial.add(new double[] {correct[idx] ? 1 : 0, 1, scores[idx]});
      }
    }
    List<double[]> blocks = new ArrayList<>();
    for (double[] block : initial) {
      blocks.add(block);
      while (blocks.size() > 1) {
        double[] last = blocks.get(blocks.size() - 1);
        double[] prev = blocks.get(blocks.size() - 2);
        if (prev[0] / prev[1] < last[0] / last[1]) break;
        prev[0] += last[0];
        prev[1] += last[1];
        prev[2] = last[2];
        blocks.remove(blocks.size() - 1);
      }
    }
    double[] bounds = new double[blocks.size()];
    double[] vals = new double[blocks.size()];
    for (int i = 0; i < blocks.size(); i++) {
      bounds[i] = blocks.get(i)[2];
      vals[i] = (blocks.get(i)[0] + 1) / (blocks.get(i)[1] + 2);
    }
    for (int i = 1; i < vals.length; i++) vals[i] = Math.max(vals[i], vals[i - 1]);
    return new Calibration(bounds, vals);
  }

  public double apply(double score) {
    if (values.length == 0) return clamp(score);
    for (int i = 0; i < upperBounds.length; i++) {
      if (score <= upperBounds[i]) return values[i];
    }
    return values[values.length - 1];
  }

  private static double clamp(double v) {
    return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
  }
}
