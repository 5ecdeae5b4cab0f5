package io.deskhand.knowledge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.index.CommitPoint;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;

/**
 * One published state of the knowledge base, recorded in {@code {data_dir}/knowledge.json}: the index commits
 * searched, whether it is the bundled demo, when Zendesk was last synced. The learned models and the group directory
 * of revision N are in {@code {data_dir}/revisions/N/}. Replacing this file (write, sync, rename) is the single step
 * that publishes a revision: a process killed before it leaves the previous revision in force, after it the new one.
 *
 * @param number 0 for a data dir from before revisions (its files are where 0.3 kept them)
 */
record Revision(long number, CommitPoint index, boolean holdsDemo, Optional<Instant> lastSyncAt, Optional<Instant> publishedAt) {
  static final String FILE = "knowledge.json";
  private static final ObjectMapper JSON = new ObjectMapper();

  static Revision empty() {
    return new Revision(0, CommitPoint.NONE, false, Optional.empty(), Optional.empty());
  }

  static Optional<Revision> read(Path dataDir) throws IOException {
    Path file = dataDir.resolve(FILE);
    if (!Files.isRegularFile(file)) return Optional.empty();
    JsonNode n = JSON.readTree(file.toFile());
    return Optional.of(new Revision(n.path("revision").asLong(),
        new CommitPoint(n.path("tickets_commit").asLong(-1), n.path("knowledge_commit").asLong(-1)),
        n.path("holds_demo").asBoolean(false), instant(n, "last_sync_at"), instant(n, "published_at")));
  }

  private static Optional<Instant> instant(JsonNode n, String field) {
    return n.hasNonNull(field) ? Optional.of(Instant.parse(n.get(field).asText())) : Optional.empty();
  }

  /** Publishes this revision: the file is written aside, synced, renamed over the old one, and the rename synced. */
  void write(Path dataDir) throws IOException {
    ObjectNode n = JSON.createObjectNode().put("revision", number).put("tickets_commit", index.tickets())
        .put("knowledge_commit", index.knowledge()).put("holds_demo", holdsDemo);
    lastSyncAt.ifPresent(t -> n.put("last_sync_at", t.toString()));
    publishedAt.ifPresent(t -> n.put("published_at", t.toString()));
    Path tmp = dataDir.resolve(FILE + ".tmp");
    try (FileChannel out = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      out.write(java.nio.ByteBuffer.wrap(n.toString().getBytes(StandardCharsets.UTF_8)));
      out.force(true);
    }
    Files.move(tmp, dataDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    syncDirectory(dataDir);
  }

  /** Makes a rename in {@code dir} durable; where a folder cannot be opened for syncing (Windows) the rename stands as is. */
  private static void syncDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException e) {
      // not supported on this platform
    }
  }
}
