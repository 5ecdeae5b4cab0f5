package io.deskhand.zendesk;

import io.deskhand.ticket.TicketThread;
import java.time.Instant;

/**
 * A ticket comment as the Ticket Comments API (or the events export) returned it.
 *
 * @param body its text by the one rule of {@link ZendeskJson#commentBody}
 * @param isPublic false for an internal note
 */
public record ZendeskComment(long id, Long authorId, boolean isPublic, String body, Instant createdAt) {
  public ZendeskComment {
    body = body == null ? "" : body;
  }

  TicketThread.Comment asThreadComment() {
    return new TicketThread.Comment(authorId, isPublic, body, createdAt);
  }
}
