package io.deskhand.ticket;

/** A solved ticket found for a query, with its cosine similarity to the query (0..1). */
public record TicketHit(SolvedTicket ticket, double similarity) {
  public TicketHit {
    if (Double.isNaN(similarity)) throw new IllegalArgumentException("similarity is NaN for ticket " + ticket.id());
  }
}
