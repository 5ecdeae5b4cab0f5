package io.deskhand.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.draft.Draft;
import io.deskhand.jobs.TicketTriageJob;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;
import io.deskhand.triage.TriagePipeline;
import io.deskhand.zendesk.CommentThread;
import io.deskhand.zendesk.ZendeskClient;
import io.deskhand.zendesk.ZendeskException;
import io.deskhand.zendesk.ZendeskRejectedException;
import io.deskhand.zendesk.ZendeskTicket;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/tickets/{id}/draft}: a new draft for a Zendesk ticket on an agent's request, optionally with
 * instructions ("shorter", "plus formel", "auf Deutsch") that a language model follows. Reads the ticket and its
 * comments from Zendesk and writes nothing anywhere.
 */
public final class DraftRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(DraftRoutes.class);
  static final int MAX_INSTRUCTION_CHARS = 1000;
  /** Redrafts handled at once; more get 503 with Retry-After. */
  static final int MAX_AT_ONCE = 16;
  static final String NEEDS_LLM = "instructions need a language model (llm.provider is none): this is the extractive draft";

  /**
   * @param zendesk empty when zendesk.url, zendesk.email or zendesk.token is missing (503)
   * @param pipeline the pipeline for a redraft given the agent's instructions (a language model's drafter follows them)
   * @param llmConfigured whether the pipeline drafts with a language model
   */
  public record Deps(Optional<ZendeskClient> zendesk, Function<Optional<String>, TriagePipeline> pipeline, boolean llmConfigured,
                     ObjectMapper mapper, long maxBodyBytes) {}

  private final Deps deps;
  private final TriageJson json;

  private DraftRoutes(Deps deps) {
    this.deps = deps;
    this.json = new TriageJson(deps.mapper());
  }

  public static void register(Javalin app, Deps deps) {
    // each redraft waits on Zendesk and perhaps a model server: a cap keeps a burst of them from taking every thread
    app.post("/api/tickets/{id}/draft", new InFlight("/api/tickets/{id}/draft", MAX_AT_ONCE).handler(new DraftRoutes(deps)::redraft));
  }

  private void redraft(Context ctx) {
    String rawId = ctx.pathParam("id");
    if (!rawId.matches("[1-9]\\d{0,17}")) {
      throw new ProblemException(400, "invalid-ticket-id", "Invalid ticket id", "a ticket id is a positive whole number, got '" + rawId + "'");
    }
    long id = Long.parseLong(rawId);
    Optional<String> instructions = instructions(ctx);
    ZendeskClient zendesk = deps.zendesk().orElseThrow(() -> new ProblemException(503, "zendesk-not-configured",
        "Zendesk not configured", "set zendesk.url, zendesk.email and zendesk.token to draft for a Zendesk ticket"));
    ZendeskTicket ticket;
    CommentThread thread;
    try {
      ticket = zendesk.ticket(id);
      thread = zendesk.commentThread(id);
    } catch (ZendeskRejectedException e) {
      if (e.isNotFound()) throw new ProblemException(404, "unknown-ticket", "Unknown ticket", "Zendesk has no ticket " + id);
      throw zendeskFailed(id, e);
    } catch (ZendeskException e) {
      throw zendeskFailed(id, e);
    }
    TicketText text = TicketTriageJob.ticketText(ticket, thread).orElseThrow(() ->
        new ProblemException(422, "ticket-without-text", "Ticket has no text", "ticket " + id + " has no subject and no comment to draft from"));
    Triage t = deps.pipeline().apply(instructions).triage(text);
    Draft draft = t.draft();
    if (instructions.isPresent() && !deps.llmConfigured()) {
      draft = draft.withReason(NEEDS_LLM + draft.reason().map(r -> "; " + r).orElse(""));
    }
    LOG.info("event=redraft ticket={} instructions={} method={} ms={}", id, instructions.isPresent(), draft.method(), t.timingsMs().get("total"));
    ObjectNode out = deps.mapper().createObjectNode();
    out.set("draft", json.draft(draft));
    if (t.summary().isPresent()) out.put("summary", t.summary().get());
    else out.putNull("summary");
    ctx.json(out);
  }

  /** The optional body {@code {"instructions": "..."}}; an empty body asks for a plain redraft. */
  private Optional<String> instructions(Context ctx) {
    byte[] body = HttpApi.body(ctx, deps.maxBodyBytes());
    if (body.length == 0) return Optional.empty();
    String type = ctx.contentType();
    if (type == null || !type.startsWith("application/json")) {
      throw new ProblemException(415, "unsupported-media-type", "Unsupported content type",
          "send Content-Type: application/json (got " + (type == null ? "none" : type) + ")");
    }
    JsonNode root;
    try {
      root = deps.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
    } catch (IOException e) {
      throw new ProblemException(400, "malformed-json", "Malformed JSON", "the body is not JSON: expected {\"instructions\": \"shorter\"}");
    }
    if (root == null || !root.isObject()) {
      throw new ProblemException(400, "invalid-body", "Request body must be a JSON object", "expected {\"instructions\": \"shorter\"}");
    }
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String f = it.next();
      if (!f.equals("instructions")) unknown.add(f);
    }
    if (!unknown.isEmpty()) {
      throw new ProblemException(422, "invalid-field", "Unknown fields", "the body takes only instructions; unknown: " + unknown);
    }
    JsonNode i = root.get("instructions");
    if (i == null || i.isNull()) return Optional.empty();
    if (!i.isTextual()) {
      throw new ProblemException(422, "invalid-field", "Invalid field: instructions", "instructions must be a string, got "
          + i.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
    }
    if (i.asText().length() > MAX_INSTRUCTION_CHARS) {
      throw new ProblemException(422, "invalid-field", "Invalid field: instructions", "instructions are limited to "
          + MAX_INSTRUCTION_CHARS + " characters, got " + i.asText().length());
    }
    return Optional.of(i.asText()).filter(s -> !s.isBlank());
  }

  private static ProblemException zendeskFailed(long id, ZendeskException e) {
    LOG.warn("event=redraft_zendesk_failed ticket={} status={}", id, e.status());
    return new ProblemException(502, "zendesk-unavailable", "Zendesk did not answer", "reading ticket " + id + " failed: " + e.getMessage());
  }
}
