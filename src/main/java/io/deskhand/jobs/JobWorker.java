package io.deskhand.jobs;

import io.deskhand.embedding.EmbeddingUnavailableException;
import io.deskhand.zendesk.ZendeskAuthException;
import io.deskhand.zendesk.ZendeskAuthState;
import io.deskhand.zendesk.ZendeskRejectedException;
import io.deskhand.zendesk.ZendeskRetryableException;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fixed pool of threads that claim due jobs from the {@link JobStore} and run them. A failed attempt never waits
 * in its thread: retryable failures go back to the queue due after a backoff (at least Zendesk's Retry-After), so a
 * ticket whose calls keep failing does not hold a worker while healthy tickets wait. Only a failure that can pass is
 * retried ({@link #canSucceedLater}: Zendesk's 429, 5xx and timeouts, I/O, an embedding server that is down); a job
 * ends {@code failed} after {@code maxAttempts}, and at once on anything else (a rejection that repeating cannot
 * fix, or a bug, which would fail the same way each time), with the error in {@code last_error}. A 401 or 403 is told apart by one call that needs
 * nothing but the credentials: if Zendesk refuses that too, the job is held as {@code blocked_auth} (the attempt not
 * counted), no job is claimed while the credentials fail, the check is repeated once per check interval, and the
 * first accepted call (the check's, a sync's, any) queues every held job again; if Zendesk accepts it, the refusal
 * was the ticket's own and the job retries like any failure. On start, jobs left running by a dead process are
 * re-queued.
 */
public final class JobWorker implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobWorker.class);
  private static final Duration MAX_BACKOFF = Duration.ofMinutes(30);
  private static final Duration IDLE_POLL = Duration.ofSeconds(1);

  /**
   * Tuning: threads, attempts, lease, the first retry delay (doubled per attempt, capped at 30 min), and how often the
   * credentials are checked again while Zendesk refuses them.
   */
  public record Settings(int workers, int maxAttempts, Duration lease, Duration baseBackoff, Duration authProbeEvery) {
    public Settings(int workers, int maxAttempts, Duration lease, Duration baseBackoff) {
      this(workers, maxAttempts, lease, baseBackoff, Duration.ofSeconds(60));
    }
  }

  /**
   * What Zendesk's answers say of the credentials, and a call that needs nothing else (the client updates the state
   * on every answer, so the call's outcome is read from the state).
   */
  public record Credentials(ZendeskAuthState state, Runnable check) {
    /** For a worker whose handler does not call Zendesk. */
    public static Credentials unchecked() {
      return new Credentials(new ZendeskAuthState(), () -> { });
    }
  }

  private final JobStore store;
  private final Function<Job, TicketTriageJob.Outcome> handler;
  private final Settings settings;
  private final Clock clock;
  private final Set<String> secrets;
  private final MeterRegistry meters;
  private final Credentials credentials;
  private final Object signal = new Object();
  private final List<Thread> threads = new ArrayList<>();
  /** When the credentials may be checked again (epoch ms). */
  private final AtomicLong nextCheckAt = new AtomicLong();
  /** Jobs may be held in the store for the credentials: an accepted call must queue them again. */
  private final AtomicBoolean heldJobs = new AtomicBoolean();
  private volatile boolean stopping;

  public JobWorker(JobStore store, Function<Job, TicketTriageJob.Outcome> handler, Settings settings, Clock clock,
                   MeterRegistry meters, Set<String> secrets) {
    this(store, handler, settings, clock, meters, secrets, Credentials.unchecked());
  }

  public JobWorker(JobStore store, Function<Job, TicketTriageJob.Outcome> handler, Settings settings, Clock clock,
                   MeterRegistry meters, Set<String> secrets, Credentials credentials) {
    this.store = store;
    this.handler = handler;
    this.settings = settings;
    this.clock = clock;
    this.meters = meters;
    this.secrets = Set.copyOf(secrets);
    this.credentials = credentials;
    for (JobStatus s : JobStatus.values()) {
      Gauge.builder("deskhand_jobs", store, st -> st.counts().get(s)).tag("status", s.wire())
          .description("jobs in the store by status").register(meters);
    }
    FunctionCounter.builder("deskhand_job_intake_commits", store, JobStore::intakeCommits)
        .description("transactions of the webhook intake; webhooks arriving during one share the next").register(meters);
  }

  public synchronized void start() {
    if (!threads.isEmpty()) return;
    int requeued = store.requeueRunning();
    if (requeued > 0) LOG.info("event=jobs_requeued count={} reason=left_running_by_a_stopped_process", requeued);
    // held by an earlier process: checked at once (the token may have been fixed with the restart)
    heldJobs.set(store.count(JobStatus.BLOCKED_AUTH) > 0);
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
        watchCredentials();
        // while Zendesk refuses the credentials every call would be refused too: nothing is claimed
        job = credentials.state().failing() ? Optional.empty() : store.claim(settings.lease());
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

  /**
   * Held jobs go back to the queue once Zendesk accepts a call; while it refuses the credentials, or jobs are held
   * and nothing was accepted yet, one thread checks the credentials once per check interval.
   */
  private void watchCredentials() {
    ZendeskAuthState state = credentials.state();
    boolean unsettled = state.failing() || (heldJobs.get() && state.status() != ZendeskAuthState.Status.OK);
    if (unsettled && checkDue()) checkCredentials();
    if (heldJobs.get() && state.status() == ZendeskAuthState.Status.OK && heldJobs.compareAndSet(true, false)) {
      int resumed = store.resumeBlocked();
      if (resumed > 0) {
        LOG.info("event=jobs_resumed count={} reason=zendesk_accepts_the_credentials_again", resumed);
        wake();
      }
    }
  }

  /** True for one caller per check interval. */
  private boolean checkDue() {
    long now = clock.millis();
    long due = nextCheckAt.get();
    return now >= due && nextCheckAt.compareAndSet(due, now + settings.authProbeEvery().toMillis());
  }

  /** One call that needs only the credentials; its answer lands in the state. */
  private void checkCredentials() {
    try {
      credentials.check().run();
      LOG.info("event=zendesk_credentials_checked outcome=accepted");
    } catch (ZendeskAuthException e) {
      LOG.warn("event=zendesk_credentials_checked outcome=refused status={}", e.status());
    } catch (RuntimeException e) {
      // Zendesk down or slow: it said nothing about the credentials; checked again next interval
      LOG.info("event=zendesk_credentials_checked outcome=unknown error=\"{}\"", mask(e.getMessage()));
    }
  }

  private void sleepUntilWork() {
    long wait = IDLE_POLL.toMillis();
    try {
      Optional<Instant> due = credentials.state().failing() ? Optional.of(Instant.ofEpochMilli(nextCheckAt.get())) : store.nextDue();
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
      store.finish(job.id(), result.status(), result.status() == JobStatus.SKIPPED ? Optional.of(mask(result.detail())) : Optional.empty(),
          result.renewable());
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
    if (e instanceof ZendeskAuthException) {
      // the credentials, or this ticket (an agent kept out of its group)? A call needing only the credentials tells.
      checkCredentials();
      nextCheckAt.set(clock.millis() + settings.authProbeEvery().toMillis());
      if (credentials.state().failing()) {
        // not the ticket's fault, and Zendesk will not resend the webhook: the job waits, its attempt not counted
        store.blockAuth(job.id(), error);
        heldJobs.set(true);
        LOG.warn("event=job_blocked_auth job={} ticket={} error=\"{}\"", job.id(), job.ticketId(), error);
        return "blocked_auth";
      }
    }
    // an auth refusal of this ticket alone is retried like a 5xx: the token may have changed between the two calls
    boolean retryable = e instanceof ZendeskAuthException || canSucceedLater(e);
    if (!retryable || job.attempts() >= settings.maxAttempts()) {
      store.finish(job.id(), JobStatus.FAILED, Optional.of(error));
      // where a bug was thrown from, without the stack trace's messages (they are not masked)
      LOG.warn("event=job_failed job={} ticket={} attempts={} reason={} error=\"{}\" at={}", job.id(), job.ticketId(), job.attempts(),
          retryable ? "attempts_exhausted" : "not_retryable", error, origin(e));
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

  /**
   * Whether the same job may succeed on a later attempt: Zendesk's retryable answers (429, 5xx, timeouts, connection
   * failures), I/O errors and timeouts anywhere in the causes, and an embedding server that did not answer. Zendesk's
   * other refusals and every other exception (an {@code IllegalStateException}, a {@code NullPointerException}: a bug
   * or a ticket the code cannot handle) would fail the same way on every attempt, and retrying them only delays the
   * error and spends Zendesk calls.
   */
  static boolean canSucceedLater(Throwable e) {
    for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
      if (c instanceof ZendeskRetryableException || c instanceof EmbeddingUnavailableException) return true;
      if (c instanceof ZendeskRejectedException) return false;
      if (c instanceof IOException || c instanceof UncheckedIOException || c instanceof TimeoutException) return true;
    }
    return false;
  }

  /** The frame that threw, as {@code Class.method:line}. */
  private static String origin(Throwable e) {
    StackTraceElement[] frames = e.getStackTrace();
    if (frames.length == 0) return "-";
    StackTraceElement f = frames[0];
    return f.getClassName().substring(f.getClassName().lastIndexOf('.') + 1) + "." + f.getMethodName() + ":" + f.getLineNumber();
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
