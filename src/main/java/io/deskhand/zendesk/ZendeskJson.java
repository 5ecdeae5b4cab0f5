package io.deskhand.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.ticket.GroupDirectory;
import io.deskhand.ticket.TicketThread;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one reader of Zendesk's JSON shapes (../shared/ZENDESK_API.md): tickets, comments, users, groups, and the bundle
 * line (a ticket object with its "comments") that `sync` writes and `ingest` reads. Tolerant of missing fields.
 */
public final class ZendeskJson {
  /** A comment's text fields in the order they are read: the events export has no plain_body, some shapes only html_body. */
  private static final List<String> BODY_FIELDS = List.of("plain_body", "body");

  private ZendeskJson() {}

  /** A bundle line: the ticket object plus its "comments", oldest first. */
  public static TicketThread thread(JsonNode t) {
    if (t == null || !t.isObject()) throw new IllegalArgumentException("expected a ticket JSON object");
    JsonNode id = t.get("id");
    if (id == null || !id.canConvertToLong() && !id.asText().matches("\\d+")) {
      throw new IllegalArgumentException("ticket has no numeric id");
    }
    List<TicketThread.Comment> comments = new ArrayList<>();
    t.path("comments").forEach(c -> comments.add(comment(c).asThreadComment()));
    return new TicketThread(id.asLong(), text(t, "subject", text(t, "raw_subject", "")), text(t, "description", ""),
        text(t, "status", null), text(t, "priority", null), text(t, "type", null), tags(t), longOrNull(t, "group_id"),
        longOrNull(t, "requester_id"), instant(t.get("created_at")), customFields(t), comments);
  }

  /** A ticket object of the Tickets API ({@code {"ticket": {...}}}'s value). */
  static ZendeskTicket ticket(JsonNode t) {
    if (t == null || !t.isObject() || !t.hasNonNull("id")) {
      throw new ZendeskException("expected a ticket object with an id, got " + (t == null ? "nothing" : t.getNodeType()), 200);
    }
    return new ZendeskTicket(t.get("id").asLong(), text(t, "status", null), text(t, "subject", ""), text(t, "description", ""),
        tags(t), text(t, "updated_at", null), longOrNull(t, "requester_id"), text(t, "priority", null), text(t, "type", null),
        longOrNull(t, "group_id"), instant(t.get("created_at")), customFields(t));
  }

  /** A comment of the Ticket Comments API, or a Comment child event of the ticket events export. */
  static ZendeskComment comment(JsonNode c) {
    return new ZendeskComment(c.path("id").asLong(0), longOrNull(c, "author_id"), c.path("public").asBoolean(true),
        commentBody(c), instant(c.get("created_at")));
  }

  static ZendeskUser user(JsonNode u) {
    return new ZendeskUser(u.path("id").asLong(-1), u.path("locale").asText(""));
  }

  static ZendeskGroup group(JsonNode g) {
    return new ZendeskGroup(g.path("id").asLong(), g.path("name").asText(""), g.path("deleted").asBoolean(false));
  }

  /**
   * The one rule for a comment's text: {@code plain_body}, else {@code body}, else {@code html_body} stripped of its
   * markup (line breaks kept, so quoted earlier messages are still cut by line); empty when none has text.
   */
  public static String commentBody(JsonNode c) {
    for (String f : BODY_FIELDS) {
      JsonNode v = c.get(f);
      if (v != null && v.isTextual() && !v.asText().isBlank()) return v.asText();
    }
    JsonNode html = c.get("html_body");
    return html != null && html.isTextual() ? htmlText(html.asText()) : "";
  }

  /** The text of an HTML body, one line per line break or block (wholeText keeps a br as a line break). */
  static String htmlText(String html) {
    Document doc = Jsoup.parseBodyFragment(html);
    doc.select("p, div, li, tr, blockquote, h1, h2, h3, h4, h5, h6").forEach(e -> e.appendText("\n"));
    return doc.body().wholeText().replaceAll("[ \\t\\x0B\\f\\r]+\n", "\n").replaceAll("\n{3,}", "\n\n").strip();
  }

  /** A groups file as GET /api/v2/groups returns it ({"groups":[{id,name,deleted}]}); deleted groups are left out. */
  public static GroupDirectory groups(Path file) {
    if (!Files.isRegularFile(file)) return GroupDirectory.empty();
    try {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      Map<Long, String> names = new LinkedHashMap<>();
      root.path("groups").forEach(g -> {
        if (g.hasNonNull("id") && g.hasNonNull("name") && !g.path("deleted").asBoolean(false)) {
          names.put(g.get("id").asLong(), g.get("name").asText());
        }
      });
      return new GroupDirectory(names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read groups file " + file, e);
    }
  }

  private static List<String> tags(JsonNode t) {
    List<String> tags = new ArrayList<>();
    t.path("tags").forEach(x -> tags.add(x.asText()));
    return tags;
  }

  private static Map<Long, String> customFields(JsonNode t) {
    Map<Long, String> custom = new LinkedHashMap<>();
    t.path("custom_fields").forEach(f -> {
      if (f.hasNonNull("id") && f.hasNonNull("value")) custom.put(f.get("id").asLong(), f.get("value").asText());
    });
    return custom;
  }

  private static Long longOrNull(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asLong() : null;
  }

  private static String text(JsonNode n, String field, String fallback) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? fallback : v.asText();
  }

  static Instant instant(JsonNode n) {
    if (n == null || n.isNull()) return null;
    if (n.isNumber()) return Instant.ofEpochSecond(n.asLong());
    try {
      return Instant.parse(n.asText());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
