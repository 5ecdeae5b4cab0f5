package io.deskhand.draft;

import io.deskhand.ticket.Entity;
import io.deskhand.ticket.Retrieved;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a drafter gets for one ticket.
 *
 * @param language the ticket's detected language: the draft must be in it
 * @param customerText the cleaned ticket text (quoted history, signatures and footers removed)
 * @param intent the predicted intent when it was not abstained on (sources with the same intent are preferred)
 * @param intentConfidence the intent's confidence, 0 when abstained on
 * @param tone the predicted tone when not abstained on (an LLM matches it)
 * @param entities references the customer gave in this ticket (order numbers, tracking numbers, ...), to fill slots
 * @param requesterName the customer's name when known (Zendesk requester), for the greeting
 */
public record DraftRequest(String language, String subject, String customerText, Retrieved retrieved, Optional<String> intent,
                           double intentConfidence, Optional<String> tone, List<Entity> entities, Optional<String> requesterName) {
  public DraftRequest {
    Objects.requireNonNull(language, "language");
    subject = subject == null ? "" : subject;
    customerText = customerText == null ? "" : customerText;
    Objects.requireNonNull(retrieved, "retrieved");
    intent = intent == null ? Optional.empty() : intent;
    tone = tone == null ? Optional.empty() : tone;
    entities = entities == null ? List.of() : List.copyOf(entities);
    requesterName = requesterName == null ? Optional.empty() : requesterName;
  }

  public DraftRequest(String language, String subject, String customerText, Retrieved retrieved, Optional<String> intent) {
    this(language, subject, customerText, retrieved, intent, intent.isPresent() ? 1 : 0, Optional.empty(), List.of(), Optional.empty());
  }
}
