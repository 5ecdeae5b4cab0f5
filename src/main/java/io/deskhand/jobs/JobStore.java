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

/**
 * Durable job queue in SQLite ({@code {data_dir}/jobs.db}, WAL, synchronous=FULL so an acknowledged webhook survives
 * a power cut). One connection, serialised: every operation is a short statement and the queue is far from the
 * point where SQLite's single writer matters.
 */
public final class JobStore implements AutoCloseable {
  private static final String COLUMNS = "id, ticket_id, status, attempts, last_error, created_at, updated_at";

  /** What {@link #enqueue} did: the job for the request, and whether it is new or a redelivery's earlier job. */
  public record Enqueued(Job job, boolean created) {}

  private final Connection db;
  private final Clock clock;

  private JobStore(Connection db, Clock clock) {
    this.db = db;
    this.clock = clock;
  }

  public static JobStore open(Path file, Clock clock) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        // Worker bookkeeping commits without fsync (WAL + NORMAL survives a crash of the process); only the intake of
        // an acknowledged job syncs to disk (see enqueue). An fsync per worker update made webhook acks queue behind
        // them: p99 70 ms at 200 webhooks/s while jobs ran.
        s.execute("PRAGMA synchronous=NORMAL");
        s.execute("PRAGMA busy_timeout=5000");
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
        s.execute("CREATE INDEX IF NOT EXISTS jobs_due ON jobs(status, not_before)");
        s.execute("CREATE INDEX IF NOT EXISTS jobs_ticket ON jobs(ticket_id)");
        // delivery keys (webhook invocation id, event id) -> job, so a redelivery finds its job
        s.execute("CREATE TABLE IF NOT EXISTS job_keys (key TEXT PRIMARY KEY, job_id TEXT NOT NULL)");
      }
      return new JobStore(db, clock);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the job store " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the folder of " + file, e);
    }
  }

  /**
   * Stores a job for {@code ticketId} unless one exists for any of {@code keys} or a live or finished one exists for
   * the ticket (queued, running, done, skipped); a failed ticket gets a new job. Committed before it returns.
   */
  public synchronized Enqueued enqueue(long ticketId, List<String> keys) {
    try {
      setSynchronous("FULL"); // an acknowledged job must survive even a power loss
      db.setAutoCommit(false);
      try {
        Optional<String> existing = Optional.empty();
        for (String key : keys) {
          existing = queryString("SELECT job_id FROM job_keys WHERE key = ?", key);
          if (existing.isPresent()) break;
        }
        if (existing.isEmpty()) {
          try (PreparedStatement ps = db.prepareStatement(
              "SELECT id FROM jobs WHERE ticket_id = ? AND status IN ('queued','running','done','skipped') ORDER BY created_at LIMIT 1")) {
            ps.setLong(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) existing = Optional.of(rs.getString(1));
            }
          }
        }
        boolean created = existing.isEmpty();
        String id = existing.orElseGet(() -> UUID.randomUUID().toString());
        long now = clock.millis();
        if (created) {
          try (PreparedStatement ps = db.prepareStatement(
              "INSERT INTO jobs (id, ticket_id, status, attempts, not_before, created_at, updated_at) VALUES (?, ?, 'queued', 0, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setLong(2, ticketId);
            ps.setLong(3, now);
            ps.setLong(4, now);
            ps.setLong(5, now);
            ps.executeUpdate();
          }
        }
        try (PreparedStatement ps = db.prepareStatement("INSERT OR IGNORE INTO job_keys (key, job_id) VALUES (?, ?)")) {
          for (String key : keys) {
            ps.setString(1, key);
            ps.setString(2, id);
            ps.addBatch();
          }
          if (!keys.isEmpty()) ps.executeBatch();
        }
        db.commit();
        return new Enqueued(find(id).orElseThrow(), created);
      } catch (SQLException | RuntimeException e) {
        db.rollback();
        throw e;
      } finally {
        db.setAutoCommit(true);
        setSynchronous("NORMAL");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot store the job for ticket " + ticketId + ": " + e.getMessage(), e);
    }
  }

  public synchronized Optional<Job> find(String id) {
    try (PreparedStatement ps = db.prepareStatement("SELECT " + COLUMNS + " FROM jobs WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(job(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("read job " + id, e);
    }
  }

  /** Takes the oldest due queued job: it becomes running, with one more attempt and a lease. */
  public synchronized Optional<Job> claim(Duration lease) {
    long now = clock.millis();
    try (PreparedStatement ps = db.prepareStatement("""
        UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_until = ?, updated_at = ?
        WHERE id = (SELECT id FROM jobs WHERE status = 'queued' AND not_before <= ? ORDER BY not_before, created_at LIMIT 1)
        RETURNING """ + " " + COLUMNS)) {
      ps.setLong(1, now + lease.toMillis());
      ps.setLong(2, now);
      ps.setLong(3, now);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(job(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw failure("claim a job", e);
    }
  }

  /** Ends a running job: done, skipped or failed. */
  public synchronized void finish(String id, JobStatus status, Optional<String> error) {
    if (status == JobStatus.QUEUED || status == JobStatus.RUNNING) throw new IllegalArgumentException("finish needs a final status, got " + status);
    update("UPDATE jobs SET status = ?, last_error = ?, lease_until = NULL, updated_at = ? WHERE id = ?",
        status.wire(), error.orElse(null), clock.millis(), id);
  }

  /** Puts a running job back in the queue, due at {@code notBefore}, keeping the error that made it retry. */
  public synchronized void retryAt(String id, Instant notBefore, String error) {
    update("UPDATE jobs SET status = 'queued', last_error = ?, not_before = ?, lease_until = NULL, updated_at = ? WHERE id = ?",
        error, notBefore.toEpochMilli(), clock.millis(), id);
  }

  /** Puts a job interrupted by shutdown back in the queue without counting the attempt. */
  public synchronized void release(String id) {
    update("UPDATE jobs SET status = 'queued', attempts = MAX(0, attempts - 1), lease_until = NULL, updated_at = ? WHERE id = ? AND status = 'running'",
        clock.millis(), id);
  }

  /** Re-queues running jobs whose lease ran out: their worker died (crash, kill -9) before finishing them. */
  public synchronized int requeueExpired() {
    long now = clock.millis();
    try (PreparedStatement ps = db.prepareStatement(
        "UPDATE jobs SET status = 'queued', lease_until = NULL, updated_at = ? WHERE status = 'running' AND lease_until < ?")) {
      ps.setLong(1, now);
      ps.setLong(2, now);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("re-queue expired jobs", e);
    }
  }

  /** When the next queued job is due, if any is queued. */
  public synchronized Optional<Instant> nextDue() {
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT MIN(not_before) FROM jobs WHERE status = 'queued'")) {
      if (!rs.next()) return Optional.empty();
      long v = rs.getLong(1);
      return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
    } catch (SQLException e) {
      throw failure("read the queue", e);
    }
  }

  public synchronized Map<JobStatus, Long> counts() {
    Map<JobStatus, Long> out = new EnumMap<>(JobStatus.class);
    for (JobStatus s : JobStatus.values()) out.put(s, 0L);
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT status, COUNT(*) FROM jobs GROUP BY status")) {
      while (rs.next()) out.put(JobStatus.ofWire(rs.getString(1)), rs.getLong(2));
    } catch (SQLException e) {
      throw failure("count jobs", e);
    }
    return out;
  }

  public synchronized List<Job> all() {
    List<Job> out = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM jobs ORDER BY created_at, id")) {
      while (rs.next()) out.add(job(rs));
    } catch (SQLException e) {
      throw failure("list jobs", e);
    }
    return out;
  }

  private Optional<String> queryString(String sql, String arg) throws SQLException {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      ps.setString(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private void update(String sql, Object... args) {
    try (PreparedStatement ps = db.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) ps.setObject(i + 1, args[i]);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw failure("update a job", e);
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

  private void setSynchronous(String level) throws SQLException {
    try (Statement s = db.createStatement()) {
      s.execute("PRAGMA synchronous=" + level);
    }
  }

  @Override
  public synchronized void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw failure("close", e);
    }
  }
}
