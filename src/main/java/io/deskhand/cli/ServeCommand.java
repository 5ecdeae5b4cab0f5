package io.deskhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.api.HttpApi;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.api.MetricsRoutes;
import io.deskhand.api.WebhookRoutes;
import io.deskhand.jobs.ApplyPolicy;
import io.deskhand.jobs.BackgroundTriager;
import io.deskhand.jobs.JobWorker;
import io.deskhand.jobs.NoteFormatter;
import io.deskhand.jobs.TicketTriageJob;
import io.deskhand.knowledge.KnowledgeBase;
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
    JobWorker worker = startWorker(services, config);
    Javalin app = start(services, config, listen, worker);
    context.err().println("deskhand " + services.version() + " listening on http://localhost:" + app.port()
        + " (index: " + knowledge.index().counts() + ", knowledge revision " + knowledge.status().revision() + ")");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      app.stop();
      if (worker != null) worker.close();
      services.close();
      stopped.countDown();
    }, "shutdown"));
    stopped.await();
    return 0;
  }

  static Javalin start(Services services, DeskhandConfig config, int port) {
    return start(services, config, port, null);
  }

  /** The HTTP app with webhook, jobs and metrics routes; {@code worker} (may be null) is nudged on each new job. */
  static Javalin start(Services services, DeskhandConfig config, int port, JobWorker worker) {
    ObjectMapper mapper = new ObjectMapper();
    return HttpApi.create(new HttpApi.Deps(services.pipeline(), () -> services.knowledge().index().counts(),
        services.embedder().modelId(), services.version(), config.server().apiKey(), config.server().maxBodyBytes(),
        mapper), app -> {
          WebhookRoutes.register(app, new WebhookRoutes.Deps(config.zendesk().webhookSecret(),
              Duration.ofSeconds(config.zendesk().webhookReplayWindowSeconds()), services.jobStore(),
              worker == null ? () -> { } : worker::wake, Clock.systemUTC(), services.meters(), mapper,
              config.server().maxBodyBytes()));
          MetricsRoutes.register(app, services.meters());
        }).start(port);
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
    DeskhandConfig.Mode mode = config.mode();
    if (services.knowledge().holdsDemo()) {
      // the demo's groups, priorities and intents are not the account's: nothing of them is applied to real tickets
      if (mode == DeskhandConfig.Mode.APPLY) mode = DeskhandConfig.Mode.NOTE;
      LoggerFactory.getLogger(ServeCommand.class).warn("event=demo_knowledge_base mode={} reason=\"the index holds only the "
          + "bundled demo: notes say so, and apply mode waits, until `deskhand sync` has loaded your own tickets\"", mode.name().toLowerCase(java.util.Locale.ROOT));
    }
    TicketTriageJob job = new TicketTriageJob(zendesk.get(),
        new BackgroundTriager(services.pipeline()::triage, config.jobs().workers()),
        new NoteFormatter(config.zendesk().url().get(), services.knowledge()::holdsDemo), mode, new ApplyPolicy(config.policy()),
        services.meters());
    Set<String> secrets = new HashSet<>();
    config.zendesk().token().ifPresent(s -> secrets.add(s.value()));
    config.zendesk().webhookSecret().ifPresent(s -> secrets.add(s.value()));
    config.server().apiKey().ifPresent(s -> secrets.add(s.value()));
    JobWorker worker = new JobWorker(services.jobStore(), job::run, new JobWorker.Settings(config.jobs().workers(),
        config.jobs().maxAttempts(), Duration.ofSeconds(config.jobs().leaseSeconds()), Duration.ofSeconds(30)),
        Clock.systemUTC(), services.meters(), secrets);
    worker.start();
    return worker;
  }
}
