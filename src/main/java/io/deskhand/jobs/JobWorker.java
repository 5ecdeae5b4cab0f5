package io.deskhand.jobs;

import io.deskhand.zendesk.ZendeskRejectedException;
import io.deskhand.zendesk.ZendeskRetryableException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed pool of threads that claim due jobs from the {@link JobStore} and run them. Retryable failures go back to
 * the queue after a backoff (at least Zendesk's Retry-After); a job ends {@code failed} after {@code maxAttempts} or
 * on a rejection that repeating cannot fix. On start, jobs left running by a dead process are re-queued.
 */
public final class JobWorker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
  private static final Duration IDLE_POLL = Duration.ofSeconds(1);

  /** Tuning: threads, attempts, lease and the first retry delay (doubled per attempt, capped at 30 min). */
  public record Settings(int workers, int maxAttempts, Duration lease, Duration baseBackoff) {}

  private final JobStore store;
  private final Function<Job, TicketTriageJob.Outcome> handler;
  private final Settings settings;
  private final Clock clock;
  private final Set<String> secrets;
  private final MeterRegistry meters;
  private final Object signal = new Object();
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean stopping;

  public JobWorker(JobStore store, Function<Job, TicketTriageJob.Outcome> handler, Settings settings, Clock clock,
                   MeterRegistry meters, Set<String> secrets) {
    this.store = store;
    this.handler = handler;
    this.settings = settings;
    this.clock = clock;
    this.meters = meters;
    this.secrets = Set.copyOf(secrets);
    for (JobStatus s : JobStatus.values()) {
      Gauge.builder("deskhand_jobs", store, st -> st.counts().get(s)).tag("status", s.wire())
          .description("jobs in the store by status").register(meters);
    }
  }

  public synchronized void start() {
    if (!threads.isEmpty()) return;
    int requeued = store.requeueRunning();
    if (requeued > 0) LOG.info("event=jobs_requeued count={} reason=left_running_by_a_stopped_process", requeued);
    for (int i = 0; i < settings.workers(); i++) {
      Thread t = Thread.ofPlatform().name("deskhand-job-" + i).daemon(true).start(this::loop);
      threads.add(t);
    }
  }

  /** A job was enqueued: stop waiting. */
  public void wake() {
    synchronized (signal) {
      signal.notifyAll();
    }
  }

  private void loop() {
    while (!stopping) {
      Optional<Job> job;
      try {
        job = store.claim(settings.lease());
      } catch (RuntimeException e) {
        if (stopping) return;
        LOG.warn("event=claim_failed error=\"{}\"", mask(e.getMessage()));
        sleepUntilWork();
        continue;
      }
      if (job.isEmpty()) {
        sleepUntilWork();
        continue;
      }
      run(job.get());
    }
  }

  private void sleepUntilWork() {
    long wait = IDLE_POLL.toMillis();
    try {
      Optional<Instant> due = store.nextDue();
      if (due.isPresent()) wait = Math.max(1, Math.min(wait, due.get().toEpochMilli() - clock.millis()));
    } catch (RuntimeException ignored) {
      // the store is closing or busy: poll again shortly
    }
    synchronized (signal) {
      if (stopping) return;
      try {
        signal.wait(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void run(Job job) {
    long start = System.nanoTime();
    String outcome;
    try {
      TicketTriageJob.Outcome result = handler.apply(job);
      store.finish(job.id(), result.status(), result.status() == JobStatus.SKIPPED ? Optional.of(mask(result.detail())) : Optional.empty());
      outcome = result.status().wire();
      LOG.info("event=job_finished job={} ticket={} attempt={} outcome={} detail=\"{}\" ms={}", job.id(), job.ticketId(),
          job.attempts(), outcome, mask(result.detail()), (System.nanoTime() - start) / 1_000_000);
    } catch (RuntimeException e) {
      if (stopping || Thread.currentThread().isInterrupted()) {
        store.release(job.id());
        LOG.info("event=job_released job={} ticket={} reason=shutdown", job.id(), job.ticketId());
        outcome = "released";
      } else {
        outcome = failed(job, e);
      }
    }
    Timer.builder("deskhand_job_duration").tag("outcome", outcome).description("one job attempt, end to end")
        .register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
  }

  private String failed(Job job, RuntimeException e) {
    String error = mask(e.getClass().getSimpleName() + ": " + e.getMessage());
    boolean retryable = !(e instanceof ZendeskRejectedException);
    if (!retryable || job.attempts() >= settings.maxAttempts()) {
      store.finish(job.id(), JobStatus.FAILED, Optional.of(error));
      LOG.warn("event=job_failed job={} ticket={} attempts={} error=\"{}\"", job.id(), job.ticketId(), job.attempts(), error);
      return "failed";
    }
    Duration delay = backoff(job.attempts());
    if (e instanceof ZendeskRetryableException r && r.retryAfter().isPresent() && r.retryAfter().get().compareTo(delay) > 0) {
      delay = r.retryAfter().get();
    }
    store.retryAt(job.id(), clock.instant().plus(delay), error);
    LOG.info("event=job_retry job={} ticket={} attempt={} delay_ms={} error=\"{}\"", job.id(), job.ticketId(), job.attempts(),
        delay.toMillis(), error);
    return "retry";
  }

  private Duration backoff(int attempts) {
    long ms = settings.baseBackoff().toMillis() << Math.min(20, Math.max(0, attempts - 1));
    return Duration.ofMillis(Math.min(ms, MAX_BACKOFF.toMillis()));
  }

  /** last_error and log lines must never carry a credential, whatever an exception message contains. */
  String mask(String s) {
    if (s == null) return "";
    String out = s;
    for (String secret : secrets) if (secret != null && secret.length() >= 4) out = out.replace(secret, "***");
    return out.length() > 500 ? out.substring(0, 500) : out;
  }

  /** Stops claiming, interrupts jobs under way (they go back to the queue) and waits for the threads. */
  @Override
  public void close() {
    stopping = true;
    wake();
    List<Thread> running;
    synchronized (this) {
      running = new ArrayList<>(threads);
      threads.clear();
    }
    for (Thread t : running) t.interrupt();
    for (Thread t : running) {
      try {
        t.join(10_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
