package io.deskhand.classify;

import io.deskhand.ticket.Prediction;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A field learned from solved tickets: logistic regression (LIBLINEAR) over {@link TfidfFeatures}, blended with the
 * vote of the nearest solved tickets, then calibrated on held-back tickets. Which regression and which blend weights
 * were chosen on the held-back part too ({@link ModelChoice}).
 */
final class LinearKnnModel implements Serializable {
  private static final long serialVersionUID = 2L;

  final String field;
  final String[] labels;
  private final OneVsRestModel model;
  private final double alpha;
  private final double priorWeight;
  private final Calibration calibration;
  private final ModelChoice choice;
  private final Map<String, Integer> labelIndex = new HashMap<>();

  /**
   * @param alpha weight of the linear model; the neighbour vote gets 1 - alpha - priorWeight
   * @param priorWeight weight of the zero-shot prior (taxonomy), 0 when the field has none
   * @param choice the candidates this model was chosen among, with their held-back scores
   */
  LinearKnnModel(String field, String[] labels, OneVsRestModel model, double alpha, double priorWeight, Calibration calibration,
                 ModelChoice choice) {
    this.field = field;
    this.labels = labels;
    this.model = model;
    this.alpha = alpha;
    this.priorWeight = priorWeight;
    this.calibration = calibration;
    this.choice = choice;
    for (int i = 0; i < labels.length; i++) labelIndex.put(labels[i], i);
  }

  private double[] blended(double[] lr, double[] neighbourSims, int[] neighbourLabels, double[] prior) {
    double[] knn = NeighbourVote.vote(neighbourSims, neighbourLabels, labels.length);
    return ClassifierTrainer.blend(lr, knn, prior, alpha, priorWeight);
  }

  double alpha() {
    return alpha;
  }

  ModelChoice choice() {
    return choice;
  }

  /** Whether the blend gives the zero-shot prior any weight (when not, it need not be computed). */
  boolean usesPrior() {
    return priorWeight > 0;
  }

  /** The prior's probabilities in this model's label order (labels the prior lacks get 0), or null. */
  double[] alignPrior(Map<String, Double> prior) {
    return priorWeight == 0 ? null : align(labels, prior);
  }

  /** Probabilities by label in {@code labels} order (labels missing from {@code byLabel} get 0), or null. */
  static double[] align(String[] labels, Map<String, Double> byLabel) {
    if (byLabel == null) return null;
    double[] p = new double[labels.length];
    for (int i = 0; i < labels.length; i++) p[i] = byLabel.getOrDefault(labels[i], 0.0);
    return p;
  }

  int labelIndexOf(String label) {
    Integer i = label == null ? null : labelIndex.get(label);
    return i == null ? -1 : i;
  }

  /**
   * @param linearProbabilities what {@link #linear()} gives for the ticket (scored with other models in one pass,
   *     {@link OneVsRestModel.Stack})
   */
  Prediction predict(double[] linearProbabilities, List<TicketHit> neighbours, Map<String, Double> prior) {
    double[] sims = neighbours.stream().mapToDouble(TicketHit::similarity).toArray();
    int[] idx = NeighbourVote.indices(neighbours, h -> labelIndexOf(labelOf(field, h.ticket())));
    double[] p = blended(linearProbabilities, sims, idx, alignPrior(prior));
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, Comparator.comparingDouble(i -> -p[i]));
    String top = labels[order[0]];
    List<Prediction.Alternative> alternatives = new ArrayList<>();
    for (int r = 1; r < Math.min(3, order.length); r++) {
      if (p[order[r]] < 0.01) break;
      // Alternatives show the raw blended probability: calibration is learned for the top answer only.
      alternatives.add(new Prediction.Alternative(labels[order[r]], round(p[order[r]])));
    }
    List<Prediction.Evidence> evidence = new ArrayList<>();
    for (TicketHit h : neighbours) {
      if (top.equals(labelOf(field, h.ticket())) && evidence.size() < 3) {
        evidence.add(new Prediction.Evidence(h.ticket().id(), null, round(h.similarity())));
      }
    }
    return new Prediction(top, round(calibration.apply(p[order[0]])), alternatives, evidence);
  }

  /** The linear part, for scoring many models together ({@link OneVsRestModel.Stack}). */
  OneVsRestModel linear() {
    return model;
  }

  /**
   * Calibrated probability that {@code label} is right (used for the yes/no tag models).
   *
   * @param linearProbabilities what {@link #linear()} gives for the ticket
   */
  double confidenceOf(String label, double[] linearProbabilities, List<TicketHit> neighbours) {
    double[] sims = neighbours.stream().mapToDouble(TicketHit::similarity).toArray();
    int[] idx = NeighbourVote.indices(neighbours, h -> labelIndexOf(labelOf(field, h.ticket())));
    int c = labelIndexOf(label);
    return c < 0 ? 0 : round(calibration.apply(blended(linearProbabilities, sims, idx, null)[c]));
  }

  /** A tag is a yes/no field named "tag:<name>"; other fields are the ticket's labels. */
  static String labelOf(String field, SolvedTicket ticket) {
    if (field.startsWith(TAG_PREFIX)) return ticket.tags().contains(field.substring(TAG_PREFIX.length())) ? YES : NO;
    return ticket.labels().get(field);
  }

  static final String TAG_PREFIX = "tag:";
  static final String YES = "yes";
  static final String NO = "no";

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
