package io.deskhand.zendesk;

import io.deskhand.ticket.TicketThread;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket as the Tickets API returned it (no comments: those come from {@link ZendeskClient#commentThread}).
 *
 * @param updatedAt the raw {@code updated_at} string, sent back as {@code updated_stamp} for a safe update
 * @param requesterId null when the answer did not name one
 */
public record ZendeskTicket(long id, String status, String subject, String description, List<String> tags,
                            String updatedAt, Long requesterId, String priority, String type, Long groupId,
                            Instant createdAt, Map<Long, String> customFields) {
  public ZendeskTicket {
    tags = List.copyOf(tags);
    subject = subject == null ? "" : subject;
    description = description == null ? "" : description;
    customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
  }

  /** This ticket with its comments, as triage and the knowledge base read a ticket. */
  public TicketThread thread(CommentThread comments) {
    return new TicketThread(id, subject, description, status, priority, type, tags, groupId, requesterId, createdAt,
        customFields, comments.comments().stream().map(ZendeskComment::asThreadComment).toList());
  }
}
