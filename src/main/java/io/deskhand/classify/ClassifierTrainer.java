package io.deskhand.classify;

import de.bwaldvogel.liblinear.Feature;
import io.deskhand.progress.Progress;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the learned fields from solved tickets. A seeded fifth of the tickets is held back, and each field's model is
 * chosen there among candidates: logistic regression on n-grams and the embedding ({@code linear}; for priority also
 * the tone and urgency {@link Signals}), the same on n-grams only ({@code tfidf}, eval's baseline row) and, for
 * priority, on n-grams and the signals ({@code tfidf+signals}), the nearest tickets' vote ({@code knn}) and their
 * blends. The winner's confidence is calibrated on the same held-back tickets; its regression is then refit on every
 * ticket (so calibration is, if anything, slightly pessimistic).
 *
 * <p>Each regression's best blend is found by held-back accuracy (log-loss breaks ties); then the TF-IDF one replaces
 * the linear one only when it gets clearly more held-back tickets right ({@link #clearlyBetter}), so on a team's noisy
 * fields, where the embedding adds more noise than sense, the field is the baseline's model (or that model helped by
 * the vote), and on clean ones it keeps the embedding's gain. Accuracy, not log-loss: the candidates' raw
 * probabilities are not calibrated alike (one-vs-rest sigmoids normalised over many labels are timid, the neighbour
 * vote is sure of itself), so log-loss ranks their calibration, which the isotonic calibration redoes anyway, more
 * than their answers. Figures: eval/RESULTS.md, fifth session.
 */
public final class ClassifierTrainer {
  private static final Logger LOG = LoggerFactory.getLogger(ClassifierTrainer.class);
  public static final List<String> FIELDS = List.of("intent", "group", "priority", "type");
  /** The field whose rows also carry the tone and urgency {@link Signals}. */
  static final String SIGNAL_FIELD = "priority";
  static final double C = 10;
  private static final double[] ALPHAS = {0, 0.25, 0.5, 0.75, 1};
  private static final double[] PRIOR_WEIGHTS = {0, 0.25, 0.5};
  private static final int MAX_TAGS = 30;

  /**
   * The regressions a candidate can blend, by the feature blocks they read: {@code linear} n-grams and the embedding
   * (and for priority the signals), {@code tfidf} n-grams only, {@code tfidf+signals} (priority only) n-grams and the
   * signals, for a team whose history ties priority to tone and urgency while its embedding says little else.
   */
  enum Regression {
    LINEAR("linear"), TFIDF("tfidf"), TFIDF_SIGNALS("tfidf+signals");

    final String label;

    Regression(String label) {
      this.label = label;
    }
  }

  /**
   * Which regressions and regularisation constants are fitted, how many n-grams are kept, whether each label's
   * yes/no fit weighs its rare side up ({@code balanced}), which held-back score picks a candidate; other settings
   * than the defaults were tried with CandidateExperiment (eval/classifier-candidates.sh, eval/RESULTS.md fifth
   * session). The public constructor uses the defaults.
   */
  record Options(Set<Regression> regressions, List<Double> cs, int maxFeatures, boolean balanced, Criterion criterion) {
    static final Options DEFAULT = new Options(Set.of(Regression.values()), List.of(C), TfidfFeatures.MAX_FEATURES,
        false, Criterion.ACCURACY);
  }

  /** The held-back score a candidate must improve on, the other one breaking ties. */
  enum Criterion { ACCURACY, LOG_LOSS }

  /** A regression fitted with one regularisation constant. */
  private record Fit(Regression regression, double c) {}

  private final int minLabelled;
  private final int neighbours;
  private final long seed;
  private final Options options;
  private final PrintStream log;

  public ClassifierTrainer(int minLabelled, int neighbours, long seed, PrintStream log) {
    this(minLabelled, neighbours, seed, Options.DEFAULT, log);
  }

  ClassifierTrainer(int minLabelled, int neighbours, long seed, Options options, PrintStream log) {
    this.minLabelled = minLabelled;
    this.neighbours = neighbours;
    this.seed = seed;
    this.options = options;
    this.log = log;
  }

  /**
   * @param intentPrior the zero-shot taxonomy: where its labels match the team's intents, its example phrasings
   *     join the training rows (never the held-back part) and its scores join the blend as a prior
   * @param signalModels zero-shot models (tone, urgency) whose scores join the priority model's features
   */
  public LearnedModels train(List<LabelledTicket> solved, String embeddingModel, int dimension, Optional<PrototypeModel> intentPrior,
                             List<PrototypeModel> signalModels) {
    Set<String> intents = new HashSet<>();
    solved.forEach(t -> {
      if (t.labels().containsKey("intent")) intents.add(t.labels().get("intent"));
    });
    List<LabelledTicket> extras = intentPrior.map(p -> p.examplesAsTraining().stream()
        .filter(e -> intents.contains(e.labels().get("intent"))).map(e -> withFieldsOfIntent(e, solved)).toList()).orElse(List.of());
    List<LabelledTicket> tickets = new ArrayList<>(solved);
    tickets.addAll(extras);
    int solvedCount = solved.size();
    List<String> signalNames = Signals.names(signalModels);
    TfidfFeatures features = TfidfFeatures.fit(solved.stream().map(LabelledTicket::text).toList(), dimension, signalNames,
        options.maxFeatures());
    Feature[][] full = new Feature[tickets.size()][];
    IntStream.range(0, full.length).parallel().forEach(i -> full[i] = features.features(tickets.get(i).text(), tickets.get(i).vector(),
        Signals.values(signalModels, tickets.get(i).vector(), signalNames)));
    // Row views share the feature objects: only the arrays of references are new.
    Feature[][] withoutSignals = Arrays.stream(full).map(features::withoutSignals).toArray(Feature[][]::new);
    Feature[][] textOnly = Arrays.stream(full).map(features::textOnly).toArray(Feature[][]::new);
    Feature[][] textAndSignals = signalNames.isEmpty() ? null : Arrays.stream(full).map(features::withoutEmbedding).toArray(Feature[][]::new);

    List<Integer> order = new ArrayList<>(IntStream.range(0, solvedCount).boxed().toList());
    Collections.shuffle(order, new Random(seed));
    int holdCount = solvedCount / 5;
    boolean[] heldBack = new boolean[tickets.size()];
    for (int i = 0; i < holdCount; i++) heldBack[order.get(i)] = true;
    int[][] holdNeighbours = holdoutNeighbours(tickets, heldBack, solvedCount);
    Rows rows = new Rows(tickets, heldBack, holdNeighbours, features.featureCount());

    Map<String, LinearKnnModel> models = new LinkedHashMap<>();
    List<String> report = new ArrayList<>();
    for (String field : FIELDS) {
      String[] labelOf = new String[tickets.size()];
      for (int i = 0; i < labelOf.length; i++) labelOf[i] = tickets.get(i).labels().get(field);
      // the zero-shot prior's scores for the held-back tickets, where the blend weight is chosen
      List<Map<String, Double>> fieldPrior = null;
      if (field.equals("intent") && intentPrior.isPresent()) {
        fieldPrior = new ArrayList<>(Collections.nCopies(tickets.size(), (Map<String, Double>) null));
        for (int i = 0; i < solvedCount; i++) if (heldBack[i]) fieldPrior.set(i, intentPrior.get().probabilities(tickets.get(i).vector()));
      }
      Map<Regression, Feature[][]> regressions = new LinkedHashMap<>();
      boolean signals = field.equals(SIGNAL_FIELD) && textAndSignals != null;
      if (options.regressions().contains(Regression.LINEAR)) regressions.put(Regression.LINEAR, signals ? full : withoutSignals);
      if (options.regressions().contains(Regression.TFIDF)) regressions.put(Regression.TFIDF, textOnly);
      if (options.regressions().contains(Regression.TFIDF_SIGNALS) && signals) regressions.put(Regression.TFIDF_SIGNALS, textAndSignals);
      trainField(field, labelOf, regressions, rows, false, fieldPrior, report).ifPresent(m -> models.put(field, m));
    }
    List<LinearKnnModel> tagModels = new ArrayList<>();
    List<String> tags = frequentTags(solved);
    Progress progress = new Progress("train tags", tags.size(), log);
    for (String tag : tags) {
      String[] labelOf = new String[tickets.size()];
      for (int i = 0; i < solvedCount; i++) labelOf[i] = tickets.get(i).tags().contains(tag) ? LinearKnnModel.YES : LinearKnnModel.NO;
      trainField(LinearKnnModel.TAG_PREFIX + tag, labelOf, Map.of(Regression.LINEAR, withoutSignals), rows, true, null, null)
          .ifPresent(tagModels::add);
      progress.advance(1);
    }
    if (!tags.isEmpty()) progress.finish();
    report.add("tags: " + tagModels.size() + " yes/no models");
    report.forEach(r -> LOG.info("event=classifier_trained model=\"{}\"", r));
    return new LearnedModels(embeddingModel, features, models, tagModels, report);
  }

  /** What every field's training shares: the tickets, which are held back, their nearest training tickets. */
  private record Rows(List<LabelledTicket> tickets, boolean[] heldBack, int[][] holdNeighbours, int featureCount) {}

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

  /** One candidate on the held-back part: which regression, how it is blended, and which tickets it got right. */
  private record Candidate(Fit fit, double alpha, double priorWeight, boolean[] right, int correct, double loss) {
    /** The parts that carry weight, e.g. "tfidf+knn". */
    String name(boolean hasPrior) {
      List<String> parts = new ArrayList<>();
      if (alpha > 0) parts.add(fit.regression().label);
      if (1 - alpha - priorWeight > 1e-9) parts.add("knn");
      if (hasPrior && priorWeight > 0) parts.add("prior");
      return String.join("+", parts);
    }

    double accuracy() {
      return correct / (double) right.length;
    }

    double logLoss() {
      return loss / right.length;
    }
  }

  /**
   * Within one regression: more held-back tickets right, then the lower log-loss (or the other way round,
   * {@link Criterion}).
   */
  private boolean better(Candidate a, Candidate b) {
    boolean lowerLoss = a.loss < b.loss - 1e-9;
    boolean sameLoss = !lowerLoss && a.loss <= b.loss + 1e-9;
    if (options.criterion() == Criterion.LOG_LOSS) return lowerLoss || (sameLoss && a.correct > b.correct);
    return a.correct > b.correct || (a.correct == b.correct && lowerLoss);
  }

  /**
   * Whether {@code challenger} (another regression's best blend) should replace {@code incumbent}: it must get more
   * held-back tickets right by over one standard error of the paired difference (b - c > sqrt(b + c), b and c the
   * tickets only one of the two gets right). Where two candidates are that close, which one is ahead on a fifth of
   * the tickets is chance (RESULTS.md, fifth session: on Banking77, the demo and made-up noisy tickets the one ahead by
   * a few held-back tickets was as often behind on the test set); the incumbent is the model kept until then.
   */
  private static boolean clearlyBetter(Candidate challenger, Candidate incumbent) {
    int onlyChallenger = 0;
    int onlyIncumbent = 0;
    for (int h = 0; h < challenger.right().length; h++) {
      if (challenger.right()[h] && !incumbent.right()[h]) onlyChallenger++;
      if (incumbent.right()[h] && !challenger.right()[h]) onlyIncumbent++;
    }
    return onlyChallenger - onlyIncumbent > Math.sqrt(onlyChallenger + onlyIncumbent);
  }

  private Optional<LinearKnnModel> trainField(String field, String[] labelOf, Map<Regression, Feature[][]> regressions, Rows rows,
                                              boolean binary, List<Map<String, Double>> prior, List<String> report) {
    String[] labels = binary ? new String[] {LinearKnnModel.NO, LinearKnnModel.YES}
        : Arrays.stream(labelOf).filter(l -> l != null && !l.isBlank()).collect(Collectors.toCollection(TreeSet::new)).toArray(String[]::new);
    long labelled = Arrays.stream(labelOf).filter(l -> l != null && !l.isBlank()).count();
    if (labelled < minLabelled || labels.length < 2) {
      if (report != null) report.add(field + ": not learned (" + labelled + " labelled tickets, " + labels.length + " values; need " + minLabelled + " and 2)");
      return Optional.empty();
    }
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < labels.length; i++) index.put(labels[i], i);
    List<Integer> trainIdx = new ArrayList<>();
    List<Integer> holdIdx = new ArrayList<>();
    for (int i = 0; i < labelOf.length; i++) {
      if (labelOf[i] == null || labelOf[i].isBlank()) continue;
      (rows.heldBack()[i] ? holdIdx : trainIdx).add(i);
    }
    List<Integer> all = new ArrayList<>(trainIdx);
    all.addAll(holdIdx);
    List<Regression> kinds = List.copyOf(regressions.keySet());
    List<Fit> fits = new ArrayList<>();
    for (Regression r : kinds) for (double c : options.cs()) fits.add(new Fit(r, c));
    // With one fit to choose from, the final fit (every ticket) trains on a second core while the held-back fit is
    // scored here: LIBLINEAR itself is single-threaded, and these fits are most of the training time.
    CompletableFuture<OneVsRestModel> early = fits.size() == 1
        ? CompletableFuture.supplyAsync(() -> fit(all, regressions, fits.get(0), labelOf, index, rows.featureCount()), ForkJoinPool.commonPool())
        : null;
    if (holdIdx.size() < 10 || trainIdx.stream().map(i -> labelOf[i]).distinct().count() < 2) {
      if (report != null) report.add(field + ": " + labels.length + " values, too few held-back tickets to choose or calibrate a model");
      OneVsRestModel model = early != null ? early.join() : fit(all, regressions, fits.get(0), labelOf, index, rows.featureCount());
      return Optional.of(new LinearKnnModel(field, labels, model, 0.5, 0, Calibration.identity(),
          new ModelChoice(fits.get(0).regression().label + "+knn", Map.of(), holdIdx.size())));
    }
    // held-back fits, all but the first on another core
    List<CompletableFuture<OneVsRestModel>> partial = new ArrayList<>();
    for (Fit f : fits.subList(1, fits.size())) {
      partial.add(CompletableFuture.supplyAsync(() -> fit(trainIdx, regressions, f, labelOf, index, rows.featureCount()), ForkJoinPool.commonPool()));
    }
    partial.add(0, CompletableFuture.completedFuture(fit(trainIdx, regressions, fits.get(0), labelOf, index, rows.featureCount())));
    Map<Fit, double[][]> lr = new LinkedHashMap<>();
    for (int k = 0; k < fits.size(); k++) {
      OneVsRestModel m = partial.get(k).join();
      Feature[][] x = regressions.get(fits.get(k).regression());
      double[][] p = new double[holdIdx.size()][];
      for (int h = 0; h < p.length; h++) p[h] = m.probabilities(x[holdIdx.get(h)]);
      lr.put(fits.get(k), p);
    }
    double[][] knn = new double[holdIdx.size()][];
    double[][] pr = new double[holdIdx.size()][];
    int[] truth = new int[holdIdx.size()];
    for (int h = 0; h < holdIdx.size(); h++) {
      int i = holdIdx.get(h);
      int[] nb = rows.holdNeighbours()[i];
      double[] sims = new double[nb.length];
      int[] idx = new int[nb.length];
      for (int n = 0; n < nb.length; n++) {
        sims[n] = dot(rows.tickets().get(i).vector(), rows.tickets().get(nb[n]).vector());
        idx[n] = labelOf[nb[n]] == null ? -1 : index.getOrDefault(labelOf[nb[n]], -1);
      }
      knn[h] = NeighbourVote.vote(sims, idx, labels.length);
      pr[h] = prior == null ? null : LinearKnnModel.align(labels, prior.get(i));
      truth[h] = index.get(labelOf[i]);
    }
    Map<Regression, Candidate> bestOf = new LinkedHashMap<>();
    Map<String, Candidate> bestByName = new LinkedHashMap<>();
    for (Fit r : fits) {
      for (double g : prior == null ? new double[] {0} : PRIOR_WEIGHTS) {
        for (double a : ALPHAS) {
          if (a + g > 1 + 1e-9) continue;
          if (a == 0 && r != fits.get(0)) continue; // the vote alone (and with the prior) is the same whichever regression
          boolean[] right = new boolean[truth.length];
          int correct = 0;
          double loss = 0;
          for (int h = 0; h < truth.length; h++) {
            double[] p = blend(lr.get(r)[h], knn[h], pr[h], a, g);
            right[h] = argmax(p) == truth[h];
            if (right[h]) correct++;
            loss -= Math.log(Math.max(1e-9, p[truth[h]]));
          }
          Candidate c = new Candidate(r, a, g, right, correct, loss);
          bestOf.merge(r.regression(), c, (old, neu) -> better(neu, old) ? neu : old);
          bestByName.merge(c.name(prior != null), c, (old, neu) -> better(neu, old) ? neu : old);
        }
      }
    }
    // In the order linear, tfidf, tfidf+signals: each must be clearly better than the one kept so far.
    Candidate best = bestOf.get(kinds.get(0));
    for (Regression r : kinds.subList(1, kinds.size())) if (clearlyBetter(bestOf.get(r), best)) best = bestOf.get(r);
    Fit chosen = best.fit();
    double[] scores = new double[truth.length];
    boolean[] correct = new boolean[truth.length];
    int yes = index.getOrDefault(LinearKnnModel.YES, -1);
    for (int h = 0; h < truth.length; h++) {
      double[] p = blend(lr.get(best.fit())[h], knn[h], pr[h], best.alpha(), best.priorWeight());
      if (binary) {
        scores[h] = p[yes];
        correct[h] = truth[h] == yes;
      } else {
        int top = argmax(p);
        scores[h] = p[top];
        correct[h] = top == truth[h];
      }
    }
    Calibration calibration = Calibration.fit(scores, correct);
    Map<String, ModelChoice.Score> heldBack = new LinkedHashMap<>();
    bestByName.forEach((name, c) -> heldBack.put(name, new ModelChoice.Score(round(c.accuracy()), round(c.logLoss()))));
    ModelChoice choice = new ModelChoice(best.name(prior != null), heldBack, truth.length);
    if (report != null) {
      StringBuilder others = new StringBuilder();
      heldBack.forEach((name, s) -> others.append(String.format(Locale.ROOT, "; %s %.3f / %.3f", name, s.accuracy(), s.logLoss())));
      report.add(String.format(Locale.ROOT, "%s: %d values, chose %s (%.2f %s with C=%s, %.2f prior) on %d held-back tickets, "
              + "held-back accuracy / log-loss%s", field, labels.length, choice.chosen(), best.alpha(), chosen.regression().label,
          chosen.c(), best.priorWeight(), truth.length, others));
    }
    OneVsRestModel model = early != null ? early.join() : fit(all, regressions, chosen, labelOf, index, rows.featureCount());
    return Optional.of(new LinearKnnModel(field, labels, model, best.alpha(), best.priorWeight(), calibration, choice));
  }

  private static double round(double v) {
    return Math.round(v * 10000) / 10000.0;
  }

  private OneVsRestModel fit(List<Integer> rowIndices, Map<Regression, Feature[][]> regressions, Fit fit, String[] labelOf,
                             Map<String, Integer> index, int featureCount) {
    Feature[][] x = regressions.get(fit.regression());
    Feature[][] rowsX = new Feature[rowIndices.size()][];
    int[] y = new int[rowIndices.size()];
    for (int r = 0; r < rowIndices.size(); r++) {
      rowsX[r] = x[rowIndices.get(r)];
      y[r] = index.get(labelOf[rowIndices.get(r)]);
    }
    return OneVsRestModel.train(rowsX, y, index.size(), featureCount, fit.c(), options.balanced(), seed);
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
