package io.deskhand.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A ticket and its comments, oldest first: what Deskhand reads of a ticket, whichever way it came (a bundle line, the
 * API). The Zendesk JSON shapes are read into it in one place ({@code zendesk/ZendeskJson}).
 */
public record TicketThread(long id, String subject, String description, String status, String priority, String type,
                            List<String> tags, Long groupId, Long requesterId, Instant createdAt,
                            Map<Long, String> customFields, List<Comment> comments) {
  /** The tag Deskhand adds to every ticket it triaged; a ticket carrying it is not triaged again nor learned as a label. */
  public static final String TRIAGED_TAG = "deskhand_triaged";

  public TicketThread {
    subject = subject == null ? "" : subject;
    description = description == null ? "" : description;
    tags = tags == null ? List.of() : List.copyOf(tags);
    customFields = customFields == null ? Map.of() : Map.copyOf(customFields);
    comments = comments == null ? List.of() : List.copyOf(comments);
  }

  /** @param body the comment's text (for Zendesk: plain_body, else body, else html_body stripped of its markup) */
  public record Comment(Long authorId, boolean isPublic, String body, Instant createdAt) {
    public Comment {
      body = body == null ? "" : body;
    }
  }

  /**
   * The customer's first message: the first public comment with text, else the description (a ticket created with no
   * public comment, or one read without its comments). With {@link RequestText} and the cleaner it is the one rule for
   * a ticket's text, so the indexed and the queried side of the same ticket read the same words.
   */
  public String firstMessage() {
    int first = firstMessageIndex();
    return first < comments.size() && !comments.get(first).body().isBlank() ? comments.get(first).body() : description;
  }

  /** The comments after the first message, oldest first (a summary reads them; triage works on the first message). */
  public List<Comment> laterComments() {
    return comments.subList(Math.min(comments.size(), firstMessageIndex() + 1), comments.size());
  }

  private int firstMessageIndex() {
    for (int i = 0; i < comments.size(); i++) {
      if (comments.get(i).isPublic() && !comments.get(i).body().isBlank()) return i;
    }
    return 0;
  }

  public boolean resolved() {
    return "solved".equals(status) || "closed".equals(status);
  }

  /**
   * The agent's public reply that resolved the ticket: the last public comment not written by the requester, passing
   * over a closing exchange at the end (the requester's short "thanks, all clear" and the agent's short "you're
   * welcome, enjoy your coffee!"), whose reply says nothing a draft could reuse. Internal notes never leave Zendesk
   * through Deskhand, so they are not candidates.
   */
  public String resolution() {
    for (int i = comments.size() - 1; i >= 1; i--) {
      if (!isAgentReply(comments.get(i))) continue;
      if (isClosingCourtesy(i) && hasAgentReplyBefore(i)) continue;
      return comments.get(i).body();
    }
    return "";
  }

  /** Longest requester follow-up, and agent answer to it, that still count as a closing exchange (9% of the demo's). */
  private static final int CLOSING_FOLLOW_UP_CHARS = 100;
  private static final int CLOSING_REPLY_CHARS = 120;

  private boolean isAgentReply(Comment c) {
    return c.isPublic() && c.authorId() != null && !c.authorId().equals(requesterId) && c.body() != null && !c.body().isBlank();
  }

  /**
   * A short agent reply without figures (dates, amounts, delays) that answers a short public comment of the
   * requester's: the courtesy that ends a thread, not the answer that solved it.
   */
  private boolean isClosingCourtesy(int reply) {
    String body = comments.get(reply).body().strip();
    if (body.length() > CLOSING_REPLY_CHARS || body.chars().anyMatch(Character::isDigit)) return false;
    for (int i = reply - 1; i >= 1; i--) {
      Comment c = comments.get(i);
      if (!c.isPublic()) continue;
      return c.authorId() != null && c.authorId().equals(requesterId) && c.body() != null
          && c.body().strip().length() <= CLOSING_FOLLOW_UP_CHARS;
    }
    return false;
  }

  private boolean hasAgentReplyBefore(int reply) {
    for (int i = reply - 1; i >= 1; i--) if (isAgentReply(comments.get(i))) return true;
    return false;
  }
}
