package io.deskhand.entity;

import io.deskhand.ticket.Entity;
import io.deskhand.ticket.TicketText;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The references of one ticket. They are looked for in the customer's own words (the cleaned text: an order number
 * in a quoted earlier e-mail is not this request's), and located in the subject or description as sent, so a
 * client can highlight them.
 */
public final class TicketEntities {
  private final EntityExtractor extractor;

  public TicketEntities(EntityExtractor extractor) {
    this.extractor = extractor;
  }

  public EntityExtractor extractor() {
    return extractor;
  }

  /** Every reference, exposed kinds and the drafter's own (amounts, dates, codes), once per kind and value. */
  public List<Entity> find(TicketText ticket, String cleanedDescription) {
    List<Entity> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (String field : List.of("subject", "description")) {
      String searched = field.equals("subject") ? ticket.subject() : cleanedDescription;
      String sent = field.equals("subject") ? ticket.subject() : ticket.description();
      for (EntityExtractor.Match m : extractor.find(searched)) {
        if (!seen.add(m.kind().name() + "\u0000" + m.value())) continue;
        int at = sent.indexOf(m.value());
        int start = at >= 0 ? at : m.start();
        out.add(new Entity(m.kind().name(), m.value(), field, start, start + m.value().length()));
      }
    }
    return out;
  }

  /** The kinds listed in a triage's entities (models/entities.yaml: not `expose: false`). */
  public List<Entity> exposed(List<Entity> all) {
    List<Entity> out = new ArrayList<>();
    for (Entity e : all) {
      for (EntityRules.Kind k : extractor.rules().kinds()) if (k.name().equals(e.kind()) && k.exposed()) out.add(e);
    }
    return out;
  }
}
