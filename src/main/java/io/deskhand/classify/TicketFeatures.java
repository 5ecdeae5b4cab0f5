package io.deskhand.classify;

import io.deskhand.ticket.TicketHit;
import java.util.List;

/** What every classifier sees of one ticket: cleaned text, its embedding, and its nearest solved tickets. */
public record TicketFeatures(String text, float[] vector, List<TicketHit> neighbours) {
  public TicketFeatures {
    neighbours = List.copyOf(neighbours);
  }
}
