package io.deskhand.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.deskhand.progress.Progress;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Trains the learned fields from solved tickets. A seeded fifth of the tickets is held back: the blend between the
 * linear model and the neighbour vote, and the confidence calibration, are both chosen there; the final linear
 * model is then refit on every ticket (so calibration is, if anything, slightly pessimistic).
 */
public final class ClassifierTrainer {
  public static final List<String> FIELDS = List.of("intent", "group", "priority", "type");
  private static final double[] ALPHAS = {0, 0.25, 0.5, 0.75, 1};
  private static final double[] PRIOR_WEIGHTS = {0, 0.25, 0.5};
  private static final double C = 10;
  private static final int MAX_TAGS = 30;

  private final int minLabelled;
  private final int neighbours;
  private final int hashBits;
  private final long seed;
  private final PrintStream log;

  public ClassifierTrainer(int minLabelled, int neighbours, int hashBits, long seed, PrintStream log) {
    this.minLabelled = minLabelled;
    this.neighbours = neighbours;
    this.hashBits = hashBits;
    this.seed = seed;
    this.log = log;
    Linear.disableDebugOutput();
  }

  /**
   * @param intentPrior the zero-shot taxonomy: where its labels match the team's intents, its example phrasings
   *     join the training rows (never the held-back part) and its scores join the blend as a prior
   */
  public LearnedModels train(List<LabelledTicket> solved, String embeddingModel, int dimension, Optional<PrototypeModel> intentPrior) {
    java.util.Set<String> intents = new java.util.HashSet<>();
    solved.forEach(t -> {
      if (t.labels().containsKey("intent")) intents.add(t.labels().get("intent"));
    });
    List<LabelledTicket> extras = intentPrior.map(p -> p.examplesAsTraining().stream()
        .filter(e -> intents.contains(e.labels().get("intent"))).map(e -> withFieldsOfIntent(e, solved)).toList()).orElse(List.of());
    List<LabelledTicket> tickets = new ArrayList<>(solved);
    tickets.addAll(extras);
    int solvedCount = solved.size();
    SparseFeatures features = new SparseFeatures(hashBits, dimension, 1.0);
    features.fitIdf(solved.stream().map(LabelledTicket::text).toList());
    Feature[][] x = new Feature[tickets.size()][];
    for (int i = 0; i < x.length; i++) x[i] = features.features(tickets.get(i).text(), tickets.get(i).vector());

    List<Integer> order = new ArrayList<>(IntStream.range(0, solvedCount).boxed().toList());
    Collections.shuffle(order, new Random(seed));
    int holdCount = solvedCount / 5;
    boolean[] heldBack = new boolean[tickets.size()];
    for (int i = 0; i < holdCount; i++) heldBack[order.get(i)] = true;
    int[][] holdNeighbours = holdoutNeighbours(tickets, heldBack, solvedCount);

    Map<String, LinearKnnModel> models = new LinkedHashMap<>();
    List<String> report = new ArrayList<>();
    for (String field : FIELDS) {
      String[] labelOf = new String[tickets.size()];
      for (int i = 0; i < labelOf.length; i++) labelOf[i] = tickets.get(i).labels().get(field);
      // the zero-shot prior's scores for the held-back tickets, where the blend weight is chosen
      List<Map<String, Double>> fieldPrior = null;
      if (field.equals("intent") && intentPrior.isPresent()) {
        fieldPrior = new ArrayList<>(java.util.Collections.nCopies(tickets.size(), (Map<String, Double>) null));
        for (int i = 0; i < solvedCount; i++) if (heldBack[i]) fieldPrior.set(i, intentPrior.get().probabilities(tickets.get(i).vector()));
      }
      trainField(field, labelOf, x, heldBack, holdNeighbours, tickets, false, fieldPrior, report).ifPresent(m -> models.put(field, m));
    }
    List<LinearKnnModel> tagModels = new ArrayList<>();
    List<String> tags = frequentTags(solved);
    Progress progress = new Progress("train tags", tags.size(), log);
    for (String tag : tags) {
      String[] labelOf = new String[tickets.size()];
      for (int i = 0; i < solvedCount; i++) labelOf[i] = tickets.get(i).tags().contains(tag) ? LinearKnnModel.YES : LinearKnnModel.NO;
      trainField(LinearKnnModel.TAG_PREFIX + tag, labelOf, x, heldBack, holdNeighbours, tickets, true, null, null).ifPresent(tagModels::add);
      progress.advance(1);
    }
    if (!tags.isEmpty()) progress.finish();
    report.add("tags: " + tagModels.size() + " yes/no models");
    report.forEach(r -> log.println("classifier " + r));
    return new LearnedModels(embeddingModel, features, models, tagModels, report);
  }

  /**
   * A taxonomy example also teaches group, priority and type when the team's tickets of its intent agree on them
   * (at least 3 tickets, 60% the same value): routing follows intent in most teams.
   */
  private static LabelledTicket withFieldsOfIntent(LabelledTicket example, List<LabelledTicket> solved) {
    String intent = example.labels().get("intent");
    Map<String, String> labels = new HashMap<>(example.labels());
    for (String field : List.of("group", "priority", "type")) {
      Map<String, Integer> counts = new HashMap<>();
      int n = 0;
      for (LabelledTicket t : solved) {
        if (intent.equals(t.labels().get("intent")) && t.labels().get(field) != null) {
          counts.merge(t.labels().get(field), 1, Integer::sum);
          n++;
        }
      }
      final int total = n;
      counts.entrySet().stream().max(Map.Entry.comparingByValue())
          .filter(e -> total >= 3 && e.getValue() >= 0.6 * total).ifPresent(e -> labels.put(field, e.getKey()));
    }
    return new LabelledTicket(example.id(), example.text(), example.vector(), labels, example.tags());
  }

  private java.util.Optional<LinearKnnModel> trainField(String field, String[] labelOf, Feature[][] x, boolean[] heldBack,
                                                         int[][] holdNeighbours, List<LabelledTicket> tickets,
                                                         boolean binary, List<Map<String, Double>> prior, List<String> report) {
    String[] labels = binary ? new String[] {LinearKnnModel.NO, LinearKnnModel.YES}
        : Arrays.stream(labelOf).filter(l -> l != null && !l.isBlank()).collect(java.util.stream.Collectors.toCollection(TreeSet::new)).toArray(String[]::new);
    long labelled = Arrays.stream(labelOf).filter(l -> l != null && !l.isBlank()).count();
    if (labelled < minLabelled || labels.length < 2) {
      if (report != null) report.add(field + ": not learned (" + labelled + " labelled tickets, " + labels.length + " values; need " + minLabelled + " and 2)");
      return java.util.Optional.empty();
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.length; i++) index.put(labels[i], i);
    List<Integer> trainIdx = new ArrayList<>();
    List<Integer> holdIdx = new ArrayList<>();
    for (int i = 0; i < labelOf.length; i++) {
      if (labelOf[i] == null || labelOf[i].isBlank()) continue;
      (heldBack[i] ? holdIdx : trainIdx).add(i);
    }
    double alpha = 0.5;
    double priorWeight = 0;
    Calibration calibration = Calibration.identity();
    List<Integer> all = new ArrayList<>(trainIdx);
    all.addAll(holdIdx);
    // The final model (every ticket) trains on a second core while the held-back model is fitted and scored here:
    // LIBLINEAR itself is single-threaded, and these two fits are most of the training time.
    java.util.concurrent.CompletableFuture<OneVsRestModel> full = java.util.concurrent.CompletableFuture.supplyAsync(
        () -> fit(all, x, labelOf, index), java.util.concurrent.ForkJoinPool.commonPool());
    if (holdIdx.size() >= 10 && trainIdx.stream().map(i -> labelOf[i]).distinct().count() >= 2) {
      OneVsRestModel partial = fit(trainIdx, x, labelOf, index);
      double[][] lr = new double[holdIdx.size()][];
      double[][] knn = new double[holdIdx.size()][];
      for (int h = 0; h < holdIdx.size(); h++) {
        int i = holdIdx.get(h);
        lr[h] = partial.probabilities(x[i]);
        int[] nb = holdNeighbours[i];
        double[] sims = new double[nb.length];
        int[] idx = new int[nb.length];
        for (int n = 0; n < nb.length; n++) {
          sims[n] = dot(tickets.get(i).vector(), tickets.get(nb[n]).vector());
          idx[n] = labelOf[nb[n]] == null ? -1 : index.getOrDefault(labelOf[nb[n]], -1);
        }
        knn[h] = NeighbourVote.vote(sims, idx, labels.length);
      }
      double[][] pr = new double[holdIdx.size()][];
      for (int h = 0; h < holdIdx.size(); h++) pr[h] = prior == null ? null : LinearKnnModel.align(labels, prior.get(holdIdx.get(h)));
      double bestAccuracy = -1;
      double bestLoss = Double.MAX_VALUE;
      for (double g : prior == null ? new double[] {0} : PRIOR_WEIGHTS) {
        for (double a : ALPHAS) {
          if (a + g > 1 + 1e-9) continue;
          int correct = 0;
          double loss = 0;
          for (int h = 0; h < holdIdx.size(); h++) {
            double[] p = blend(lr[h], knn[h], pr[h], a, g);
            int truth = index.get(labelOf[holdIdx.get(h)]);
            if (argmax(p) == truth) correct++;
            loss -= Math.log(Math.max(1e-9, p[truth]));
          }
          double acc = correct / (double) holdIdx.size();
          if (acc > bestAccuracy + 1e-9 || (Math.abs(acc - bestAccuracy) <= 1e-9 && loss < bestLoss)) {
            bestAccuracy = acc;
            bestLoss = loss;
            alpha = a;
            priorWeight = g;
          }
        }
      }
      double[] scores = new double[holdIdx.size()];
      boolean[] correct = new boolean[holdIdx.size()];
      int yes = index.getOrDefault(LinearKnnModel.YES, -1);
      for (int h = 0; h < holdIdx.size(); h++) {
        double[] p = blend(lr[h], knn[h], pr[h], alpha, priorWeight);
        int truth = index.get(labelOf[holdIdx.get(h)]);
        if (binary) {
          scores[h] = p[yes];
          correct[h] = truth == yes;
        } else {
          int top = argmax(p);
          scores[h] = p[top];
          correct[h] = top == truth;
        }
      }
      calibration = Calibration.fit(scores, correct);
      if (report != null) {
        report.add(String.format(Locale.ROOT, "%s: %d values, held-back accuracy %.3f on %d tickets (blend %.2f linear, %.2f prior)",
            field, labels.length, bestAccuracy, holdIdx.size(), alpha, priorWeight));
      }
    } else if (report != null) {
      report.add(field + ": " + labels.length + " values, too few held-back tickets to calibrate");
    }
    return java.util.Optional.of(new LinearKnnModel(field, labels, full.join(), alpha, priorWeight, calibration));
  }

  private OneVsRestModel fit(List<Integer> rows, Feature[][] x, String[] labelOf, Map<String, Integer> index) {
    Feature[][] rowsX = new Feature[rows.size()][];
    int[] y = new int[rows.size()];
    for (int r = 0; r < rows.size(); r++) {
      rowsX[r] = x[rows.get(r)];
      y[r] = index.get(labelOf[rows.get(r)]);
    }
    return OneVsRestModel.train(rowsX, y, index.size(), x.length == 0 ? 1 : maxIndex(x), C, seed);
  }

  private static int maxIndex(Feature[][] x) {
    int max = 1;
    for (Feature[] row : x) if (row.length > 0) max = Math.max(max, row[row.length - 1].getIndex());
    return max;
  }

  /** For each held-back ticket, its nearest training tickets by cosine (brute force: this runs once per ingest). */
  private int[][] holdoutNeighbours(List<LabelledTicket> tickets, boolean[] heldBack, int solvedCount) {
    int[][] out = new int[tickets.size()][];
    // Only solved tickets are neighbours: at triage time the vote comes from the index, not from taxonomy examples.
    int[] train = IntStream.range(0, solvedCount).filter(i -> !heldBack[i]).toArray();
    IntStream.range(0, tickets.size()).parallel().filter(i -> heldBack[i]).forEach(i -> {
      float[] v = tickets.get(i).vector();
      double[] best = new double[neighbours];
      int[] bestIdx = new int[neighbours];
      Arrays.fill(best, Double.NEGATIVE_INFINITY);
      Arrays.fill(bestIdx, -1);
      for (int j : train) {
        double s = dot(v, tickets.get(j).vector());
        if (s <= best[neighbours - 1]) continue;
        int p = neighbours - 1;
        while (p > 0 && best[p - 1] < s) {
          best[p] = best[p - 1];
          bestIdx[p] = bestIdx[p - 1];
          p--;
        }
        best[p] = s;
        bestIdx[p] = j;
      }
      out[i] = Arrays.stream(bestIdx).filter(j -> j >= 0).toArray();
    });
    return out;
  }

  private static List<String> frequentTags(List<LabelledTicket> tickets) {
    Map<String, Integer> counts = new HashMap<>();
    for (LabelledTicket t : tickets) for (String tag : new TreeSet<>(t.tags())) counts.merge(tag, 1, Integer::sum);
    int n = tickets.size();
    int min = Math.max(5, n / 100);
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= min && e.getValue() <= n / 2) // a tag on most tickets (a channel tag) says nothing
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_TAGS).map(Map.Entry::getKey).toList();
  }

  /** Weighted mix of linear, neighbour-vote and prior probabilities; missing parts give their weight to the rest. */
  static double[] blend(double[] lr, double[] knn, double[] prior, double alpha, double priorWeight) {
    double wl = alpha;
    double wk = knn == null ? 0 : Math.max(0, 1 - alpha - priorWeight);
    double wp = prior == null ? 0 : priorWeight;
    double total = wl + wk + wp;
    if (total <= 0) return lr;
    double[] p = new double[lr.length];
    for (int c = 0; c < p.length; c++) {
      p[c] = (wl * lr[c] + (wk > 0 ? wk * knn[c] : 0) + (wp > 0 ? wp * prior[c] : 0)) / total;
    }
    return p;
  }

  static int argmax(double[] p) {
    int best = 0;
    for (int i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
    return best;
  }

  /** SIMD dot product (Lucene's Panama vector support when the JVM has it). */
  static double dot(float[] a, float[] b) {
    return org.apache.lucene.util.VectorUtil.dotProduct(a, b);
  }
}
