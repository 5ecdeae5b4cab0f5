package io.deskhand.jobs;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.zendesk.FakeZendesk;
import io.deskhand.zendesk.HttpZendeskClient;
import io.deskhand.zendesk.ZendeskSettings;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;

/** A fake Zendesk, a client for it, a job store in a temp dir and a worker: the integration minus HTTP intake. */
public final class ZendeskTestRig implements AutoCloseable {
  public static final String EMAIL = "agent@example.com";
  public static final String TOKEN = "zd-token-5f1c9a77e3";
  public static final String SECRET = "whsec-7d2a61b09c";

  public final FakeZendesk zendesk = FakeZendesk.start(EMAIL, TOKEN);
  public final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  public HttpZendeskClient client;
  private final Path dbFile;
  public JobStore store;
  public JobWorker worker;
  /** How often the worker checks the credentials again while Zendesk refuses them: short, so tests do not wait a minute. */
  public Duration authProbeEvery = Duration.ofMillis(300);

  public ZendeskTestRig(Path dir) {
    this.dbFile = dir.resolve("jobs.db");
    this.client = freshClient();
    this.store = JobStore.open(dbFile, Clock.systemUTC());
  }

  /** The client a new process starts with: short in-call waits, nothing known yet of the credentials. */
  public HttpZendeskClient freshClient() {
    return new HttpZendeskClient(new ZendeskSettings(zendesk.baseUrl(), EMAIL, new Secret(TOKEN), 60_000, 60_000, 5,
        Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofSeconds(5)), meters);
  }

  /** A client waiting as serve's does between in-call retries (1 s, doubling up to a minute), for tests of who waits. */
  public void productionBackoff() {
    client = new HttpZendeskClient(new ZendeskSettings(zendesk.baseUrl(), EMAIL, new Secret(TOKEN), 60_000, 60_000, 5,
        Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(5)), meters);
  }

  public JobWorker startWorker(Triager triager, DeskhandConfig.Mode mode, DeskhandConfig.Policy policy, int maxAttempts) {
    return startWorker(triager, mode, policy, maxAttempts, 2);
  }

  public JobWorker startWorker(Triager triager, DeskhandConfig.Mode mode, DeskhandConfig.Policy policy, int maxAttempts, int workers) {
    return startWorker(triager, mode, policy, maxAttempts, workers, Duration.ofMillis(20));
  }

  public JobWorker startWorker(Triager triager, DeskhandConfig.Mode mode, DeskhandConfig.Policy policy, int maxAttempts, int workers,
                               Duration retryBackoff) {
    // as serve wires it: the worker's client gives up at the first failure, the job store schedules the retry
    HttpZendeskClient jobsClient = client.withoutRetries();
    TicketTriageJob job = new TicketTriageJob(jobsClient, triager, new NoteFormatter(zendesk.baseUrl(), () -> false), mode,
        new ApplyPolicy(policy), meters);
    if (worker != null) worker.close(); // a test starting a second worker must not leave the first polling
    worker = new JobWorker(store, job::run, new JobWorker.Settings(workers, maxAttempts, Duration.ofSeconds(30), retryBackoff,
        authProbeEvery), Clock.systemUTC(), meters, Set.of(TOKEN, SECRET),
        new JobWorker.Credentials(jobsClient.authState(), jobsClient::checkCredentials));
    worker.start();
    return worker;
  }

  /** Closes worker and store as a restart would, and opens the store again. */
  public void restartStore() {
    if (worker != null) worker.close();
    worker = null;
    store.close();
    store = JobStore.open(dbFile, Clock.systemUTC());
  }

  /** Waits until no job is queued, running or held for Zendesk's credentials. */
  public void awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      var c = store.counts();
      if (c.get(JobStatus.QUEUED) == 0 && c.get(JobStatus.RUNNING) == 0 && c.get(JobStatus.BLOCKED_AUTH) == 0) return;
      Thread.sleep(20);
    }
    throw new AssertionError("jobs still pending after " + timeout + ": " + store.counts());
  }

  public long notesOn(long ticketId) {
    return zendesk.commentsOf(ticketId).stream().filter(c -> c.path("body").asText().contains(NoteFormatter.MARKER)).count();
  }

  @Override
  public void close() {
    if (worker != null) worker.close();
    store.close();
    zendesk.close();
  }
}
