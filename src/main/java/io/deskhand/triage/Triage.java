package io.deskhand.triage;

import io.deskhand.draft.Draft;
import io.deskhand.draft.TicketAssistant;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.DetectedLanguage;
import io.deskhand.ticket.Entity;
import io.deskhand.ticket.Prediction;
import io.deskhand.ticket.TicketHit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Deskhand concluded about one ticket.
 *
 * @param fields intent, tone, priority, group, type (those it could predict); values under threshold are in abstained
 * @param groupId the Zendesk group id behind the group prediction, when known
 * @param abstained fields (and "draft") not to act on: under threshold, or the language is not covered
 * @param timingsMs stage -> milliseconds
 * @param entities references the customer gave (order, tracking and invoice numbers, products, plans, e-mail, phone)
 * @param summary the thread in at most 100 words, when a language model is configured
 * @param translation the customer's message in llm.agent_language, when a language model is configured and the ticket
 *     is in another language
 */
public record Triage(String cleanedText, DetectedLanguage language, Map<String, Prediction> fields, Optional<Long> groupId,
                     List<Prediction> tags, List<TicketHit> similarTickets, List<ChunkHit> articles, List<ChunkHit> docs,
                     Draft draft, List<String> abstained, Map<String, Double> timingsMs, List<Entity> entities,
                     Optional<String> summary, Optional<TicketAssistant.Translation> translation) {
  public Triage(String cleanedText, DetectedLanguage language, Map<String, Prediction> fields, Optional<Long> groupId,
                List<Prediction> tags, List<TicketHit> similarTickets, List<ChunkHit> articles, List<ChunkHit> docs,
                Draft draft, List<String> abstained, Map<String, Double> timingsMs) {
    this(cleanedText, language, fields, groupId, tags, similarTickets, articles, docs, draft, abstained, timingsMs, List.of(),
        Optional.empty(), Optional.empty());
  }

  public Triage {
    summary = summary == null ? Optional.empty() : summary;
    translation = translation == null ? Optional.empty() : translation;
    fields = Map.copyOf(fields);
    tags = List.copyOf(tags);
    similarTickets = List.copyOf(similarTickets);
    articles = List.copyOf(articles);
    docs = List.copyOf(docs);
    abstained = List.copyOf(abstained);
    timingsMs = Map.copyOf(timingsMs);
    entities = entities == null ? List.of() : List.copyOf(entities);
  }

  public boolean isAbstained(String field) {
    return abstained.contains(field);
  }
}
