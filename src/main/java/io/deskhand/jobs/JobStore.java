package io.deskhand.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable job queue in SQLite ({@code {data_dir}/jobs.db}, WAL). The webhook's intake has a connection of its own and
 * commits in groups ({@link GroupCommit}): the webhooks that arrive while one commit runs share the next, and each is
 * answered only once the commit holding its job is done, so a burst costs a commit per group rather than one per
 * webhook. (On the project's 2-core VM at 500 webhooks a second a group averaged 1.1 webhooks: one commit takes
 * about 0.25 ms, and the intake's tail there was threads waiting for a core, not commits; eval/RESULTS.md.)
 *
 * <p>When an acknowledged job is safe, by {@link Durability}: by default ({@code synchronous=NORMAL} in WAL mode) a
 * commit is written to the WAL, that is handed to the operating system, before the webhook is answered, and SQLite
 * documents such a commit as durable across an application crash: a kill -9 of Deskhand loses no acknowledged job
 * ({@code JobStoreKillIT}). What it does not survive is a power loss or an operating-system crash
 * before the WAL reaches the disk; a checkpoint on a background thread (a connection of its own, so nobody waits for
 * its fsync) syncs the WAL every second, so that window is at most about a second of webhooks. {@link
 * Durability#SYNC_EACH} ({@code synchronous=FULL}, {@code jobs.sync_each_webhook}) closes it: an fsync before every
 * answer, paid once per batch, but each answer then waits for a whole fsync, whose tail on this project's 2-core VM
 * is tens of milliseconds. Worker bookkeeping uses a further connection; writers take one Java lock rather than
 * meeting in SQLite, whose busy handler sleeps a millisecond or more. Figures: eval/webhook-load.sh, in
 * eval/RESULTS.md.
 */
public final class JobStore implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(JobStore.class);
  private static final String COLUMNS = "id, ticket_id, status, attempts, last_error, created_at, updated_at";
  private static final Duration CHECKPOINT_EVERY = Duration.ofSeconds(1);

  /**
   * When an acknowledged job is on disk: at the next checkpoint (at most a second; safe from a kill of the process
   * at once), or before the webhook is answered (safe from a power loss too).
   */
  public enum Durability { CHECKPOINT, SYNC_EACH }

  /** What {@link #enqueue} did: the job for the request, and whether it is new or a redelivery's earlier job. */
  public record Enqueued(Job job, boolean created) {}

  private final Connection intake;
  private final Connection db;
  /** The checkpoint's own: its fsync must hold up neither the intake nor the worker. */
  private final Connection checkpoints;
  private final ReentrantLock writeLock = new ReentrantLock();
  private final Clock clock;
  private final GroupCommit<Delivery, Enqueued> intakeCommits = new GroupCommit<>(this::commitIntake);
  private final ScheduledExecutorService checkpointer;

  private JobStore(Connection intake, Connection db, Connection checkpoints, Clock clock) {
    this.intake = intake;
    this.db = db;
    this.checkpoints = checkpoints;
    this.clock = clock;
    this.checkpointer = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("deskhand-jobs-checkpoint").daemon(true).unstarted(r));
    checkpointer.scheduleWithFixedDelay(this::checkpoint, CHECKPOINT_EVERY.toMillis(), CHECKPOINT_EVERY.toMillis(), TimeUnit.MILLISECONDS);
  }

  public static JobStore open(Path file, Clock clock) {
    return open(file, clock, Durability.CHECKPOINT);
  }

  public static JobStore open(Path file, Clock clock, Durability intakeDurability) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Connection db = connect(file, "NORMAL");
      try (Statement s = db.createStatement()) {
        s.execute("""
            CREATE TABLE IF NOT EXISTS jobs (
              id TEXT PRIMARY KEY,
              ticket_id INTEGER NOT NULL,
              status TEXT NOT NULL,
              attempts INTEGER NOT NULL DEFAULT 0,
              last_error TEXT,
              not_before INTEGER NOT NULL,
              lease_until INTEGER,
              created_at INTEGER NOT NULL,
              updated_at INTEGER NOT NULL)""");
        // 1: a job skipped because Zendesk did not find its ticket; a later webhook for the ticket gets a new job
        if (!hasColumn(db, "jobs", "renewable")) s.execute("ALTER TABLE jobs ADD COLUMN renewable INTEGER NOT NULL DEFAULT 0");
        s.execute("CREATE INDEX IF NOT EXISTS jobs_due ON jobs(status, not_before)");
        s.execute("CREATE INDEX IF NOT EXISTS jobs_ticket ON jobs(ticket_id)");
        // delivery keys (webhook invocation id, event id) -> job, so a redelivery finds its job
        s.execute("CREATE TABLE IF NOT EXISTS job_keys (key TEXT PRIMARY KEY, job_id TEXT NOT NULL)");
      }
      Connection intake = connect(file, intakeDurability == Durability.SYNC_EACH ? "FULL" : "NORMAL");
      return new JobStore(intake, db, connect(file, "NORMAL"), clock);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the job store " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
  }

  private static boolean hasColumn(Connection c, String table, String column) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
      while (rs.next()) if (column.equals(rs.getString("name"))) return true;
    }
    return false;
  }

  private static Connection connect(Path file, String synchronous) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    try (Statement s = c.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=" + synchronous);
      s.execute("PRAGMA busy_timeout=5000");
      s.execute("PRAGMA wal_autocheckpoint=0"); // see checkpoint()
    }
    return c;
  }

  /**
   * Syncs the WAL and copies its committed pages into the database without blocking writers; runs on its own thread
   * and connection.
   */
  private void checkpoint() {
    synchronized (checkpoints) {
      try (Statement s = checkpoints.createStatement()) {
        s.execute("PRAGMA wal_checkpoint(PASSIVE)");
      } catch (SQLException e) {
        // the next round tries again; until one succeeds, accepted jobs are safe from a crash but not yet on disk
        LOG.warn("event=jobs_checkpoint_failed error=\"{}\"", e.getMessage());
      }
    }
  }

  /**
   * Stores a job for {@code ticketId} unless one exists for any of {@code keys} or a live or finished one exists for
   * the ticket (queued, running, blocked_auth, done, skipped); a failed ticket gets a new job, and so does one skipped
   * because Zendesk did not find it (it may exist by now). Committed before it returns (see {@link Durability} for
   * when it is on disk); concurrent calls share one transaction ({@link GroupCommit}).
   */
  public Enqueued enqueue(long ticketId, List<String> keys) {
    return intakeCommits.submit(new Delivery(ticketId, List.copyOf(keys)));
  }

  /** Transactions the intake has committed: with {@code deskhand_webhook_requests}, how many jobs share a commit. */
  public long intakeCommits() {
    return intakeCommits.commits();
  }

  /** One webhook's job request: the ticket and its delivery keys. */
  private record Delivery(long ticketId, List<String> keys) {}

  /** The intake's batch: every delivery in one transaction on the intake connection, in arrival order. */
  private List<Enqueued> commitIntake(List<Delivery> deliveries) {
    writeLock.lock();
    try {
      intake.setAutoCommit(false);
      try {
        List<Enqueued> out = new ArrayList<>(deliveries.size());
        // one transaction sees its own inserts: a redelivery within the batch finds the job stored just before it
        for (Delivery d : deliveries) out.add(store(d.ticketId(), d.keys()));
        intake.commit();
        return out;
      } catch (SQLException | RuntimeException e) {
        intake.rollback();
        throw e;
      } finally {
        intake.setAutoCommit(true);
      }
    } catch (SQLException e) {
      String tickets = deliveries.size() == 1 ? "ticket " + deliveries.get(0).ticketId() : deliveries.size() + " tickets";
      throw new IllegalStateException("cannot store the job for " + tickets + ": " + e.getMessage(), e);
    } finally {
      writeLock.unlock();
    }
  }

  private Enqueued store(long ticketId, List<String> keys) throws SQLException {
    Optional<String> existing = Optional.empty();
    for (String key : keys) {
      existing = queryString(intake, "SELECT job_id FROM job_keys WHERE key = ?", key);
      if (existing.isPresent()) break;
    }
    if (existing.isEmpty()) {
      try (PreparedStatement ps = intake.prepareStatement(
          "SELECT id FROM jobs WHERE ticket_id = ? AND status IN ('queued','running','blocked_auth','done','skipped') "
          + "AND NOT (status = 'skipped' AND renewable = 1) ORDER BY created_at LIMIT 1")) {
        ps.setLong(1, ticketId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) existing = Optional.of(rs.getString(1));
        }
      }
    }
    boolean created = existing.isEmpty();
    String id = existing.orElseGet(() -> UUID.randomUUID().toString());
    Job job = null;
    if (created) {
      long now = clock.millis();
      try (PreparedStatement ps = intake.prepareStatement(
          "INSERT INTO jobs (id, ticket_id, status, attempts, not_before, created_at, updated_at) VALUES (?, ?, 'queued', 0, ?, ?, ?)")) {
        ps.setString(1, id);
        ps.setLong(2, ticketId);
        ps.setLong(3, now);
        ps.setLong(4, now);
        ps.setLong(5, now);
        ps.executeUpdate();
      }
      job = new Job(id, ticketId, JobStatus.QUEUED, 0, Optional.empty(), Instant.ofEpochMilli(now), Instant.ofEpochMilli(now));
    }
    try (PreparedStatement ps = intake.prepareStatement("INSERT OR IGNORE INTO job_keys (key, job_id) VALUES (?, ?)")) {
      for (String key : keys) {
        ps.setString(1, key);
        ps.setString(2, id);
        ps.addBatch();
      }
      if (!keys.isEmpty()) ps.executeBatch();
    }
    return new Enqueued(job != null ? job : find(intake, id).orElseThrow(), created);
  }

  public Optional<Job> find(String id) {
    synchronized (db) {
      try {
        return find(db, id);
      } catch (SQLException e) {
        throw failure("read job " + id, e);
      }
    }
  }

  private static Optional<Job> find(Connection c, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM jobs WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(job(rs)) : Optional.empty();
      }
    }
  }

  /** Takes the oldest due queued job: it becomes running, with one more attempt and a lease. */
  public Optional<Job> claim(Duration lease) {
    long now = clock.millis();
    return write("claim a job", () -> {
      try (PreparedStatement ps = db.prepareStatement("""
          UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_until = ?, updated_at = ?
          WHERE id = (SELECT id FROM jobs WHERE status = 'queued' AND not_before <= ? ORDER BY not_before, created_at LIMIT 1)
          RETURNING""" + " " + COLUMNS)) {
        ps.setLong(1, now + lease.toMillis());
        ps.setLong(2, now);
        ps.setLong(3, now);
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? Optional.of(job(rs)) : Optional.<Job>empty();
        }
      }
    });
  }

  /** Ends a running job: done, skipped or failed. */
  public void finish(String id, JobStatus status, Optional<String> error) {
    finish(id, status, error, false);
  }

  /**
   * As {@link #finish(String, JobStatus, Optional)}; {@code renewable}: the outcome does not hold for the ticket for
   * good (skipped because Zendesk answered 404), so a later webhook for it gets a job of its own.
   */
  public void finish(String id, JobStatus status, Optional<String> error, boolean renewable) {
    if (status == JobStatus.QUEUED || status == JobStatus.RUNNING || status == JobStatus.BLOCKED_AUTH) {
      throw new IllegalArgumentException("finish needs a final status, got " + status);
    }
    update("UPDATE jobs SET status = ?, last_error = ?, renewable = ?, lease_until = NULL, updated_at = ? WHERE id = ?",
        status.wire(), error.orElse(null), renewable ? 1 : 0, clock.millis(), id);
  }

  /**
   * Holds a running job until Zendesk accepts the credentials again; the attempt does not count against the job (it
   * says nothing about the ticket, and an outage of any length must leave every job its attempts).
   */
  public void blockAuth(String id, String error) {
    update("UPDATE jobs SET status = 'blocked_auth', last_error = ?, attempts = MAX(0, attempts - 1), lease_until = NULL, "
        + "updated_at = ? WHERE id = ? AND status = 'running'", error, clock.millis(), id);
  }

  /** Queues every job held for Zendesk's credentials, due now; returns how many. */
  public int resumeBlocked() {
    long now = clock.millis();
    return update("UPDATE jobs SET status = 'queued', not_before = ?, updated_at = ? WHERE status = 'blocked_auth'", now, now);
  }

  /** Puts a running job back in the queue, due at {@code notBefore}, keeping the error that made it retry. */
  public void retryAt(String id, Instant notBefore, String error) {
    update("UPDATE jobs SET status = 'queued', last_error = ?, not_before = ?, lease_until = NULL, updated_at = ? WHERE id = ?",
        error, notBefore.toEpochMilli(), clock.millis(), id);
  }

  /** Puts a job interrupted by shutdown back in the queue without counting the attempt. */
  public void release(String id) {
    update("UPDATE jobs SET status = 'queued', attempts = MAX(0, attempts - 1), lease_until = NULL, updated_at = ? WHERE id = ? AND status = 'running'",
        clock.millis(), id);
  }

  /**
   * Re-queues every running job, lease or not. Call it as the worker starts: no other process can be running one then
   * (the data dir's index lock keeps a second Deskhand out), so each was left by a process that crashed or was killed.
   * Waiting for the lease to run out instead left such a job running for good after a quick restart, and a redelivery
   * of its webhook only found that job again.
   */
  public int requeueRunning() {
    return update("UPDATE jobs SET status = 'queued', lease_until = NULL, updated_at = ? WHERE status = 'running'", clock.millis());
  }

  /** When the next queued job is due, if any is queued. */
  public Optional<Instant> nextDue() {
    synchronized (db) {
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(not_before) FROM jobs WHERE status = 'queued'")) {
        if (!rs.next()) return Optional.empty();
        long v = rs.getLong(1);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
      } catch (SQLException e) {
        throw failure("read the queue", e);
      }
    }
  }

  /** Jobs in one status (an index lookup, cheap enough for /health). */
  public long count(JobStatus status) {
    synchronized (db) {
      try (PreparedStatement ps = db.prepareStatement("SELECT COUNT(*) FROM jobs WHERE status = ?")) {
        ps.setString(1, status.wire());
        try (ResultSet rs = ps.executeQuery()) {
          return rs.next() ? rs.getLong(1) : 0;
        }
      } catch (SQLException e) {
        throw failure("count jobs", e);
      }
    }
  }

  public Map<JobStatus, Long> counts() {
    Map<JobStatus, Long> out = new EnumMap<>(JobStatus.class);
    for (JobStatus s : JobStatus.values()) out.put(s, 0L);
    synchronized (db) {
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM jobs GROUP BY status")) {
        while (rs.next()) out.put(JobStatus.ofWire(rs.getString(1)), rs.getLong(2));
      } catch (SQLException e) {
        throw failure("count jobs", e);
      }
    }
    return out;
  }

  public List<Job> all() {
    List<Job> out = new ArrayList<>();
    synchronized (db) {
      try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM jobs ORDER BY created_at, id")) {
        while (rs.next()) out.add(job(rs));
      } catch (SQLException e) {
        throw failure("list jobs", e);
      }
    }
    return out;
  }

  private static Optional<String> queryString(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private int update(String sql, Object... args) {
    return write("update a job", () -> {
      try (PreparedStatement ps = db.prepareStatement(sql)) {
        for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
        return ps.executeUpdate();
      }
    });
  }

  @FunctionalInterface
  private interface Sql<T> {
    T run() throws SQLException;
  }

  /** A worker-side write: the writers' lock first (the intake takes it too), then the worker connection. */
  private <T> T write(String what, Sql<T> work) {
    writeLock.lock();
    try {
      synchronized (db) {
        return work.run();
      }
    } catch (SQLException e) {
      throw failure(what, e);
    } finally {
      writeLock.unlock();
    }
  }

  private static Job job(ResultSet rs) throws SQLException {
    return new Job(rs.getString("id"), rs.getLong("ticket_id"), JobStatus.ofWire(rs.getString("status")), rs.getInt("attempts"),
        Optional.ofNullable(rs.getString("last_error")), Instant.ofEpochMilli(rs.getLong("created_at")),
        Instant.ofEpochMilli(rs.getLong("updated_at")));
  }

  private static IllegalStateException failure(String what, SQLException e) {
    return new IllegalStateException("job store: cannot " + what + ": " + e.getMessage(), e);
  }

  @Override
  public void close() {
    checkpointer.shutdownNow();
    writeLock.lock();
    try {
      synchronized (db) {
        checkpoint();
        intake.close();
        db.close();
        synchronized (checkpoints) {
          checkpoints.close();
        }
      }
    } catch (SQLException e) {
      throw failure("close", e);
    } finally {
      writeLock.unlock();
    }
  }
}
