package io.deskhand.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.progress.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Pulls an account into {@code {data_dir}/sync/}: the incremental ticket export (cursor), comments in bulk from the
 * ticket events export (never one call per ticket), help-center articles and groups. Pages land in a staging SQLite
 * file and the cursors in {@code state.json} after each page, so an interrupted sync resumes where it stopped; the
 * bundle ({@code tickets.ndjson}, solved and closed tickets with their comments) is written at the end.
 *
 * <p>The events export delivers a comment once, as it was created, so a comment redacted later in Zendesk would keep
 * its original text here (issue 4: customer data must not outlive its source). A ticket we hold that comes back with
 * a newer {@code updated_at} is marked stale; after the events phase the stale solved and closed tickets get their
 * comments re-read, one call per ticket, and the other stale tickets lose their stored comments until they are solved.
 */
public final class ZendeskSync implements AutoCloseable {
  private static final Set<String> KEPT = Set.of("solved", "closed");

  /**
   * What a run did. {@code refreshed}: tickets whose comments were re-read because the ticket changed (a redaction,
   * say). {@code deleted}: tickets deleted in Zendesk, and {@code reopened}: tickets solved before and no longer
   * solved after a change; both to remove from the index ({@link #clearDeletions} once done).
   */
  public record Report(int ticketPages, int ticketsSeen, int eventPages, int comments, int refreshed, int articles,
                       int groups, int bundled, List<Long> deleted, List<Long> reopened) {}

  private final ZendeskClient zendesk;
  private final Path dir;
  private final PrintStream progress;
  private final ObjectMapper json = new ObjectMapper();
  private final Connection db;

  public ZendeskSync(ZendeskClient zendesk, Path syncDir, PrintStream progress) {
    this.zendesk = zendesk;
    this.dir = syncDir;
    this.progress = progress;
    try {
      Files.createDirectories(syncDir);
      db = DriverManager.getConnection("jdbc:sqlite:" + syncDir.resolve("staging.db").toAbsolutePath());
      try (Statement s = db.createStatement()) {
        s.execute("PRAGMA journal_mode=WAL");
        // deleted and replaced rows are overwritten with zeros, not left in free pages (redacted text must go)
        s.execute("PRAGMA secure_delete=ON");
        s.execute("CREATE TABLE IF NOT EXISTS tickets (id INTEGER PRIMARY KEY, status TEXT, json TEXT NOT NULL)");
        s.execute("CREATE TABLE IF NOT EXISTS comments (id INTEGER PRIMARY KEY, ticket_id INTEGER NOT NULL, created_at TEXT, json TEXT NOT NULL)");
        s.execute("CREATE INDEX IF NOT EXISTS comments_ticket ON comments(ticket_id)");
        // deleted: to remove from the index; tombstones: every ticket deleted in Zendesk, whose comments we never keep
        s.execute("CREATE TABLE IF NOT EXISTS deleted (id INTEGER PRIMARY KEY)");
        s.execute("CREATE TABLE IF NOT EXISTS tombstones (id INTEGER PRIMARY KEY)");
        // changed since we stored their comments; reopened = 1 when it was solved or closed before (so maybe indexed)
        s.execute("CREATE TABLE IF NOT EXISTS stale (id INTEGER PRIMARY KEY, reopened INTEGER NOT NULL DEFAULT 0)");
        try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
          if (rs.next() && rs.getInt(1) < 1) {
            // a staging file from before secure_delete may hold old ticket text in its free pages: rewrite it once
            s.execute("VACUUM");
            s.execute("PRAGMA user_version = 1");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + syncDir, e);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot open the sync staging store in " + syncDir + ": " + e.getMessage(), e);
    }
  }

  public Path bundle() {
    return dir.resolve("tickets.ndjson");
  }

  public Path articlesFile() {
    return dir.resolve("articles.json");
  }

  /** Runs every phase; the first run starts at {@code startTime} (unix seconds), later ones at the saved cursors. */
  public Report run(long startTime, Path groupsFile) throws IOException, SQLException {
    ObjectNode state = readState();
    List<ZendeskGroup> groups = zendesk.groups();
    ObjectNode g = json.createObjectNode();
    ArrayNode arr = g.putArray("groups");
    groups.forEach(group -> arr.addObject().put("id", group.id()).put("name", group.name()).put("deleted", group.deleted()));
    write(groupsFile, g.toString());
    progress.printf("sync groups: %d%n", groups.size());

    int ticketPages = 0;
    int seen = 0;
    Pages.ExportStart start = state.hasNonNull("tickets_cursor") ? Pages.ExportStart.after(state.get("tickets_cursor").asText())
        : Pages.ExportStart.at(startTime);
    long t0 = System.nanoTime();
    while (true) {
      Pages.TicketExportPage page = zendesk.exportTickets(start);
      db.setAutoCommit(false);
      try (PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO tickets (id, status, json) VALUES (?, ?, ?)");
           PreparedStatement held = db.prepareStatement("SELECT status, json_extract(json, '$.updated_at') FROM tickets WHERE id = ?");
           PreparedStatement stale = db.prepareStatement("INSERT INTO stale (id, reopened) VALUES (?, ?) "
               + "ON CONFLICT(id) DO UPDATE SET reopened = max(reopened, excluded.reopened)");
           PreparedStatement del = db.prepareStatement("DELETE FROM tickets WHERE id = ?");
           PreparedStatement gone = db.prepareStatement("INSERT OR IGNORE INTO deleted (id) VALUES (?)");
           PreparedStatement bury = db.prepareStatement("INSERT OR IGNORE INTO tombstones (id) VALUES (?)");
           PreparedStatement fresh = db.prepareStatement("DELETE FROM stale WHERE id = ?");
           PreparedStatement restored = db.prepareStatement("DELETE FROM tombstones WHERE id = ?")) {
        for (JsonNode t : page.tickets()) {
          long id = t.path("id").asLong();
          String status = t.path("status").asText("");
          if (status.equals("deleted")) {
            del.setLong(1, id);
            del.executeUpdate();
            gone.setLong(1, id);
            gone.executeUpdate();
            bury.setLong(1, id);
            bury.executeUpdate();
            fresh.setLong(1, id);
            fresh.executeUpdate();
            continue;
          }
          held.setLong(1, id);
          try (ResultSet rs = held.executeQuery()) {
            if (rs.next() && changed(rs.getString(2), t.path("updated_at").asText(null))) {
              stale.setLong(1, id);
              stale.setInt(2, KEPT.contains(rs.getString(1)) && !KEPT.contains(status) ? 1 : 0);
              stale.executeUpdate();
            }
          }
          restored.setLong(1, id);
          if (restored.executeUpdate() > 0) {
            // a deleted ticket restored in Zendesk: its comments were dropped, so read them again
            stale.setLong(1, id);
            stale.setInt(2, 0);
            stale.executeUpdate();
          }
          put.setLong(1, id);
          put.setString(2, status);
          put.setString(3, t.toString());
          put.executeUpdate();
        }
        db.commit();
      } finally {
        db.setAutoCommit(true);
      }
      ticketPages++;
      seen += page.tickets().size();
      if (page.afterCursor() != null) {
        state.put("tickets_cursor", page.afterCursor());
        saveState(state);
        start = Pages.ExportStart.after(page.afterCursor());
      }
      progress.printf("sync tickets: page %d, %d tickets, %.1f tickets/s%n", ticketPages, seen, seen / Math.max(1e-3, (System.nanoTime() - t0) / 1e9));
      if (page.endOfStream() || page.afterCursor() == null) break;
    }

    int eventPages = 0;
    int comments = 0;
    long eventsStart = state.hasNonNull("events_start_time") ? state.get("events_start_time").asLong() : startTime;
    while (true) {
      Pages.TicketEventsPage page = zendesk.ticketEvents(eventsStart);
      db.setAutoCommit(false);
      // a deleted ticket's events can still come (e.g. again at the time boundary): its comments are not stored
      try (PreparedStatement put = db.prepareStatement("INSERT OR IGNORE INTO comments (id, ticket_id, created_at, json) "
          + "SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM tombstones WHERE id = ?2)")) {
        for (JsonNode e : page.events()) {
          for (JsonNode child : e.path("child_events")) {
            if (!"Comment".equals(child.path("type").asText()) && !"VoiceComment".equals(child.path("type").asText())) continue;
            ObjectNode c = child.deepCopy();
            if (!c.hasNonNull("created_at") && e.hasNonNull("created_at")) c.set("created_at", e.get("created_at"));
            put.setLong(1, c.path("id").asLong());
            put.setLong(2, e.path("ticket_id").asLong());
            put.setString(3, c.path("created_at").asText(""));
            put.setString(4, c.toString());
            comments += put.executeUpdate();
          }
        }
        db.commit();
      } finally {
        db.setAutoCommit(true);
      }
      eventPages++;
      // time-based export: the next page starts at end_time (inclusive), so boundary events repeat; ids dedupe them
      boolean stuck = page.endTime() <= eventsStart && !page.events().isEmpty() && !page.endOfStream();
      eventsStart = stuck ? eventsStart + 1 : page.endTime();
      state.put("events_start_time", eventsStart);
      saveState(state);
      progress.printf("sync comments: page %d, %d new comments%n", eventPages, comments);
      if (page.endOfStream()) break;
    }
    int refreshed = refreshStale();

    List<JsonNode> articles = new ArrayList<>();
    Optional<String> next = Optional.empty();
    do {
      Pages.ArticlesPage page = zendesk.articles(next);
      articles.addAll(page.articles());
      next = page.next();
    } while (next.isPresent());
    ObjectNode a = json.createObjectNode();
    ArrayNode list = a.putArray("articles");
    articles.forEach(list::add);
    write(articlesFile(), a.toString());
    progress.printf("sync articles: %d%n", articles.size());

    int bundled = writeBundle();
    progress.printf("sync bundle: %d solved or closed tickets in %s%n", bundled, bundle());
    try (Statement s = db.createStatement()) {
      // the WAL still holds page images written before the deletes above: empty it
      s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
    }
    return new Report(ticketPages, seen, eventPages, comments, refreshed, articles.size(), groups.size(), bundled,
        pendingDeletions(), reopened());
  }

  /** True when a ticket we hold came back changed; unparseable stamps count as changed. */
  static boolean changed(String storedUpdatedAt, String updatedAt) {
    if (storedUpdatedAt == null || updatedAt == null) return true;
    try {
      return Instant.parse(updatedAt).isAfter(Instant.parse(storedUpdatedAt));
    } catch (DateTimeParseException e) {
      return !updatedAt.equals(storedUpdatedAt);
    }
  }

  /**
   * Replaces the stored comments of every stale solved or closed ticket with what Zendesk returns now, and drops
   * those of the other stale tickets (they are not bundled; when solved they change again and are re-read then).
   * Comments of deleted tickets go too, also those the events export delivers again at its time boundary.
   */
  private int refreshStale() throws SQLException {
    try (Statement s = db.createStatement()) {
      // stored before the ticket was deleted
      s.executeUpdate("DELETE FROM comments WHERE ticket_id IN (SELECT id FROM tombstones)");
      s.executeUpdate("DELETE FROM stale WHERE id NOT IN (SELECT id FROM tickets)");
      s.executeUpdate("DELETE FROM comments WHERE ticket_id IN (SELECT s.id FROM stale s JOIN tickets t ON t.id = s.id "
          + "WHERE t.status NOT IN ('solved','closed'))");
      // never indexed, nothing more to do; reopened ones stay until they are out of the index
      s.executeUpdate("DELETE FROM stale WHERE reopened = 0 AND id IN (SELECT id FROM tickets WHERE status NOT IN ('solved','closed'))");
    }
    List<Long> ids = new ArrayList<>();
    try (Statement s = db.createStatement();
         ResultSet rs = s.executeQuery("SELECT s.id FROM stale s JOIN tickets t ON t.id = s.id "
             + "WHERE t.status IN ('solved','closed') ORDER BY s.id")) {
      while (rs.next()) ids.add(rs.getLong(1));
    }
    Progress done = new Progress("sync refresh changed tickets", ids.size(), progress);
    int refreshed = 0;
    for (long id : ids) {
      List<JsonNode> current;
      try {
        current = zendesk.comments(id);
      } catch (ZendeskRejectedException e) {
        if (!e.isNotFound()) throw e;
        forget(id); // deleted since the export: the next export says so too
        done.advance(1);
        continue;
      }
      db.setAutoCommit(false);
      try (PreparedStatement drop = db.prepareStatement("DELETE FROM comments WHERE ticket_id = ?");
           PreparedStatement put = db.prepareStatement("INSERT OR REPLACE INTO comments (id, ticket_id, created_at, json) VALUES (?, ?, ?, ?)");
           PreparedStatement fresh = db.prepareStatement("DELETE FROM stale WHERE id = ?")) {
        drop.setLong(1, id);
        drop.executeUpdate();
        for (JsonNode c : current) {
          put.setLong(1, c.path("id").asLong());
          put.setLong(2, id);
          put.setString(3, c.path("created_at").asText(""));
          put.setString(4, c.toString());
          put.executeUpdate();
        }
        fresh.setLong(1, id);
        fresh.executeUpdate();
        db.commit();
      } finally {
        db.setAutoCommit(true);
      }
      refreshed++;
      done.advance(1);
    }
    done.finish();
    return refreshed;
  }

  /** A ticket Zendesk no longer has: out of the staging store, the bundle and (via {@link #pendingDeletions}) the index. */
  private void forget(long id) throws SQLException {
    db.setAutoCommit(false);
    try (Statement s = db.createStatement()) {
      s.executeUpdate("DELETE FROM tickets WHERE id = " + id);
      s.executeUpdate("DELETE FROM comments WHERE ticket_id = " + id);
      s.executeUpdate("DELETE FROM stale WHERE id = " + id);
      s.executeUpdate("INSERT OR IGNORE INTO deleted (id) VALUES (" + id + ")");
      s.executeUpdate("INSERT OR IGNORE INTO tombstones (id) VALUES (" + id + ")");
      db.commit();
    } finally {
      db.setAutoCommit(true);
    }
  }

  private int writeBundle() throws IOException, SQLException {
    Path tmp = dir.resolve("tickets.ndjson.tmp");
    int n = 0;
    try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
         PreparedStatement ts = db.prepareStatement("SELECT id, json FROM tickets WHERE status IN ('solved','closed') ORDER BY id");
         PreparedStatement cs = db.prepareStatement("SELECT json FROM comments WHERE ticket_id = ? ORDER BY created_at, id")) {
      try (ResultSet rs = ts.executeQuery()) {
        while (rs.next()) {
          ObjectNode t = (ObjectNode) json.readTree(rs.getString(2));
          if (!KEPT.contains(t.path("status").asText())) continue;
          ArrayNode list = t.putArray("comments");
          cs.setLong(1, rs.getLong(1));
          try (ResultSet c = cs.executeQuery()) {
            while (c.next()) list.add(json.readTree(c.getString(1)));
          }
          out.write(t.toString());
          out.write('\n');
          n++;
        }
      }
    }
    Files.move(tmp, bundle(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    return n;
  }

  /** Tickets seen deleted and not yet removed from the index. */
  public List<Long> pendingDeletions() throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM deleted ORDER BY id")) {
      while (rs.next()) out.add(rs.getLong(1));
    }
    return out;
  }

  /** Tickets solved before, changed and no longer solved or closed, and not yet removed from the index. */
  public List<Long> reopened() throws SQLException {
    List<Long> out = new ArrayList<>();
    try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM stale WHERE reopened = 1 ORDER BY id")) {
      while (rs.next()) out.add(rs.getLong(1));
    }
    return out;
  }

  /** Call once these tickets (deleted or reopened) are gone from the index. */
  public void clearDeletions(List<Long> ids) throws SQLException {
    try (PreparedStatement gone = db.prepareStatement("DELETE FROM deleted WHERE id = ?");
         PreparedStatement out = db.prepareStatement("DELETE FROM stale WHERE id = ? AND reopened = 1")) {
      for (long id : ids) {
        gone.setLong(1, id);
        gone.executeUpdate();
        out.setLong(1, id);
        out.executeUpdate();
      }
    }
  }

  private ObjectNode readState() throws IOException {
    Path f = dir.resolve("state.json");
    if (!Files.isRegularFile(f)) return json.createObjectNode();
    JsonNode n = json.readTree(f.toFile());
    return n instanceof ObjectNode o ? o : json.createObjectNode();
  }

  private void saveState(ObjectNode state) throws IOException {
    write(dir.resolve("state.json"), state.toString());
  }

  /** Write to a temp file and rename, so a crash never leaves half a file. */
  private static void write(Path file, String content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  @Override
  public void close() {
    try {
      db.close();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot close the sync staging store: " + e.getMessage(), e);
    }
  }
}
