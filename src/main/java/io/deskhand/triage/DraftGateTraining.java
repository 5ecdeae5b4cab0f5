package io.deskhand.triage;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import io.deskhand.classify.LabelledTicket;
import io.deskhand.draft.DraftGate;
import io.deskhand.draft.DraftRequest;
import io.deskhand.draft.GateFeatures;
import io.deskhand.draft.ExtractiveDrafter;
import io.deskhand.draft.TextScores;
import io.deskhand.entity.TicketEntities;
import io.deskhand.index.KnowledgeIndex;
import io.deskhand.index.SearchRequest;
import io.deskhand.language.LanguageDetector;
import io.deskhand.progress.Progress;
import io.deskhand.ticket.Retrieved;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import io.deskhand.ticket.TicketText;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fits the {@link DraftGate} at ingest: a seeded sample of solved tickets is drafted, one at a time, from the rest of
 * the index through the production drafter (the ticket itself left out of what was retrieved), each draft is scored
 * against that ticket's real reply by ROUGE-L, and a logistic model learns, from what is known at
 * triage time, the probability that a draft is usable. The gate then drafts from the lowest probability at which
 * the held-back drafts reached the target precision, as `eval` recommends field thresholds.
 *
 * <p>Usable: at least as close to the real reply as the {@value #USABLE_QUANTILE} quantile of the drafts that reused a
 * reply of the ticket's own intent, per language. Why ROUGE-L and not embedding similarity: the bundled embedding is
 * English-only, so its cosine says little in French, German and Spanish, and embedding every held-back draft and
 * reply took most of the fit (about a minute of the demo's first start on 2 cores); word overlap reads every language
 * alike and costs nothing. Why relative: replies are longer in some languages and teams than others. Why those
 * drafts: a reply with the right intent is what an agent would start from, so "as close as most of them" is the
 * bar. Without intent labels the bar is {@value #FIXED_USABLE_ROUGE_L}.
 */
public final class DraftGateTraining {
  private static final Logger LOG = LoggerFactory.getLogger(DraftGateTraining.class);
  static final int MAX_HELD_BACK = 1500;
  static final int MIN_EXAMPLES = 40;
  static final double USABLE_QUANTILE = 0.25;
  static final double FIXED_USABLE_ROUGE_L = 0.25;
  /** Languages with fewer held-back drafts share the "other" intercept. */
  static final int MIN_LANGUAGE_EXAMPLES = 20;
  private static final double C = 1;

  private final KnowledgeIndex index;
  private final LanguageDetector detector;
  private final ExtractiveDrafter drafter;
  private final TicketEntities entities;
  private final int neighbours;
  private final PrintStream log;

  public DraftGateTraining(KnowledgeIndex index, LanguageDetector detector, ExtractiveDrafter drafter,
                           TicketEntities entities, int neighbours, PrintStream log) {
    this.index = index;
    this.detector = detector;
    this.drafter = drafter;
    this.entities = entities;
    this.neighbours = neighbours;
    this.log = log;
  }

  /** One held-back ticket's candidate draft: its features, language, and how close it came to the real reply. */
  record Example(double[] features, String language, double similarity, boolean rightIntent) {}

  /** Empty when the knowledge base is too small to learn from (the drafter then keeps its fixed cosine gates). */
  public Optional<DraftGate> fit(List<LabelledTicket> solved, double targetPrecision, long seed) {
    List<LabelledTicket> sample = new ArrayList<>(solved);
    Collections.shuffle(sample, new Random(seed));
    if (sample.size() > MAX_HELD_BACK) sample = sample.subList(0, MAX_HELD_BACK);
    if (sample.size() < MIN_EXAMPLES) return Optional.empty();
    long start = System.nanoTime();
    List<Example> replies = new ArrayList<>();
    List<Example> articles = new ArrayList<>();
    Progress progress = new Progress("draft gate: drafting held-back tickets", sample.size(), log);
    for (LabelledTicket held : sample) {
      progress.advance(1);
      String language = detector.detect(held.text()).code();
      Retrieved found = index.search(new SearchRequest(held.text(), held.vector(), language, TriagePipeline.SIMILAR_TICKETS + 1,
          neighbours + 1, TriagePipeline.ARTICLES, TriagePipeline.SAME_LANGUAGE_TICKETS + 1));
      Optional<SolvedTicket> self = found.similarTickets().stream().map(TicketHit::ticket).filter(t -> t.id() == held.id()).findFirst()
          .or(() -> found.neighbours().stream().map(TicketHit::ticket).filter(t -> t.id() == held.id()).findFirst())
          .or(() -> found.sameLanguage().stream().map(TicketHit::ticket).filter(t -> t.id() == held.id()).findFirst());
      if (self.isEmpty() || self.get().resolution().isBlank()) continue;
      SolvedTicket t = self.get();
      Retrieved rest = new Retrieved(without(found.similarTickets(), held.id(), TriagePipeline.SIMILAR_TICKETS),
          without(found.neighbours(), held.id(), neighbours), found.articles(), found.docs(),
          without(found.sameLanguage(), held.id(), TriagePipeline.SAME_LANGUAGE_TICKETS));
      // the intent as triage would have it with no classifier: the neighbours' vote, abstained under 0.6
      ExtractiveDrafter.Vote vote = ExtractiveDrafter.Vote.of(rest.neighbours());
      Optional<String> intent = vote.share() >= 0.6 ? vote.intent() : Optional.empty();
      TicketText asSent = new TicketText(t.subject(), t.customerText(), List.of(), Optional.empty());
      DraftRequest request = new DraftRequest(t.language(), t.subject(), t.customerText(), rest, intent,
          intent.isPresent() ? vote.share() : 0, Optional.empty(), entities.find(asSent, t.customerText()), Optional.empty());
      ExtractiveDrafter.Proposal proposal = drafter.propose(request);
      String truth = t.labels().get("intent");
      proposal.reply().ifPresent(c -> {
        boolean right = truth != null && c.sourceIntent().filter(truth::equals).isPresent();
        replies.add(new Example(c.features().values(), t.language(), TextScores.rougeL(c.body(), t.resolution()), right));
      });
      proposal.article().ifPresent(c ->
          articles.add(new Example(c.features().values(), t.language(), TextScores.rougeL(c.body(), t.resolution()), false)));
    }
    progress.finish();
    Map<String, Double> usable = usableRougeL(replies);
    Optional<DraftGate.Model> reply = model(replies, usable, GateFeatures.REPLY, targetPrecision);
    Optional<DraftGate.Model> article = model(articles, usable, GateFeatures.ARTICLE, targetPrecision);
    if (reply.isEmpty()) return Optional.empty();
    DraftGate.Model none = new DraftGate.Model(GateFeatures.ARTICLE, new double[GateFeatures.ARTICLE.size()],
        Map.of(), Map.of(), 1.01, 0, 0, 0);
    DraftGate gate = new DraftGate(reply.get(), article.orElse(none), usable, replies.size());
    LOG.info(String.format(java.util.Locale.ROOT, "event=draft_gate_fitted held_back=%d seconds=%.1f reply_threshold=%.2f "
            + "reply_precision=%.2f reply_coverage=%.2f article_threshold=%.2f usable_rouge_l=%s", replies.size(),
        (System.nanoTime() - start) / 1e9, gate.reply().threshold(), gate.reply().heldBackPrecision(), gate.reply().heldBackCoverage(),
        gate.article().threshold(), usable));
    return Optional.of(gate);
  }

  private static List<TicketHit> without(List<TicketHit> hits, long id, int limit) {
    List<TicketHit> out = new ArrayList<>();
    for (TicketHit h : hits) if (h.ticket().id() != id && out.size() < limit) out.add(h);
    return out;
  }

  /**
   * Per language, the bar a draft must clear to count as usable (see the class comment): the
   * {@value #USABLE_QUANTILE} quantile of the right-intent drafts in that language when it has
   * {@value #MIN_LANGUAGE_EXAMPLES} of them, else of all languages' right-intent drafts ("other").
   */
  static Map<String, Double> usableRougeL(List<Example> replies) {
    Map<String, List<Double>> right = new TreeMap<>();
    List<Double> pooled = new ArrayList<>();
    for (Example e : replies) {
      if (!e.rightIntent()) continue;
      right.computeIfAbsent(e.language(), k -> new ArrayList<>()).add(e.similarity());
      pooled.add(e.similarity());
    }
    Map<String, Double> out = new TreeMap<>();
    out.put("other", pooled.size() >= MIN_LANGUAGE_EXAMPLES ? quantile(pooled, USABLE_QUANTILE) : FIXED_USABLE_ROUGE_L);
    right.forEach((lang, sims) -> {
      if (sims.size() >= MIN_LANGUAGE_EXAMPLES) out.put(lang, quantile(sims, USABLE_QUANTILE));
    });
    return out;
  }

  private static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return Math.round(sorted.get((int) Math.floor(q * (sorted.size() - 1))) * 1000) / 1000.0;
  }

  private static boolean usable(Example e, Map<String, Double> bar) {
    return e.similarity() >= bar.getOrDefault(e.language(), bar.get("other"));
  }

  /** Logistic regression (LIBLINEAR) on the shared features, a one-hot language intercept and a per-language cosine slope. */
  private Optional<DraftGate.Model> model(List<Example> examples, Map<String, Double> bar, List<String> features, double target) {
    if (examples.size() < MIN_EXAMPLES) return Optional.empty();
    long positives = examples.stream().filter(e -> usable(e, bar)).count();
    if (positives == 0 || positives == examples.size()) return Optional.empty();
    Map<String, Integer> count = new TreeMap<>();
    for (Example e : examples) count.merge(e.language(), 1, Integer::sum);
    List<String> languages = new ArrayList<>();
    count.forEach((l, n) -> {
      if (n >= MIN_LANGUAGE_EXAMPLES) languages.add(l);
    });
    languages.add("other");
    int k = features.size();
    Problem problem = new Problem();
    problem.l = examples.size();
    problem.n = k + 2 * languages.size();
    problem.bias = -1; // the one-hot language columns are the intercepts
    problem.x = new Feature[examples.size()][];
    problem.y = new double[examples.size()];
    for (int i = 0; i < examples.size(); i++) {
      problem.x[i] = row(examples.get(i), languages, k);
      problem.y[i] = usable(examples.get(i), bar) ? 1 : 0;
    }
    Model m = Linear.train(problem, new Parameter(SolverType.L2R_LR, C, 0.001));
    int positiveLabel = m.getLabels()[0] == 1 ? 1 : -1; // LIBLINEAR's weights score its first label
    double[] w = m.getFeatureWeights();
    double[] weights = new double[k];
    for (int j = 0; j < k; j++) weights[j] = positiveLabel * w[j];
    Map<String, Double> intercepts = new LinkedHashMap<>();
    Map<String, Double> slopes = new LinkedHashMap<>();
    for (int l = 0; l < languages.size(); l++) {
      intercepts.put(languages.get(l), positiveLabel * w[k + l]);
      slopes.put(languages.get(l), positiveLabel * w[k + languages.size() + l]);
    }
    DraftGate.Model fitted = new DraftGate.Model(features, weights, intercepts, slopes, 1, 0, 0, examples.size());
    // in-sample probabilities: a handful of weights on hundreds of examples, little room to overfit
    List<double[]> scored = new ArrayList<>(); // {p, usable}
    for (Example e : examples) {
      scored.add(new double[] {fitted.probability(new GateFeatures(e.features()), e.language()),
          usable(e, bar) ? 1 : 0});
    }
    double threshold = 1.01;
    double precision = 0, coverage = 0;
    scored.sort(Comparator.comparingDouble(s -> s[0]));
    for (int i = 0; i < scored.size(); i++) {
      if (i > 0 && scored.get(i)[0] == scored.get(i - 1)[0]) continue;
      double good = 0;
      for (int j = i; j < scored.size(); j++) good += scored.get(j)[1];
      double prec = good / (scored.size() - i);
      if (prec >= target - 1e-12) {
        threshold = scored.get(i)[0];
        precision = prec;
        coverage = (scored.size() - i) / (double) scored.size();
        break;
      }
    }
    return Optional.of(new DraftGate.Model(features, weights, intercepts, slopes, threshold, round(precision), round(coverage), examples.size()));
  }

  private static Feature[] row(Example e, List<String> languages, int k) {
    double[] x = e.features();
    int lang = languages.indexOf(e.language());
    if (lang < 0) lang = languages.size() - 1;
    List<Feature> row = new ArrayList<>();
    for (int j = 0; j < k; j++) if (x[j] != 0) row.add(new FeatureNode(j + 1, x[j]));
    row.add(new FeatureNode(k + lang + 1, 1));
    if (x[0] != 0) row.add(new FeatureNode(k + languages.size() + lang + 1, x[0]));
    return row.toArray(new Feature[0]);
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
