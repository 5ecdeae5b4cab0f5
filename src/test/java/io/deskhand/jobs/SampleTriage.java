package io.deskhand.jobs;

import io.deskhand.draft.Draft;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.DetectedLanguage;
import io.deskhand.ticket.KnowledgeChunk;
import io.deskhand.ticket.Prediction;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A fixed, hand-built triage (refund request, English) for tests of what Deskhand does with a triage. */
public final class SampleTriage implements Triager {
  public static final String DRAFT = "Hello, your refund for the returned order was issued today; it reaches your account within 5 days.";
  public final ConcurrentLinkedQueue<TicketText> seen = new ConcurrentLinkedQueue<>();
  private final String language;
  private final double priorityConfidence;

  public SampleTriage(String language, double priorityConfidence) {
    this.language = language;
    this.priorityConfidence = priorityConfidence;
  }

  public SampleTriage() {
    this("en", 0.9);
  }

  @Override
  public Triage triage(TicketText ticket) {
    seen.add(ticket);
    Map<String, Prediction> fields = new LinkedHashMap<>();
    fields.put("intent", new Prediction("billing.refund", 0.91, List.of(new Prediction.Alternative("orders.return", 0.05)),
        List.of(new Prediction.Evidence(123L, null, 0.83), new Prediction.Evidence(124L, null, 0.8))));
    fields.put("tone", new Prediction("frustrated", 0.4, List.of(), List.of()));
    fields.put("priority", new Prediction("high", priorityConfidence, List.of(), List.of()));
    fields.put("group", new Prediction("Billing", 0.85, List.of(), List.of(new Prediction.Evidence(123L, null, 0.83))));
    SolvedTicket similar = new SolvedTicket(123, "Refund not received", "I returned my order", "We refunded it", language,
        Map.of(), List.of(), Instant.parse("2024-01-01T00:00:00Z"), language);
    KnowledgeChunk article = new KnowledgeChunk(KnowledgeChunk.Kind.ARTICLE, "456", 0, "Refund policy",
        "https://help.example.com/hc/en-us/articles/456", language, "Refunds take 5 days.");
    Draft draft = new Draft(DRAFT, "extractive", language, List.of(new Draft.Source("ticket", "123", null),
        new Draft.Source("article", "456", "https://help.example.com/hc/en-us/articles/456")), 0.82, Optional.empty());
    List<String> abstained = priorityConfidence < 0.6 ? List.of("tone", "priority") : List.of("tone");
    return new Triage("cleaned", new DetectedLanguage(language, 0.99), fields, Optional.of(360001L), List.of(),
        List.of(new TicketHit(similar, 0.83)), List.of(new ChunkHit(article, 0.77)), List.of(), draft, abstained, Map.of("total", 1.0));
  }
}
