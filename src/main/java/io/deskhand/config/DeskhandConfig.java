package io.deskhand.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole typed configuration; each feature receives only its slice. */
public record DeskhandConfig(
    Server server,
    Path dataDir,
    Path modelsDir,
    Path demoDir,
    Mode mode,
    Zendesk zendesk,
    Embedding embedding,
    Llm llm,
    Languages languages,
    Classifier classifier,
    Drafting drafting) {

  public enum Mode { SHADOW, NOTE, APPLY }

  public record Server(int port, Optional<Secret> apiKey, long maxBodyBytes) {}

  public record Zendesk(Optional<URI> url, Optional<String> email, Optional<Secret> token, Optional<Secret> webhookSecret) {}

  /**
   * @param model bundled model name, or {@code onnx} for a user-supplied model under models/
   * @param intraOpThreads ONNX Runtime threads per inference call; 1 plus one worker per core measured fastest on 2 cores
   */
  public record Embedding(String model, Optional<Path> modelPath, Optional<Path> tokenizerPath, String pooling,
                          int intraOpThreads, int workers) {}

  public record Llm(String provider, Optional<URI> baseUrl, Optional<String> model, Optional<Secret> apiKey) {}

  /** @param supported languages the models and knowledge base are meant to cover; others are abstained on */
  public record Languages(List<String> supported, List<String> detect) {}

  /**
   * @param intentCustomFieldId Zendesk custom field holding the agent-confirmed intent, if any
   * @param intentTagPrefix tag prefix carrying the intent (Zendesk's own triage writes intent__...)
   * @param thresholds per-field confidence under which Deskhand abstains
   * @param maxTrainingTickets the newest N solved tickets train the linear models (bounds ingest memory)
   */
  public record Classifier(Optional<Long> intentCustomFieldId, String intentTagPrefix, Map<String, Double> thresholds,
                           int neighbours, int maxTrainingTickets, int minLabelledTickets) {
    public double threshold(String field) {
      return thresholds.getOrDefault(field, thresholds.getOrDefault("default", 0.6));
    }
  }

  /** @param minTicketSimilarity cosine under which a solved ticket is not close enough to draft from */
  public record Drafting(double minTicketSimilarity, double minArticleSimilarity) {}
}
