package io.deskhand.draft;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The learned decision to draft: the probability that a candidate draft is usable (close enough to what the agent
 * would have written), from what is known at triage time. Fitted at ingest by drafting each of a sample of solved
 * tickets from the others and scoring the draft against that ticket's real reply (see DraftGateTraining in
 * triage/). One logistic model for reused replies and one for article-only drafts; each has a weight per feature,
 * shared across languages, plus an intercept and a cosine slope per language (the bundled embedding is English-only,
 * so French, German and Spanish neighbours sit lower on the same cosine scale).
 *
 * @param reply model for a reused solved-ticket reply
 * @param article model for a draft from a help-center section alone
 * @param usableRougeL per language, the ROUGE-L F1 against the real reply above which a draft counted as usable
 *     when the gate was fitted
 */
public record DraftGate(Model reply, Model article, Map<String, Double> usableRougeL, int heldBack) {
  public static final String FILE = "draft-gate.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * @param weights one per feature of {@link GateFeatures}
   * @param intercepts language -> intercept ("other" for languages with too few examples)
   * @param cosineSlopes language -> extra weight on the cosine feature
   * @param threshold draft when the probability is at least this (the lowest probability at which the held-back
   *     drafts reached the target precision)
   * @param heldBackPrecision precision of "usable" among held-back drafts at that threshold, and coverage their share
   */
  public record Model(List<String> features, double[] weights, Map<String, Double> intercepts, Map<String, Double> cosineSlopes,
                      double threshold, double heldBackPrecision, double heldBackCoverage, int examples) {
    public Model {
      features = List.copyOf(features);
      weights = weights.clone();
      intercepts = Map.copyOf(intercepts);
      cosineSlopes = Map.copyOf(cosineSlopes);
      if (weights.length != features.size()) throw new IllegalArgumentException(
          "draft gate has " + weights.length + " weights for " + features.size() + " features");
    }

    public double probability(GateFeatures f, String language) {
      double[] x = f.values();
      String lang = intercepts.containsKey(language) ? language : "other";
      double z = intercepts.getOrDefault(lang, 0.0) + cosineSlopes.getOrDefault(lang, 0.0) * x[0];
      for (int i = 0; i < weights.length; i++) z += weights[i] * x[i];
      return 1 / (1 + Math.exp(-z));
    }
  }

  public void save(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path tmp = dir.resolve(FILE + ".tmp");
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), this);
    Files.move(tmp, dir.resolve(FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * The gate saved in {@code dir}, if any and readable and fitted on today's features (an unreadable one, or one an
   * earlier version fitted on other features, is left unused: the fixed gates decide until the next ingest refits it).
   */
  public static Optional<DraftGate> load(Path dir) {
    Path f = dir.resolve(FILE);
    if (!Files.isRegularFile(f)) return Optional.empty();
    try {
      DraftGate g = JSON.readValue(f.toFile(), DraftGate.class);
      boolean current = g.reply().features().equals(GateFeatures.REPLY) && g.article().features().equals(GateFeatures.ARTICLE);
      return current ? Optional.of(g) : Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public static void delete(Path dir) throws IOException {
    Files.deleteIfExists(dir.resolve(FILE));
  }
}
