package io.deskhand;

import io.deskhand.classify.Classifiers;
import io.deskhand.classify.LabelDescriptions;
import io.deskhand.classify.PrototypeModel;
import io.deskhand.clean.TextCleaner;
import io.deskhand.config.ConfigException;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.ModelFiles;
import io.deskhand.draft.DraftGate;
import io.deskhand.draft.Drafter;
import io.deskhand.draft.DraftingPhrases;
import io.deskhand.entity.EntityExtractor;
import io.deskhand.entity.EntityRules;
import io.deskhand.entity.TicketEntities;
import io.deskhand.draft.ExtractiveDrafter;
import io.deskhand.embedding.Embedder;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.embedding.ServerEmbedder;
import io.deskhand.embedding.TimedEmbedder;
import io.deskhand.entity.EntityExtractor;
import io.deskhand.entity.EntityRules;
import io.deskhand.entity.TicketEntities;
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.index.TicketLabels;
import io.deskhand.jobs.JobStore;
import io.deskhand.knowledge.ClassifierTraining;
import io.deskhand.knowledge.DraftGateTrainer;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.language.LanguageDetector;
import io.deskhand.language.LinguaLanguageDetector;
import io.deskhand.llm.GuardedLanguageModel;
import io.deskhand.llm.LangChainLanguageModel;
import io.deskhand.llm.LlmAssistant;
import io.deskhand.llm.LlmDrafter;
import io.deskhand.llm.LlmPrompts;
import io.deskhand.llm.LlmUsage;
import io.deskhand.modelserver.Privacy;
import io.deskhand.ticket.GroupDirectory;
import io.deskhand.triage.DraftGateTraining;
import io.deskhand.triage.TriagePipeline;
import io.deskhand.zendesk.HttpZendeskClient;
import io.deskhand.zendesk.ZendeskClient;
import io.deskhand.zendesk.ZendeskSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.LockObtainFailedException;
import io.deskhand.jobs.JobStore;
import io.deskhand.zendesk.HttpZendeskClient;
import io.deskhand.zendesk.ZendeskAuthState;
import io.deskhand.zendesk.ZendeskClient;
import io.deskhand.zendesk.ZendeskSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The object graph, built once by {@link Main}: embedder, language detector, cleaner, the knowledge base (index,
 * groups, learned models), drafters (extractive, and a language model's when configured) and the triage pipeline on top. Wiring only: what the knowledge holds and how it
 * changes is {@link KnowledgeBase}'s. Commands take the parts they need and close it at the end.
 */
public final class Services implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Services.class);
  static final String VERSION = Optional.ofNullable(Services.class.getPackage().getImplementationVersion()).orElse("dev");

  private final DeskhandConfig config;
  private final PrintStream log;
  private final Embedder embedder;
  private final LanguageDetector detector;
  private final KnowledgeBase knowledge;
  private final TriagePipeline pipeline;
  /** The pipeline with the extractive drafter and nothing from a language model (eval's default, and its baseline). */
  private final TriagePipeline extractivePipeline;
  private final Optional<LanguageModelParts> llm;
  private final TicketEntities entities;
  /** The published revision's learned draft gate; empty until one is fitted (the drafter keeps fixed cosine gates). */
  private final AtomicReference<Optional<DraftGate>> draftGate = new AtomicReference<>(Optional.empty());
  private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private JobStore jobStore;
  private HttpZendeskClient zendesk;
  private final ZendeskAuthState zendeskAuth = new ZendeskAuthState();

  public Services(DeskhandConfig config, PrintStream log) {
    this.config = config;
    this.log = log;
    try {
      Files.createDirectories(config.dataDir());
      ModelFiles models = new ModelFiles(config.modelsDir(), config.dataDir());
      this.embedder = new TimedEmbedder(config.embedding().server()
          .<Embedder>map(server -> ServerEmbedder.create(config.embedding().model(), server,
              Privacy.forServer(config.llm().redact(), server.baseUrl())))
          .orElseGet(() -> OnnxEmbedder.create(config.embedding(), config.modelsDir())), meters);
      this.detector = detector(config.languages());
      TextCleaner cleaner = TextCleaner.fromFile(models.resolve("cleaning.yaml"));
      Path describedGroupsFile = config.modelsDir().resolve("groups.yaml");
      Map<Long, String> describedGroupIds = new HashMap<>();
      Optional<PrototypeModel> describedGroups = Optional.empty();
      if (Files.isRegularFile(describedGroupsFile)) {
        describedGroups = Optional.of(PrototypeModel.build("group", LabelDescriptions.read(describedGroupsFile, "groups"), embedder));
        LabelDescriptions.ids(describedGroupsFile, "groups").forEach((name, id) -> describedGroupIds.put(id, name));
      }
      Path taxonomy = models.resolve("taxonomy.yaml");
      Path tone = models.resolve("tone.yaml");
      Classifiers classifiers = new Classifiers(Optional.empty(),
          PrototypeModel.build("intent", LabelDescriptions.read(taxonomy, "intents"), embedder),
          PrototypeModel.build("tone", LabelDescriptions.read(tone, "tones"), embedder),
          PrototypeModel.build("priority", LabelDescriptions.read(tone, "urgency"), embedder),
          LabelDescriptions.groups(taxonomy), describedGroups);
      EntityRules entityRules = EntityRules.fromFile(models.resolve("entities.yaml"));
      for (String kind : config.policy().entityFields().keySet()) {
        List<String> exposed = entityRules.kinds().stream().filter(EntityRules.Kind::exposed).map(EntityRules.Kind::name).toList();
        if (!exposed.contains(kind)) {
          throw new ConfigException("policy.entity_fields." + kind + ": no such entity kind in models/entities.yaml (kinds: "
              + String.join(", ", exposed) + ")");
        }
      }
      this.entities = new TicketEntities(new EntityExtractor(entityRules));
      var drafter = new ExtractiveDrafter(DraftingPhrases.fromFile(models.resolve("drafting.yaml")), detector,
          entities.extractor(), new ExtractiveDrafter.Floors(config.drafting().minTicketSimilarity(),
              config.drafting().minArticleSimilarity()), draftGate::get,
          // how the reply to reuse is picked: FUSED won in eval/RESULTS.md; the others stay to re-run that comparison
          ExtractiveDrafter.Choice.valueOf(System.getProperty("deskhand.draft.choice", "FUSED")));
      LuceneKnowledgeIndex index = LuceneKnowledgeIndex.openStaged(config.dataDir().resolve("lucene"), embedder, log);
      // Lingua runs its n-gram scoring on the common pool; detection started there runs that work in the same thread
      this.extractivePipeline = new TriagePipeline(cleaner, detector, embedder, index, classifiers, drafter, config.classifier(),
          config.languages().supported(), this::groups, ForkJoinPool.commonPool(), entities);
      this.llm = config.llm().configured() ? Optional.of(LanguageModelParts.create(config.llm(), models, detector, drafter, meters))
          : Optional.empty();
      this.pipeline = llm.map(l -> extractivePipeline.withDrafter(l.drafter()).withAssistant(l.assistant())).orElse(extractivePipeline);
      // the learned models, fitted in this order on each revision: the draft gate drafts held-back tickets without them
      ClassifierTraining classifierTraining = new ClassifierTraining(config.classifier(), embedder,
          () -> pipeline.classifiers().taxonomy(), () -> pipeline.classifiers().signalModels(), learned -> pipeline.useClassifiers(pipeline.classifiers().withLearned(learned)), log);
      DraftGateTrainer draftGateTraining = new DraftGateTrainer(config.classifier().maxTrainingTickets(), config.classifier().neighbours(),
          config.drafting().targetPrecision(), detector, drafter, entities, draftGate::set, log);
      TicketLabels labels = new TicketLabels(config.classifier().intentCustomFieldId(), config.classifier().intentTagPrefix());
      this.knowledge = KnowledgeBase.open(new KnowledgeBase.Parts(config.dataDir(), config.demoDir(), embedder, cleaner, detector,
          labels, describedGroupIds, List.of(classifierTraining, draftGateTraining)), index, log);
    } catch (LockObtainFailedException e) {
      throw new IllegalStateException("the index in " + config.dataDir() + " is in use by another Deskhand process (a running "
          + "serve, ingest or sync): while serve runs, ask it with POST /api/admin/ingest or /api/admin/sync; otherwise "
          + "stop that process first, or give this one another data_dir", e);
    } catch (FileAlreadyExistsException | NotDirectoryException e) {
      throw new ConfigException("config key 'data_dir': " + config.dataDir() + " is a file, not a folder");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the data dir " + config.dataDir() + ": " + e.getMessage(), e);
    }
  }

  /** Lingua for the configured languages; one it has no model for is a configuration error, named as such. */
  private static LanguageDetector detector(DeskhandConfig.Languages languages) {
    try {
      return new LinguaLanguageDetector(detectLanguages(languages), languages.highAccuracy());
    } catch (IllegalArgumentException e) {
      throw new ConfigException("config keys 'languages.supported' and 'languages.detect': "
          + e.getMessage() + " (Lingua has no model for it)");
    }
  }

  /** Detection also knows a few unsupported languages, so a ticket in one of them is recognised and abstained on. */
  private static List<String> detectLanguages(DeskhandConfig.Languages languages) {
    List<String> all = new ArrayList<>(languages.supported());
    for (String l : languages.detect()) if (!all.contains(l)) all.add(l);
    if (all.size() < 2) all.add(all.contains("en") ? "fr" : "en");
    return all;
  }

  /** The published revision's groups, for the pipeline (built before the knowledge base it reads them from). */
  private GroupDirectory groups() {
    return knowledge.groups();
  }

  public DeskhandConfig config() {
    return config;
  }

  public Embedder embedder() {
    return embedder;
  }

  public LanguageDetector detector() {
    return detector;
  }

  /** What the index knows and how it changes: ingest, sync, the demo, retraining. */
  public KnowledgeBase knowledge() {
    return knowledge;
  }

  /** The published revision's learned draft gate, once one is fitted. */
  public Optional<DraftGate> draftGate() {
    return draftGate.get();
  }

  public TicketEntities entities() {
    return entities;
  }

  public TriagePipeline pipeline() {
    return pipeline;
  }

  /** The pipeline without a language model: extractive drafts, no summary or translation. */
  public TriagePipeline extractivePipeline() {
    return extractivePipeline;
  }

  /** The pipeline for a redraft on an agent's request: with a language model, its drafter follows {@code instructions}. */
  public TriagePipeline redraftPipeline(Optional<String> instructions) {
    return instructions.flatMap(i -> llm.map(l -> pipeline.withDrafter(l.drafter().following(i)))).orElse(pipeline);
  }

  /** The LLM drafter (over the extractive one), when llm.provider is set. */
  public Optional<Drafter> llmDrafter() {
    return llm.map(LanguageModelParts::drafter);
  }

  /** off (no llm.provider), ok, or open-circuit (the model server failed repeatedly), as /health says it. */
  public String llmState() {
    return llm.map(l -> l.model().state()).orElse("off");
  }

  /** Model server calls and tokens since start, when llm.provider is set. */
  public Optional<LlmUsage> llmUsage() {
    return llm.map(l -> l.model().usage());
  }

  public String version() {
    return VERSION;
  }

  /** The one meter registry, scraped at /metrics. */
  public PrometheusMeterRegistry meters() {
    return meters;
  }

  /** The durable job queue, {data_dir}/jobs.db, opened on first use. */
  public synchronized JobStore jobStore() {
    if (jobStore == null) jobStore = JobStore.open(config.dataDir().resolve("jobs.db"), Clock.systemUTC(),
        config.jobs().syncEachWebhook() ? JobStore.Durability.SYNC_EACH : JobStore.Durability.CHECKPOINT);
    return jobStore;
  }

  /** The Zendesk API client, when zendesk.url, zendesk.email and zendesk.token are configured. */
  public synchronized Optional<ZendeskClient> zendesk() {
    return httpZendesk().map(c -> c);
  }

  /**
   * The same client for the job worker: one attempt per call, as the worker schedules retries in the job store
   * rather than waiting in a thread; budgets and pacing are shared with {@link #zendesk()}.
   */
  public synchronized Optional<ZendeskClient> zendeskForJobs() {
    return httpZendesk().map(HttpZendeskClient::withoutRetries);
  }

  /** Whether Zendesk accepts the configured credentials, as its last answers said (for /health and the worker). */
  public ZendeskAuthState zendeskAuth() {
    return zendeskAuth;
  }

  private Optional<HttpZendeskClient> httpZendesk() {
    DeskhandConfig.Zendesk z = config.zendesk();
    if (!z.configured()) return Optional.empty();
    if (zendesk == null) {
      zendesk = new HttpZendeskClient(new ZendeskSettings(z.url().get(), z.email().get(), z.token().get(), z.requestsPerMinute(),
          z.incrementalRequestsPerMinute(), z.maxAttempts(), Duration.ofSeconds(1), Duration.ofSeconds(60),
          Duration.ofSeconds(z.timeoutSeconds()), z.updateRequestsPerMinute()), meters, zendeskAuth);
    }
    return Optional.of(zendesk);
  }

  /** The language-model part of the graph: one guarded model serves the drafter, the summary and the translation. */
  private record LanguageModelParts(GuardedLanguageModel model, LlmDrafter drafter, LlmAssistant assistant) {
    static LanguageModelParts create(DeskhandConfig.Llm cfg, ModelFiles models, LanguageDetector detector, Drafter extractive,
                                     PrometheusMeterRegistry meters) {
      GuardedLanguageModel model = new GuardedLanguageModel(LangChainLanguageModel.create(cfg),
          GuardedLanguageModel.Settings.of(cfg.timeoutSeconds(), cfg.maxAttempts(), cfg.circuitOpenSeconds()), meters);
      LlmPrompts prompts = LlmPrompts.fromFiles(models.resolve("llm-prompts.yaml"), models.resolve("voice.yaml"));
      Privacy privacy = Privacy.forServer(cfg.redact(), cfg.baseUrl().orElseThrow());
      return new LanguageModelParts(model,
          new LlmDrafter(extractive, model, prompts, privacy, detector, new LlmDrafter.Settings(cfg.maxOutputTokens(), cfg.contextTokens()), meters),
          new LlmAssistant(model, prompts, privacy, detector, cfg.agentLanguage(), cfg.maxOutputTokens()));
    }
  }

  @Override
  public void close() {
    synchronized (this) {
      if (jobStore != null) jobStore.close();
    }
    llm.ifPresent(l -> l.assistant().close());
    try {
      knowledge.close();
    } catch (IOException e) {
      LOG.warn("event=index_close_failed error=\"{}\"", e.getMessage());
    }
    embedder.close();
  }
}
