package io.deskhand.ticket;

import java.util.Objects;

/**
 * A reference the customer gave in a ticket: an order, tracking or invoice number, a product or plan, an e-mail
 * address or a phone number (or a kind a team adds in models/entities.yaml).
 *
 * @param field where the value is: "description" or "subject" (the ticket's fields as sent)
 * @param start offset of the value in that field
 * @param end offset just past it
 */
public record Entity(String kind, String value, String field, int start, int end) {
  public Entity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(field, "field");
    if (start < 0 || end < start) throw new IllegalArgumentException("entity span [" + start + "," + end + ") is not a span");
  }
}
