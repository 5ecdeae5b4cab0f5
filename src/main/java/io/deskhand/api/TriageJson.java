package io.deskhand.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.draft.Draft;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.Field;
import io.deskhand.ticket.Prediction;
import io.deskhand.ticket.TicketHit;
import io.deskhand.ticket.TicketText;
import io.deskhand.ticket.WebLinks;
import io.deskhand.triage.Triage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The /api/triage request and answer shapes of CONTRACT.md. */
public final class TriageJson {
  private static final Set<String> KNOWN = Set.of("subject", "description", "tags", "requester_locale");
  private final ObjectMapper mapper;

  public TriageJson(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Parses and validates a request body; problems name the field. */
  public TicketText request(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw new ProblemException(400, "invalid-body", "Request body must be a JSON object", "expected {\"subject\": \"...\", \"description\": \"...\"}");
    }
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> it = body.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!KNOWN.contains(f)) unknown.add(f);
    }
    String subject = optionalString(body, "subject");
    String description = optionalString(body, "description");
    List<String> tags = new ArrayList<>();
    JsonNode t = body.get("tags");
    if (t != null && !t.isNull()) {
      if (!t.isArray()) throw invalid("tags", "tags must be an array of strings");
      for (JsonNode x : t) {
        if (!x.isTextual()) throw invalid("tags", "tags must be an array of strings, found " + x.getNodeType().name().toLowerCase());
        tags.add(x.asText());
      }
    }
    String locale = optionalString(body, "requester_locale");
    if ((subject == null || subject.isBlank()) && (description == null || description.isBlank())) {
      throw new ProblemException(422, "missing-text", "Ticket has no text",
          "subject or description is required" + (unknown.isEmpty() ? "" : "; unknown fields: " + unknown));
    }
    return new TicketText(subject, description, tags, Optional.ofNullable(locale).filter(l -> !l.isBlank()));
  }

  private static String optionalString(JsonNode body, String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) return null;
    if (!v.isTextual()) throw invalid(field, field + " must be a string, got " + v.getNodeType().name().toLowerCase());
    return v.asText();
  }

  private static ProblemException invalid(String field, String detail) {
    return new ProblemException(422, "invalid-field", "Invalid field: " + field, detail);
  }

  public ObjectNode response(Triage t) {
    ObjectNode out = mapper.createObjectNode();
    ObjectNode lang = out.putObject("language");
    lang.put("code", t.language().code());
    lang.put("confidence", Math.round(t.language().confidence() * 1000) / 1000.0);
    for (Field field : Field.values()) {
      Prediction p = t.fields().get(field.key());
      ObjectNode node = out.putObject(field.key());
      if (p == null) {
        node.putNull("label");
        node.put("confidence", 0.0);
        continue;
      }
      node.put("label", p.label());
      if (field == Field.GROUP) {
        if (t.groupId().isPresent()) node.put("id", t.groupId().get());
        else node.putNull("id");
      }
      node.put("confidence", p.confidence());
      if (!p.alternatives().isEmpty()) {
        ArrayNode alts = node.putArray("alternatives");
        p.alternatives().forEach(a -> alts.addObject().put("label", a.label()).put("confidence", a.confidence()));
      }
      evidence(node, p);
    }
    ArrayNode tags = out.putArray("tags");
    for (Prediction p : t.tags()) {
      ObjectNode node = tags.addObject().put("label", p.label()).put("confidence", p.confidence());
      evidence(node, p);
    }
    ArrayNode similar = out.putArray("similar_tickets");
    for (TicketHit h : t.similarTickets()) {
      similar.addObject().put("id", h.ticket().id()).put("subject", h.ticket().subject()).put("score", h.similarity())
          .put("language", h.ticket().language()).put("resolution", h.ticket().resolution());
    }
    ArrayNode articles = out.putArray("articles");
    for (ChunkHit h : t.articles()) chunk(articles.addObject(), h);
    ArrayNode docs = out.putArray("internal_docs");
    for (ChunkHit h : t.docs()) chunk(docs.addObject(), h);
    out.set("draft", draft(t.draft()));
    t.summary().ifPresent(summary -> out.put("summary", summary));
    t.translation().ifPresent(tr -> out.putObject("translation").put("language", tr.language()).put("text", tr.text()));
    ArrayNode entities = out.putArray("entities");
    t.entities().forEach(e -> entities.addObject().put("kind", e.kind()).put("value", e.value()).put("field", e.field())
        .set("span", mapper.createArrayNode().add(e.start()).add(e.end())));
    ArrayNode abstained = out.putArray("abstained");
    t.abstained().forEach(abstained::add);
    ObjectNode timings = out.putObject("timings_ms");
    t.timingsMs().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e -> timings.put(e.getKey(), e.getValue()));
    return out;
  }

  /** A draft as /api/triage and the redraft endpoint show it. */
  public ObjectNode draft(Draft d) {
    ObjectNode draft = mapper.createObjectNode();
    draft.put("body", d.body());
    draft.put("method", d.method());
    draft.put("language", d.language());
    draft.put("confidence", Math.round(d.confidence() * 1000) / 1000.0);
    d.reason().ifPresent(r -> draft.put("reason", r));
    ArrayNode sources = draft.putArray("sources");
    d.sources().forEach(s -> {
      ObjectNode n = sources.addObject().put("kind", s.kind());
      if (s.id().matches("\\d{1,18}")) n.put("id", Long.parseLong(s.id()));
      else n.put("id", s.id());
      WebLinks.http(s.url()).ifPresent(u -> n.put("url", u));
    });
    ArrayNode checks = draft.putArray("checks");
    d.checks().forEach(checks::add);
    return draft;
  }

  private static void chunk(ObjectNode node, ChunkHit h) {
    String id = h.chunk().sourceId();
    if (id.matches("\\d{1,18}")) node.put("id", Long.parseLong(id));
    else node.put("id", id);
    node.put("title", h.chunk().title());
    WebLinks.http(h.chunk().url()).ifPresent(u -> node.put("url", u));
    node.put("language", h.chunk().language());
    node.put("score", h.similarity());
  }

  private static void evidence(ObjectNode node, Prediction p) {
    if (p.evidence().isEmpty()) return;
    ArrayNode ev = node.putArray("evidence");
    for (Prediction.Evidence e : p.evidence()) {
      ObjectNode n = ev.addObject();
      if (e.ticketId() != null) n.put("ticket_id", e.ticketId());
      if (e.example() != null) n.put("example", e.example());
      n.put("score", e.score());
    }
  }
}
