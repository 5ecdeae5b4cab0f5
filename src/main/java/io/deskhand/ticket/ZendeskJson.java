package io.deskhand.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads Zendesk's JSON shapes (ticket object plus "comments") into {@link ZendeskTicket}. Tolerant of missing fields. */
public final class ZendeskJson {
  private ZendeskJson() {}

  public static ZendeskTicket ticket(JsonNode t) {
    if (t == null || !t.isObject()) throw new IllegalArgumentException("expected a ticket JSON object");
    JsonNode id = t.get("id");
    if (id == null || !id.canConvertToLong() && !id.asText().matches("\\d+")) {
      throw new IllegalArgumentException("ticket has no numeric id");
    }
    List<String> tags = new ArrayList<>();
    t.path("tags").forEach(x -> tags.add(x.asText()));
    Map<Long, String> custom = new LinkedHashMap<>();
    t.path("custom_fields").forEach(f -> {
      if (f.hasNonNull("id") && f.hasNonNull("value")) custom.put(f.get("id").asLong(), f.get("value").asText());
    });
    List<ZendeskTicket.Comment> comments = new ArrayList<>();
    t.path("comments").forEach(c -> comments.add(new ZendeskTicket.Comment(
        c.hasNonNull("author_id") ? c.get("author_id").asLong() : null,
        c.path("public").asBoolean(true),
        text(c, "plain_body", text(c, "body", "")),
        instant(c.get("created_at")))));
    return new ZendeskTicket(id.asLong(), text(t, "subject", text(t, "raw_subject", "")), text(t, "description", ""),
        text(t, "status", null), text(t, "priority", null), text(t, "type", null), tags,
        t.hasNonNull("group_id") ? t.get("group_id").asLong() : null,
        t.hasNonNull("requester_id") ? t.get("requester_id").asLong() : null,
        instant(t.get("created_at")), custom, comments);
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
