package io.deskhand;

import io.deskhand.classify.ClassifierTrainer;
import io.deskhand.classify.Classifiers;
import io.deskhand.classify.LabelDescriptions;
import io.deskhand.classify.LabelledTicket;
import io.deskhand.classify.LearnedModels;
import io.deskhand.classify.PrototypeModel;
import io.deskhand.clean.TextCleaner;
import io.deskhand.config.ConfigException;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.ModelFiles;
import io.deskhand.draft.DraftingPhrases;
import io.deskhand.draft.ExtractiveDrafter;
import io.deskhand.embedding.Embedder;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.embedding.TimedEmbedder;
import io.deskhand.index.IndexCounts;
import io.deskhand.index.Ingestor;
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.index.TicketLabels;
import io.deskhand.language.LanguageDetector;
import io.deskhand.language.LinguaLanguageDetector;
import io.deskhand.ticket.GroupDirectory;
import io.deskhand.triage.TriagePipeline;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.store.LockObtainFailedException;
import io.deskhand.jobs.JobStore;
import io.deskhand.zendesk.HttpZendeskClient;
import io.deskhand.zendesk.ZendeskClient;
import io.deskhand.zendesk.ZendeskSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;

/**
 * The object graph, built once by {@link Main}: embedder, language detector, cleaner, index, classifiers, drafter
 * and the triage pipeline on top. Commands use what they need and close it at the end.
 */
public final class Services implements AutoCloseable {
  static final String VERSION = Optional.ofNullable(Services.class.getPackage().getImplementationVersion()).orElse("dev");
  static final List<String> DEMO_FILES = List.of("tickets.ndjson", "articles.json", "groups.json", "demo.json",
      "docs/refund-policy-for-agents.md", "docs/escalation-guide.md", "docs/shipping-carriers.md", "docs/subscription-billing-faq.md");

  private final DeskhandConfig config;
  private final PrintStream log;
  private final Embedder embedder;
  private final LanguageDetector detector;
  private final TextCleaner cleaner;
  private final LuceneKnowledgeIndex index;
  private final TriagePipeline pipeline;
  private final AtomicReference<GroupDirectory> groups;
  /** Zendesk group ids named in models/groups.yaml, kept when groups.json is replaced by a sync or the demo. */
  private final java.util.Map<Long, String> describedGroupIds;
  private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private JobStore jobStore;
  private ZendeskClient zendesk;

  public Services(DeskhandConfig config, PrintStream log) {
    this.config = config;
    this.log = log;
    try {
      Files.createDirectories(config.dataDir());
      ModelFiles models = new ModelFiles(config.modelsDir(), config.dataDir());
      this.embedder = new TimedEmbedder(OnnxEmbedder.create(config.embedding(), config.modelsDir()), meters);
      this.detector = detector(config.languages());
      this.cleaner = TextCleaner.fromFile(models.resolve("cleaning.yaml"));
      this.index = LuceneKnowledgeIndex.open(config.dataDir().resolve("lucene"), embedder, log);
      Path describedGroupsFile = config.modelsDir().resolve("groups.yaml");
      this.describedGroupIds = new java.util.HashMap<>();
      Optional<PrototypeModel> describedGroups = Optional.empty();
      if (Files.isRegularFile(describedGroupsFile)) {
        describedGroups = Optional.of(PrototypeModel.build("group", LabelDescriptions.read(describedGroupsFile, "groups"), embedder));
        LabelDescriptions.ids(describedGroupsFile, "groups").forEach((name, id) -> describedGroupIds.put(id, name));
      }
      this.groups = new AtomicReference<>(GroupDirectory.read(groupsFile()).with(describedGroupIds));
      Path taxonomy = models.resolve("taxonomy.yaml");
      Path tone = models.resolve("tone.yaml");
      Classifiers classifiers = new Classifiers(Optional.empty(),
          PrototypeModel.build("intent", LabelDescriptions.read(taxonomy, "intents"), embedder),
          PrototypeModel.build("tone", LabelDescriptions.read(tone, "tones"), embedder),
          PrototypeModel.build("priority", LabelDescriptions.read(tone, "urgency"), embedder),
          LabelDescriptions.groups(taxonomy), describedGroups);
      var drafter = new ExtractiveDrafter(DraftingPhrases.fromFile(models.resolve("drafting.yaml")), detector,
          config.drafting().minTicketSimilarity(), config.drafting().minArticleSimilarity());
      // Lingua runs its n-gram scoring on the common pool; detection started there runs that work in the same thread
      this.pipeline = new TriagePipeline(cleaner, detector, embedder, index, classifiers, drafter, config.classifier(),
          config.languages().supported(), groups::get, ForkJoinPool.commonPool());
      Optional<LearnedModels> saved = LearnedModels.load(classifierDir()).filter(m -> m.embeddingModel().equals(embedder.modelId()));
      if (saved.isPresent()) {
        pipeline.useClassifiers(classifiers.withLearned(saved));
      } else if (index.counts().tickets() > 0) {
        retrain();
      }
    } catch (LockObtainFailedException e) {
      throw new IllegalStateException("the index in " + config.dataDir() + " is in use by another Deskhand process (a running "
          + "serve, ingest or sync): stop it first, or give this one another data_dir", e);
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

  private Path groupsFile() {
    return config.dataDir().resolve("groups.json");
  }

  private Path classifierDir() {
    return config.dataDir().resolve("classifiers");
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

  public TextCleaner cleaner() {
    return cleaner;
  }

  public LuceneKnowledgeIndex index() {
    return index;
  }

  public TriagePipeline pipeline() {
    return pipeline;
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
    DeskhandConfig.Zendesk z = config.zendesk();
    if (!z.configured()) return Optional.empty();
    if (zendesk == null) {
      zendesk = new HttpZendeskClient(new ZendeskSettings(z.url().get(), z.email().get(), z.token().get(), z.requestsPerMinute(),
          z.incrementalRequestsPerMinute(), z.maxAttempts(), Duration.ofSeconds(1), Duration.ofSeconds(60),
          Duration.ofSeconds(z.timeoutSeconds())), meters);
    }
    return Optional.of(zendesk);
  }

  /** Replaces {data_dir}/groups.json (as GET /api/v2/groups returns it) and starts using it. */
  public void updateGroups(String groupsJson) throws IOException {
    Files.writeString(groupsFile(), groupsJson);
    groups.set(GroupDirectory.read(groupsFile()).with(describedGroupIds));
  }

  public Ingestor ingestor(TicketLabels labels) {
    return new Ingestor(index, embedder, cleaner, detector, labels, log);
  }

  public TicketLabels configuredLabels() {
    return new TicketLabels(config.classifier().intentCustomFieldId(), config.classifier().intentTagPrefix());
  }

  /** Retrains the learned classifiers from the newest solved tickets in the index and starts using them. */
  public void retrain() throws IOException {
    List<LabelledTicket> tickets = index.labelledTickets(config.classifier().maxTrainingTickets());
    if (tickets.isEmpty()) return;
    long start = System.nanoTime();
    Classifiers current = pipeline.classifiers();
    LearnedModels models = new ClassifierTrainer(config.classifier().minLabelledTickets(), config.classifier().neighbours(),
        42, log).train(tickets, embedder.modelId(), embedder.dimension(), Optional.of(current.taxonomy()), current.signalModels());
    models.save(classifierDir());
    pipeline.useClassifiers(pipeline.classifiers().withLearned(Optional.of(models)));
    log.printf("trained classifiers on %d solved tickets in %.1fs%n", tickets.size(), (System.nanoTime() - start) / 1e9);
  }

  /** Marks a data dir whose index holds the bundled demo and nothing else (ingest and sync replace it). */
  private static final String DEMO_MARKER = "demo-knowledge-base";

  /** True while the index holds the bundled demo knowledge base, not a team's own tickets and articles. */
  public boolean holdsDemo() {
    return Files.isRegularFile(config.dataDir().resolve(DEMO_MARKER));
  }

  /**
   * Removes the bundled demo before a team's own data comes in (ingest, sync): left in place, its fictional tickets,
   * articles, groups and intents would be cited and applied on real tickets. The demo only ever loads into an empty
   * index and the marker goes with it, so everything in the index while the marker is there is the demo's.
   */
  public void replaceDemo() throws IOException {
    if (!holdsDemo()) return;
    IndexCounts before = index.counts();
    index.deleteAll();
    LearnedModels.delete(classifierDir());
    pipeline.useClassifiers(pipeline.classifiers().withLearned(Optional.empty()));
    Files.deleteIfExists(groupsFile());
    groups.set(GroupDirectory.empty().with(describedGroupIds));
    Files.delete(config.dataDir().resolve(DEMO_MARKER));
    log.println("removed the bundled demo knowledge base (" + before + "): your own tickets and articles replace it");
  }

  /** Loads the bundled demo knowledge base (eval/demo in the repository, also inside the jar) and trains on it. */
  public void loadDemo() throws IOException {
    // marked first: an interrupted load leaves demo data that the next ingest or sync must still remove
    Files.writeString(config.dataDir().resolve(DEMO_MARKER), "the index holds the bundled demo; ingest and sync replace it\n");
    Path demo = config.demoDir();
    if (!Files.isRegularFile(demo.resolve("tickets.ndjson"))) {
      demo = config.dataDir().resolve("bundled-demo");
      for (String f : DEMO_FILES) ModelFiles.extract("demo/" + f, demo.resolve(f));
    }
    log.println("index is empty: loading the demo knowledge base from " + demo);
    var manifest = new com.fasterxml.jackson.databind.ObjectMapper().readTree(demo.resolve("demo.json").toFile());
    TicketLabels labels = new TicketLabels(Optional.of(manifest.path("intent_custom_field_id").asLong()), "intent__");
    Ingestor ingestor = ingestor(labels);
    log.println(ingestor.tickets(demo.resolve("tickets.ndjson")));
    log.println(ingestor.articles(demo.resolve("articles.json")));
    if (Files.isDirectory(demo.resolve("docs"))) log.println(ingestor.docs(demo.resolve("docs")));
    Files.copy(demo.resolve("groups.json"), groupsFile(), StandardCopyOption.REPLACE_EXISTING);
    groups.set(GroupDirectory.read(groupsFile()).with(describedGroupIds));
    retrain();
  }

  @Override
  public void close() {
    synchronized (this) {
      if (jobStore != null) jobStore.close();
    }
    try {
      index.close();
    } catch (IOException e) {
      log.println("closing the index failed: " + e.getMessage());
    }
    embedder.close();
  }
}
