package io.deskhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.api.DraftRoutes;
import io.deskhand.api.HttpApi;
import io.deskhand.config.ConfigException;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.api.AdminRoutes;
import io.deskhand.api.MetricsRoutes;
import io.deskhand.api.WebhookRoutes;
import io.deskhand.jobs.ApplyPolicy;
import io.deskhand.jobs.BackgroundTriager;
import io.deskhand.jobs.JobWorker;
import io.deskhand.jobs.NoteFormatter;
import io.deskhand.jobs.TicketTriageJob;
import io.deskhand.jobs.ZendeskHealth;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.knowledge.KnowledgeRuns;
import io.deskhand.zendesk.ZendeskClient;
import io.javalin.Javalin;
import io.javalin.util.JavalinException;
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
    context.err().println("deskhand " + services.version() + " listening on " + listening(config.server().bind(), app.port())
        + " (index: " + knowledge.index().counts() + ", knowledge revision " + knowledge.status().revision() + ")");
    if (!isLoopback(config.server().bind()) && config.server().apiKey().isEmpty()) {
      LoggerFactory.getLogger(ServeCommand.class).warn("event=api_open bind={} reason=\"no api_key: anyone who can reach this "
          + "address can call /api/triage and read /api/jobs and /metrics\"", config.server().bind());
    }
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
    DeskhandConfig.Server server = config.server();
    HttpApi.Deps http = new HttpApi.Deps(services.pipeline(), runs::health,
        services.embedder().modelId(), services.version(), server.apiKey(), server.maxBodyBytes(), mapper, server.limits(),
        server.metricsRequireKey(), services::llmState, health -> {
          if (config.zendesk().configured()) ZendeskHealth.write(health, services.zendeskAuth(), services.jobStore());
        });
    Javalin app = HttpApi.create(http, routes -> {
          WebhookRoutes.register(routes, new WebhookRoutes.Deps(config.zendesk().webhookSecret(),
              Duration.ofSeconds(config.zendesk().webhookReplayWindowSeconds()), services.jobStore(),
              worker == null ? () -> { } : worker::wake, Clock.systemUTC(), services.meters(), mapper,
              server.maxBodyBytes()));
          AdminRoutes.register(routes, new AdminRoutes.Deps(runs, server.apiKey().isPresent(), http));
          DraftRoutes.register(routes, new DraftRoutes.Deps(services.zendesk(), services::redraftPipeline,
              config.llm().configured(), mapper, server.maxBodyBytes()));
          MetricsRoutes.register(routes, services.meters());
        });
    try {
      return app.start(server.bind(), port);
    } catch (JavalinException e) {
      // Javalin calls every bind failure "port already in use"; the cause says what it was (address not on this host?)
      Throwable cause = e;
      while (cause.getCause() != null) cause = cause.getCause();
      throw new ConfigException("config keys 'bind' and 'port': cannot listen on " + server.bind() + ":" + port + " ("
          + cause.getMessage() + ")");
    }
  }

  /** What the start-up line says: the address really listened on, and what it means. */
  static String listening(String bind, int port) {
    if (bind.equals("0.0.0.0") || bind.equals("::") || bind.equals("0:0:0:0:0:0:0:0")) {
      return "every interface (" + bind + "), port " + port;
    }
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    return "http://" + host + ":" + port + (isLoopback(bind) ? " (this host only; set bind to 0.0.0.0 to listen on every interface)" : "");
  }

  private static boolean isLoopback(String bind) {
    return bind.equals("localhost") || bind.startsWith("127.") || bind.equals("::1") || bind.equals("0:0:0:0:0:0:0:1");
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
    Optional<ZendeskClient> zendesk = services.zendeskForJobs();
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
    // retries wait in the job store, not in a thread: first after 5 s, doubling (8 attempts span about 10 minutes)
    JobWorker worker = new JobWorker(services.jobStore(), job::run, new JobWorker.Settings(jobsAtOnce(config),
        config.jobs().maxAttempts(), Duration.ofSeconds(config.jobs().leaseSeconds()), Duration.ofSeconds(5),
        Duration.ofSeconds(60)), Clock.systemUTC(), services.meters(), secrets,
        new JobWorker.Credentials(services.zendeskAuth(), zendesk.get()::checkCredentials));
    worker.start();
    return worker;
  }
}
