package io.deskhand.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The parts of a Zendesk ticket (plus its comments) that Deskhand reads, as the API returns them. */
public record ZendeskTicket(long id, String subject, String description, String status, String priority, String type,
                            List<String> tags, Long groupId, Long requesterId, Instant createdAt,
                            Map<Long, String> customFields, List<Comment> comments) {
  public ZendeskTicket {
    subject = subject == null ? "" : subject;
    description = description == null ? "" : description;
    tags = tags == null ? List.of() : List.copyOf(tags);
    customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    comments = comments == null ? List.of() : List.copyOf(comments);
  }

  public record Comment(Long authorId, boolean isPublic, String body, Instant createdAt) {}

  public boolean resolved() {
    return "solved".equals(status) || "closed".equals(status);
  }

  /**
   * The agent's public reply that resolved the ticket: the last public comment not written by the requester.
   * Internal notes never leave Zendesk through Deskhand, so they are not candidates.
   */
  public String resolution() {
    for (int i = comments.size() - 1; i >= 1; i--) {
      Comment c = comments.get(i);
      if (c.isPublic() && c.authorId() != null && !c.authorId().equals(requesterId) && c.body() != null && !c.body().isBlank()) {
        return c.body();
      }
    }
    return "";
  }
}
