package io.deskhand;

import io.deskhand.classify.Classifiers;
import io.deskhand.classify.LabelDescriptions;
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
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.index.TicketLabels;
import io.deskhand.jobs.JobStore;
import io.deskhand.knowledge.ClassifierTraining;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.language.LanguageDetector;
import io.deskhand.language.LinguaLanguageDetector;
import io.deskhand.ticket.GroupDirectory;
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
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The object graph, built once by {@link Main}: embedder, language detector, cleaner, the knowledge base (index,
 * groups, learned models), drafter and the triage pipeline on top. Wiring only: what the knowledge holds and how it
 * changes is {@link KnowledgeBase}'s. Commands take the parts they need and close it at the end.
 */
public final class Services implements AutoCloseable {
  static final String VERSION = Optional.ofNullable(Services.class.getPackage().getImplementationVersion()).orElse("dev");

  private final DeskhandConfig config;
  private final PrintStream log;
  private final Embedder embedder;
  private final LanguageDetector detector;
  private final KnowledgeBase knowledge;
  private final TriagePipeline pipeline;
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
      var drafter = new ExtractiveDrafter(DraftingPhrases.fromFile(models.resolve("drafting.yaml")), detector,
          config.drafting().minTicketSimilarity(), config.drafting().minArticleSimilarity());
      LuceneKnowledgeIndex index = LuceneKnowledgeIndex.openStaged(config.dataDir().resolve("lucene"), embedder, log);
      // Lingua runs its n-gram scoring on the common pool; detection started there runs that work in the same thread
      this.pipeline = new TriagePipeline(cleaner, detector, embedder, index, classifiers, drafter, config.classifier(),
          config.languages().supported(), this::groups, ForkJoinPool.commonPool());
      ClassifierTraining classifierTraining = new ClassifierTraining(config.classifier(), embedder,
          () -> pipeline.classifiers().taxonomy(), learned -> pipeline.useClassifiers(pipeline.classifiers().withLearned(learned)), log);
      TicketLabels labels = new TicketLabels(config.classifier().intentCustomFieldId(), config.classifier().intentTagPrefix());
      this.knowledge = KnowledgeBase.open(new KnowledgeBase.Parts(config.dataDir(), config.demoDir(), embedder, cleaner, detector,
          labels, describedGroupIds, List.of(classifierTraining)), index, log);
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

  @Override
  public void close() {
    synchronized (this) {
      if (jobStore != null) jobStore.close();
    }
    try {
      knowledge.close();
    } catch (IOException e) {
      log.println("closing the index failed: " + e.getMessage());
    }
    embedder.close();
  }
}
