package io.deskhand.knowledge;

import io.deskhand.index.Ingestor;
import io.deskhand.progress.Progress;
import io.deskhand.zendesk.ZendeskClient;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Changes to the knowledge base that a running service makes in the background: a sync or an ingest asked for over
 * the admin API, and the scheduled sync. One at a time; triage keeps answering from the published revision
 * meanwhile ({@link KnowledgeBase}). Progress, the last outcome and counts go to /health and /metrics.
 */
public final class KnowledgeRuns implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KnowledgeRuns.class);

  /** A run: {@code kind} is {@code sync} or {@code ingest}. */
  public record Run(String id, String kind, Instant startedAt) {}

  /** The run under way and the phase it is in (phase absent while a sync is still fetching from Zendesk). */
  public record Running(Run run, Optional<Progress.Snapshot> phase) {}

  /** How a run ended: {@code done} or {@code failed}, with the error's message when it failed. */
  public record Finished(Run run, String outcome, Optional<String> error, Instant finishedAt) {}

  /** Asked for a run while another is under way. */
  public static final class RunInProgress extends RuntimeException {
    private final Run running;

    RunInProgress(Run running) {
      super("knowledge run " + running.id() + " (" + running.kind() + ") is under way since " + running.startedAt());
      this.running = running;
    }

    public Run running() {
      return running;
    }
  }

  private final KnowledgeBase knowledge;
  private final Optional<ZendeskClient> zendesk;
  private final Clock clock;
  private final ExecutorService worker = Executors.newSingleThreadExecutor(
      r -> Thread.ofPlatform().name("deskhand-knowledge-run").daemon(true).unstarted(r));
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(
      r -> Thread.ofPlatform().name("deskhand-sync-schedule").daemon(true).unstarted(r));
  private final AtomicReference<Run> running = new AtomicReference<>();
  private final AtomicReference<Finished> last = new AtomicReference<>();
  private final MeterRegistry meters;

  public KnowledgeRuns(KnowledgeBase knowledge, Optional<ZendeskClient> zendesk, Clock clock, MeterRegistry meters) {
    this.knowledge = knowledge;
    this.zendesk = zendesk;
    this.clock = clock;
    this.meters = meters;
    Gauge.builder("deskhand_knowledge_revision", () -> knowledge.status().revision())
        .description("published knowledge revision").register(meters);
    Gauge.builder("deskhand_knowledge_last_sync_timestamp_seconds",
            () -> knowledge.status().lastSyncAt().map(t -> (double) t.getEpochSecond()).orElse(Double.NaN))
        .description("when the published revision's Zendesk data was fetched").register(meters);
    Gauge.builder("deskhand_knowledge_run_active", () -> running.get() == null ? 0 : 1)
        .description("1 while a sync or ingest runs in the background").register(meters);
    Gauge.builder("deskhand_knowledge_run_done", () -> phase().map(p -> (double) p.done()).orElse(0.0))
        .description("items done in the running phase").register(meters);
    Gauge.builder("deskhand_knowledge_run_total", () -> phase().map(p -> (double) p.total()).orElse(0.0))
        .description("items in the running phase").register(meters);
  }

  /** What a service reports about its knowledge: the published revision, the run under way, how the last one ended. */
  public record Health(KnowledgeBase.Status status, Optional<Running> running, Optional<Finished> last) {}

  public Health health() {
    return new Health(knowledge.status(), running(), last());
  }

  /** Whether this service can sync (Zendesk is configured). */
  public boolean canSync() {
    return zendesk.isPresent();
  }

  /** Starts a sync in the background. */
  public Run startSync() {
    ZendeskClient client = zendesk.orElseThrow(() -> new IllegalStateException("Zendesk is not configured"));
    return start("sync", () -> knowledge.sync(client, 0));
  }

  /** Starts an ingest of {@code sources} in the background (checked first: a bad source is refused here). */
  public Run startIngest(KnowledgeBase.Sources sources) throws java.io.IOException {
    sources.check("");
    return start("ingest", () -> {
      for (Ingestor.Report r : knowledge.ingest(sources, KnowledgeBase.Retrain.WHEN_TICKETS_GIVEN)) LOG.info("event=knowledge_ingest report=\"{}\"", r);
      return null;
    });
  }

  /**
   * Syncs every {@code every}: the first one when the published revision's last sync is that old (at once when it
   * never synced), then every {@code every} from that start. A tick while a run (a sync, or an ingest asked for) is
   * still under way is skipped.
   */
  public void schedule(Duration every) {
    Instant due = knowledge.status().lastSyncAt().map(t -> t.plus(every)).orElse(clock.instant());
    long first = Math.max(0, Duration.between(clock.instant(), due).toMillis());
    scheduler.scheduleWithFixedDelay(() -> {
      try {
        Run run = startSync();
        LOG.info("event=scheduled_sync run={} every_s={}", run.id(), every.toSeconds());
      } catch (RunInProgress e) {
        LOG.info("event=scheduled_sync_skipped running={} kind={}", e.running().id(), e.running().kind());
      } catch (RuntimeException e) {
        LOG.error("event=scheduled_sync_failed_to_start error=\"{}\"", e.getMessage());
      }
    }, first, every.toMillis(), TimeUnit.MILLISECONDS);
    LOG.info("event=sync_scheduled every_s={} first_in_s={}", every.toSeconds(), first / 1000);
  }

  public Optional<Running> running() {
    Run r = running.get();
    return r == null ? Optional.empty() : Optional.of(new Running(r, phase()));
  }

  public Optional<Finished> last() {
    return Optional.ofNullable(last.get());
  }

  private Optional<Progress.Snapshot> phase() {
    return running.get() == null ? Optional.empty() : knowledge.progress().current();
  }

  @FunctionalInterface
  private interface Work {
    Object run() throws Exception;
  }

  private Run start(String kind, Work work) {
    Run run = new Run("run-" + UUID.randomUUID().toString().substring(0, 8), kind, clock.instant());
    if (!running.compareAndSet(null, run)) throw new RunInProgress(running.get());
    knowledge.progress().clear();
    LOG.info("event=knowledge_run_started run={} kind={}", run.id(), kind);
    worker.execute(() -> {
      long start = System.nanoTime();
      String outcome = "failed";
      Optional<String> error = Optional.empty();
      try {
        work.run();
        outcome = "done";
        LOG.info("event=knowledge_run_done run={} kind={} revision={} ms={}", run.id(), kind, knowledge.status().revision(),
            (System.nanoTime() - start) / 1_000_000);
      } catch (Exception e) {
        error = Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage());
        // the published revision stays in force; what the run committed is resumed by the next one
        LOG.error("event=knowledge_run_failed run={} kind={} error=\"{}\"", run.id(), kind, error.get(), e);
      } finally {
        last.set(new Finished(run, outcome, error, clock.instant()));
        Timer.builder("deskhand_knowledge_run_duration").tag("kind", kind).tag("outcome", outcome)
            .description("background knowledge runs by kind and outcome").register(meters)
            .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        running.set(null);
      }
    });
    return run;
  }

  /**
   * Stops the schedule. A run under way is not interrupted (an interrupt can leave Lucene's files half-read); it ends
   * when the knowledge base closes under it, and the next run resumes from its last commit.
   */
  @Override
  public void close() {
    scheduler.shutdownNow();
    worker.shutdown();
  }
}
