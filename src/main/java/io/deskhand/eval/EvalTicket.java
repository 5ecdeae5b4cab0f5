package io.deskhand.eval;

import io.deskhand.ticket.TicketText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One past ticket as `eval` replays it, whatever file it came from.
 *
 * @param id the id in the input (a CSV id column, the Zendesk id, or the row number)
 * @param numericId the id it gets in the index (Zendesk ids are numeric; other inputs are numbered in file order)
 * @param reply the agent's resolving reply, empty when the input has none
 * @param labels field -> value the agents gave (intent, group, priority, type ...)
 * @param time when it was created, or null when the input has no time
 * @param bundleLine the Zendesk bundle line that `ingest` reads for it (the original line for Zendesk input)
 */
public record EvalTicket(String id, long numericId, String subject, String description, String reply,
                         Map<String, String> labels, Instant time, String locale, String bundleLine) {
  public EvalTicket {
    Objects.requireNonNull(id, "id");
    subject = subject == null ? "" : subject;
    description = description == null ? "" : description;
    reply = reply == null ? "" : reply;
    labels = Map.copyOf(labels);
    Objects.requireNonNull(bundleLine, "bundleLine for ticket " + id);
  }

  /** The ticket as triage reads it, as it reads a new ticket's subject and first message (/api/triage, the webhook job). */
  public TicketText ticketText() {
    return new TicketText(subject, description, List.of(), Optional.ofNullable(locale));
  }

  /** What a reader sees first: the subject, or the start of the description. */
  public String headline() {
    String s = subject.isBlank() ? description : subject;
    s = s.strip().replaceAll("\\s+", " ");
    return s.length() > 140 ? s.substring(0, 137) + "..." : s;
  }
}
