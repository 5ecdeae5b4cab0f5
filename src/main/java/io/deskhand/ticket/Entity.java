package io.deskhand.ticket;

import java.util.Objects;

/**
 * A reference the customer gave in a ticket: an order, tracking or invoice number, a product or plan the knowledge
 * base knows, an e-mail address or a phone number.
 *
 * @param kind order_number, tracking_number, invoice_number, product, plan, email, phone (or a kind a team adds)
 * @param start offset of the value in the ticket's text as sent (subject, a newline, then the description)
 * @param end offset just past it
 */
public record Entity(String kind, String value, int start, int end) {
  public Entity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(value, "value");
    if (start < 0 || end < start) throw new IllegalArgumentException("entity span [" + start + "," + end + ") is not a span");
  }
}
