package io.deskhand.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A ticket as Zendesk returned it: the fields the integration decides on, plus the whole JSON object.
 *
 * @param updatedAt the raw {@code updated_at} string, sent back as {@code updated_stamp} for a safe update
 */
public record RemoteTicket(long id, String status, String subject, String description, List<String> tags,
                           String updatedAt, JsonNode json) {
  public RemoteTicket {
    Objects.requireNonNull(json, "json");
    tags = List.copyOf(tags);
    subject = subject == null ? "" : subject;
    description = description == null ? "" : description;
  }

  static RemoteTicket of(JsonNode t) {
    if (t == null || !t.isObject() || !t.hasNonNull("id")) {
      throw new ZendeskException("expected a ticket object with an id, got " + (t == null ? "nothing" : t.getNodeType()), 200);
    }
    List<String> tags = new ArrayList<>();
    t.path("tags").forEach(x -> tags.add(x.asText()));
    return new RemoteTicket(t.get("id").asLong(), text(t, "status"), text(t, "subject"), text(t, "description"), tags,
        text(t, "updated_at"), t);
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
