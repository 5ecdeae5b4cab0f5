package io.deskhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.api.DraftRoutes;
import io.deskhand.api.HttpApi;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.api.AdminRoutes;
import io.deskhand.api.MetricsRoutes;
import io.deskhand.api.WebhookRoutes;
import io.deskhand.jobs.ApplyPolicy;
import io.deskhand.jobs.BackgroundTriager;
import io.deskhand.jobs.JobWorker;
import io.deskhand.jobs.NoteFormatter;
import io.deskhand.jobs.TicketTriageJob;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.knowledge.KnowledgeRuns;
import io.deskhand.zendesk.ZendeskClient;
import io.javalin.Javalin;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.LoggerFactory;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Run the HTTP service. With an empty index it first loads the bundled demo knowledge base.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", description = "HTTP port (default: DESKHAND_PORT or 7070)")
  Integer port;

  private final DeskhandCli.Context context;

  ServeCommand(DeskhandCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    DeskhandConfig config = context.config();
    int listen = port != null ? port : config.server().port();
    if (listen < 1 || listen > 65535) throw new DeskhandCli.UsageException("--port must be from 1 to 65535, got " + listen);
    Services services = context.services().apply(config, context.err());
    KnowledgeBase knowledge = services.knowledge();
    knowledge.loadDemoIfEmpty();
    KnowledgeRuns runs = new KnowledgeRuns(knowledge, services.zendesk(), Clock.systemUTC(), services.meters());
    JobWorker worker = startWorker(services, config);
    Javalin app = start(services, config, listen, worker, runs);
    config.sync().schedule().ifPresent(runs::schedule);
    context.err().println("deskhand " + services.version() + " listening on http://localhost:" + app.port()
        + " (index: " + knowledge.index().counts() + ", knowledge revision " + knowledge.status().revision() + ")");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      runs.close();
      if (worker != null) worker.close();
      services.close();
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
    return 0;
  }

  /** The HTTP app alone (no job worker, no background knowledge runs), as `bench` measures it. */
  static Javalin start(Services services, DeskhandConfig config, int port) {
    return start(services, config, port, null, new KnowledgeRuns(services.knowledge(), Optional.empty(), Clock.systemUTC(), services.meters()));
  }

  /**
   * The HTTP app with webhook, jobs, admin and metrics routes; {@code worker} (may be null) is nudged on each new job,
   * {@code runs} takes the admin endpoints' syncs and ingests.
   */
  static Javalin start(Services services, DeskhandConfig config, int port, JobWorker worker, KnowledgeRuns runs) {
    ObjectMapper mapper = new ObjectMapper();
    HttpApi.Deps http = new HttpApi.Deps(services.pipeline(), runs::health, services.embedder().modelId(), services.version(),
        config.server().apiKey(), config.server().maxBodyBytes(), mapper, services::llmState);
    return HttpApi.create(http, app -> {
          WebhookRoutes.register(app, new WebhookRoutes.Deps(config.zendesk().webhookSecret(),
              Duration.ofSeconds(config.zendesk().webhookReplayWindowSeconds()), services.jobStore(),
              worker == null ? () -> { } : worker::wake, Clock.systemUTC(), services.meters(), mapper,
              config.server().maxBodyBytes()));
          AdminRoutes.register(app, new AdminRoutes.Deps(runs, config.server().apiKey().isPresent(), http));
          DraftRoutes.register(app, new DraftRoutes.Deps(services.zendesk(), services::redraftPipeline, config.llm().configured(),
              mapper, config.server().maxBodyBytes()));
          MetricsRoutes.register(app, services.meters());
        }).start(port);
  }

  /**
   * Jobs under way at once besides {@code jobs.workers} when a language model drafts: a draft may wait on the model
   * server up to llm.timeout_seconds, and those waits must not hold up the tickets behind them. More than the failures
   * that open the model's circuit (5), so a hung server opens it while jobs still move. Triage threads run niced, so
   * the extra jobs never take a core from webhooks or /api/triage.
   */
  static final int JOBS_WAITING_ON_LLM = 8;

  /** Jobs the worker runs at once: {@code jobs.workers}, plus {@link #JOBS_WAITING_ON_LLM} with a language model. */
  static int jobsAtOnce(DeskhandConfig config) {
    return config.jobs().workers() + (config.llm().configured() ? JOBS_WAITING_ON_LLM : 0);
  }

  /** Starts the job worker when Zendesk is configured; without it, webhooks are still stored for a later start. */
  static JobWorker startWorker(Services services, DeskhandConfig config) {
    Optional<ZendeskClient> zendesk = services.zendesk();
    if (zendesk.isEmpty()) {
      if (config.zendesk().webhookSecret().isPresent()) {
        LoggerFactory.getLogger(ServeCommand.class).warn(
            "event=worker_disabled reason=\"zendesk.url, zendesk.email or zendesk.token missing: webhook jobs stay queued\"");
      }
      return null;
    }
    KnowledgeBase knowledge = services.knowledge();
    if (knowledge.holdsDemo()) {
      LoggerFactory.getLogger(ServeCommand.class).warn("event=demo_knowledge_base mode={} reason=\"the index holds only the "
          + "bundled demo: notes say so, and apply mode writes notes only, until a sync or ingest has loaded your own tickets\"",
          config.mode().name().toLowerCase(java.util.Locale.ROOT));
    }
    TicketTriageJob job = new TicketTriageJob(zendesk.get(),
        new BackgroundTriager(services.pipeline()::triage, jobsAtOnce(config)),
        new NoteFormatter(config.zendesk().url().get(), knowledge::holdsDemo), config.mode(), new ApplyPolicy(config.policy()),
        services.meters(), config.llm().summaryFieldId());
    Set<String> secrets = new HashSet<>();
    config.zendesk().token().ifPresent(s -> secrets.add(s.value()));
    config.zendesk().webhookSecret().ifPresent(s -> secrets.add(s.value()));
    config.server().apiKey().ifPresent(s -> secrets.add(s.value()));
    JobWorker worker = new JobWorker(services.jobStore(), job::run, new JobWorker.Settings(jobsAtOnce(config),
        config.jobs().maxAttempts(), Duration.ofSeconds(config.jobs().leaseSeconds()), Duration.ofSeconds(30)),
        Clock.systemUTC(), services.meters(), secrets);
    worker.start();
    return worker;
  }
}
