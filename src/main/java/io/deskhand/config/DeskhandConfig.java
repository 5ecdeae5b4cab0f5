package io.deskhand.config;

import io.deskhand.ticket.Field;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
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
    Drafting drafting,
    Jobs jobs,
    Policy policy,
    Sync sync) {

  /**
   * This configuration with some sections replaced, e.g. {@code config.with(b -> b.dataDir(work).llm(none))}: a command
   * that runs on its own copy (bench, eval) names only what differs, so a new section needs no change there.
   */
  public DeskhandConfig with(java.util.function.UnaryOperator<Builder> changes) {
    return changes.apply(new Builder(this)).build();
  }

  /** The sections of a configuration, to replace some of them (see {@link #with}). */
  public static final class Builder {
    private Server server;
    private Path dataDir;
    private Path modelsDir;
    private Path demoDir;
    private Mode mode;
    private Zendesk zendesk;
    private Embedding embedding;
    private Llm llm;
    private Languages languages;
    private Classifier classifier;
    private Drafting drafting;
    private Jobs jobs;
    private Policy policy;
    private Sync sync;

    private Builder(DeskhandConfig c) {
      server = c.server;
      dataDir = c.dataDir;
      modelsDir = c.modelsDir;
      demoDir = c.demoDir;
      mode = c.mode;
      zendesk = c.zendesk;
      embedding = c.embedding;
      llm = c.llm;
      languages = c.languages;
      classifier = c.classifier;
      drafting = c.drafting;
      jobs = c.jobs;
      policy = c.policy;
      sync = c.sync;
    }

    public Builder dataDir(Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    public Builder llm(Llm llm) {
      this.llm = llm;
      return this;
    }

    public Builder classifier(Classifier classifier) {
      this.classifier = classifier;
      return this;
    }

    DeskhandConfig build() {
      return new DeskhandConfig(server, dataDir, modelsDir, demoDir, mode, zendesk, embedding, llm, languages, classifier,
          drafting, jobs, policy, sync);
    }
  }

  public enum Mode { SHADOW, NOTE, APPLY }

  /** @param schedule how often {@code serve} syncs from Zendesk in the background; empty: never (the default) */
  public record Sync(Optional<Duration> schedule) {
    public static Sync off() {
      return new Sync(Optional.empty());
    }
  }


  /**
   * @param bind the address to listen on: 127.0.0.1 (this host only) by default, 0.0.0.0 for every interface
   * @param metricsRequireKey /metrics asks for the API key too (default: when one is set)
   */
  public record Server(int port, Optional<Secret> apiKey, long maxBodyBytes, String bind, HttpLimits limits,
                       boolean metricsRequireKey) {
    public Server(int port, Optional<Secret> apiKey, long maxBodyBytes) {
      this(port, apiKey, maxBodyBytes, "127.0.0.1", HttpLimits.defaults(), apiKey.isPresent());
    }
  }

  /**
   * What one client can hold of a running service.
   *
   * @param idleTimeoutSeconds a connection that sends nothing for this long is closed
   * @param readTimeoutSeconds a request's head, and then its body, must each arrive whole within this long
   * @param maxHeaderBytes request line and headers together
   * @param maxConcurrentTriage /api/triage requests handled at once; more get 503 at once instead of queueing for a core
   */
  public record HttpLimits(int idleTimeoutSeconds, int readTimeoutSeconds, int maxHeaderBytes, int maxConcurrentTriage) {
    public static HttpLimits defaults() {
      return new HttpLimits(30, 5, 8192, Math.max(8, 4 * Runtime.getRuntime().availableProcessors()));
    }
  }

  /**
   * @param requestsPerMinute client-side budget; 200 is the smallest plan's account limit
   * @param incrementalRequestsPerMinute budget for /incremental/* (Zendesk allows 10/min without High Volume)
   * @param webhookReplayWindowSeconds webhook signatures older or newer than this are rejected
   * @param updateRequestsPerMinute budget for Update Ticket, which has an account limit of its own (100/min, 300 with
   *     High Volume) shared with the agents' edits
   */
  public record Zendesk(Optional<URI> url, Optional<String> email, Optional<Secret> token, Optional<Secret> webhookSecret,
                        int requestsPerMinute, int incrementalRequestsPerMinute, int maxAttempts, int timeoutSeconds,
                        int webhookReplayWindowSeconds, int updateRequestsPerMinute) {
    public Zendesk(Optional<URI> url, Optional<String> email, Optional<Secret> token, Optional<Secret> webhookSecret) {
      this(url, email, token, webhookSecret, 200, 10, 5, 30, 300);
    }

    public Zendesk(Optional<URI> url, Optional<String> email, Optional<Secret> token, Optional<Secret> webhookSecret,
                   int requestsPerMinute, int incrementalRequestsPerMinute, int maxAttempts, int timeoutSeconds,
                   int webhookReplayWindowSeconds) {
      this(url, email, token, webhookSecret, requestsPerMinute, incrementalRequestsPerMinute, maxAttempts, timeoutSeconds,
          webhookReplayWindowSeconds, 100);
    }

    /** URL, email and token all set: Deskhand can call the API. */
    public boolean configured() {
      return url.isPresent() && email.isPresent() && token.isPresent();
    }
  }

  /**
   * @param workers jobs processed at once
   * @param maxAttempts a job that failed this many times ends {@code failed}
   * @param leaseSeconds a job {@code running} for longer than this at start-up is assumed orphaned and re-queued
   * @param syncEachWebhook sync every accepted job to disk before answering (survives power loss, ack waits for the
   *     disk); otherwise an accepted job survives a crash of the process at once and a power loss after the next
   *     checkpoint, at most a second later
   */
  public record Jobs(int workers, int maxAttempts, int leaseSeconds, boolean syncEachWebhook) {
    public static Jobs defaults() {
      return new Jobs(2, 8, 300, false);
    }
  }

  /**
   * What apply mode may write. Fields abstained on, or under their minimum confidence here, are never written.
   *
   * @param minConfidence field (intent, priority, group) -> minimum confidence to act on it
   * @param intentTags intent label -> extra tags to add when that intent is predicted
   * @param priorities priorities Deskhand may set (e.g. never urgent)
   * @param groups group name -> Zendesk group id that Deskhand may route to; empty: any group it knows the id of
   * @param entityFields entity kind (models/entities.yaml: order_number, tracking_number...) -> Zendesk custom field id
   *     that apply mode writes the ticket's reference of that kind to
   */
  public record Policy(Map<String, Double> minConfidence, Map<String, List<String>> intentTags, List<String> priorities,
                       Map<String, Long> groups, Map<String, Long> entityFields) {
    public Policy {
      minConfidence = Map.copyOf(minConfidence);
      intentTags = Map.copyOf(intentTags);
      priorities = List.copyOf(priorities);
      groups = Map.copyOf(groups);
      entityFields = Map.copyOf(entityFields);
    }

    public Policy(Map<String, Double> minConfidence, Map<String, List<String>> intentTags, List<String> priorities,
                  Map<String, Long> groups) {
      this(minConfidence, intentTags, priorities, groups, Map.of());
    }

    public static Policy defaults() {
      return new Policy(Map.of(Field.INTENT.key(), 0.7, Field.PRIORITY.key(), 0.8, Field.GROUP.key(), 0.8), Map.of(), List.of("low", "normal", "high"), Map.of());
    }

    public double minConfidence(String field) {
      return minConfidence.getOrDefault(field, 0.8);
    }
  }

  /**
   * @param model bundled model name, or {@code onnx} for a user-supplied model under models/
   * @param intraOpThreads ONNX Runtime threads per inference call; 1 plus one worker per core measured fastest on 2 cores
   */
  public record Embedding(String model, Optional<Path> modelPath, Optional<Path> tokenizerPath, String pooling,
                          int intraOpThreads, int workers, Optional<ModelServer> server) {
    public Embedding {
      server = server == null ? Optional.empty() : server;
    }

    public Embedding(String model, Optional<Path> modelPath, Optional<Path> tokenizerPath, String pooling,
                     int intraOpThreads, int workers) {
      this(model, modelPath, tokenizerPath, pooling, intraOpThreads, workers, Optional.empty());
    }

    /** Embeddings come from a model server ({@code embedding.model: ollama | openai}), not an ONNX model in process. */
    public boolean fromServer() {
      return server.isPresent();
    }
  }

  /**
   * An embedding model on a model server.
   *
   * @param baseUrl Ollama's root (http://localhost:11434) or an OpenAI-compatible API up to /v1
   * @param modelName the server's model, e.g. bge-m3 on Ollama
   * @param batchSize texts per request during ingest
   */
  public record ModelServer(URI baseUrl, String modelName, Optional<Secret> apiKey, int batchSize, int timeoutSeconds) {}

  /**
   * A language model on a model server; {@code provider} none means Deskhand drafts without one.
   *
   * @param timeoutSeconds the whole budget of one call, retries included: triage never waits longer for the model
   * @param contextTokens the model's context window: the prompt is cut to fit it with the answer
   * @param redact auto (personal data replaced before it leaves for a server that is not on a loopback address),
   *     always or never
   * @param agentLanguage the agents' language: a ticket in another one gets a translation
   * @param summaryFieldId Zendesk custom field that apply mode writes the summary to
   * @param maxAttempts attempts of a call on 429, 5xx and timeouts, within {@code timeoutSeconds}
   * @param circuitOpenSeconds after repeated failures, how long drafts are extractive without trying the server
   */
  public record Llm(String provider, Optional<URI> baseUrl, Optional<String> model, Optional<Secret> apiKey,
                    double temperature, int timeoutSeconds, int maxOutputTokens, int contextTokens, String redact,
                    Optional<String> agentLanguage, Optional<Long> summaryFieldId, int maxAttempts, int circuitOpenSeconds) {
    public Llm(String provider, Optional<URI> baseUrl, Optional<String> model, Optional<Secret> apiKey) {
      this(provider, baseUrl, model, apiKey, 0.2, 20, 600, 8192, "auto", Optional.empty(), Optional.empty(), 3, 30);
    }

    public boolean configured() {
      return !"none".equals(provider);
    }
  }

  /**
   * @param supported languages the models and knowledge base are meant to cover; others are abstained on
   * @param highAccuracy Lingua's high-accuracy mode: better on texts of a few words, 175 MB more heap, 0.6 ms more
   */
  public record Languages(List<String> supported, List<String> detect, boolean highAccuracy) {}

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
  /**
   * @param minTicketSimilarity, minArticleSimilarity a team's floors: no source under them is reused, whatever the
   *     learned draft gate says (unset: the gate decides alone)
   * @param targetPrecision the share of drafts that should be usable: the learned gate drafts from the lowest
   *     probability at which its held-back drafts reached it
   */
  public record Drafting(Optional<Double> minTicketSimilarity, Optional<Double> minArticleSimilarity, double targetPrecision) {}
}
