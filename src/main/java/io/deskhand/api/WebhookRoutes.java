package io.deskhand.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.deskhand.config.Secret;
import io.deskhand.jobs.Job;
import io.deskhand.jobs.JobStore;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /webhooks/zendesk} and {@code GET /api/jobs/{id}}. The webhook does only what must happen before the
 * answer: check the signature and its timestamp, then store the job durably; the triage runs later in the worker.
 */
public final class WebhookRoutes {
  private static final Logger LOG = LoggerFactory.getLogger(WebhookRoutes.class);
  static final String SIGNATURE = "X-Zendesk-Webhook-Signature";
  static final String TIMESTAMP = "X-Zendesk-Webhook-Signature-Timestamp";
  static final String INVOCATION = "X-Zendesk-Webhook-Invocation-Id";

  /** What the routes need: the signing secret (none: 503), the replay window, the store, and a nudge for the worker. */
  public record Deps(Optional<Secret> secret, Duration replayWindow, JobStore store, Runnable onEnqueued, Clock clock,
                     MeterRegistry meters, ObjectMapper mapper, long maxBodyBytes) {}

  private final Deps deps;

  private WebhookRoutes(Deps deps) {
    this.deps = deps;
  }

  public static void register(Javalin app, Deps deps) {
    WebhookRoutes routes = new WebhookRoutes(deps);
    app.post("/webhooks/zendesk", routes::webhook);
    app.get("/api/jobs/{id}", new InFlight("/api/jobs/{id}", InFlight.LIGHT_ROUTE).handler(routes::job));
  }

  /** Zendesk signs {@code base64(HMAC-SHA256)}: 32 bytes, 44 characters. Anything else is refused before the body. */
  private static final java.util.regex.Pattern SIGNATURE_SHAPE = java.util.regex.Pattern.compile("[A-Za-z0-9+/]{43}=");

  private final InFlight intake = new InFlight("/webhooks/zendesk", InFlight.LIGHT_ROUTE);

  /**
   * Everything the headers alone can refuse is refused before a byte of the body is read: the body is not
   * authenticated until its signature is checked, so reading it is what an attacker would make last.
   */
  private void webhook(Context ctx) {
    if (deps.secret().isEmpty()) {
      count("unconfigured");
      throw new ProblemException(503, "webhook-not-configured", "Webhook not configured",
          "set webhook_secret (DESKHAND_WEBHOOK_SECRET) to the Zendesk webhook's signing secret");
    }
    String signature = ctx.header(SIGNATURE);
    String timestamp = ctx.header(TIMESTAMP);
    if (signature == null || timestamp == null) {
      count("unsigned");
      throw unauthorized("the request lacks " + SIGNATURE + " or " + TIMESTAMP);
    }
    Instant signedAt;
    try {
      signedAt = Instant.parse(timestamp.trim());
    } catch (DateTimeParseException e) {
      count("bad_timestamp");
      throw unauthorized(TIMESTAMP + " is not an ISO-8601 instant");
    }
    // a captured request replayed later must not be accepted: the signature covers the timestamp
    if (Duration.between(signedAt, deps.clock().instant()).abs().compareTo(deps.replayWindow()) > 0) {
      count("stale");
      throw unauthorized("the signature timestamp is outside the " + deps.replayWindow().toSeconds() + "s window");
    }
    if (!SIGNATURE_SHAPE.matcher(signature.trim()).matches()) {
      count("bad_signature");
      throw unauthorized("the signature is not a base64 HMAC-SHA256");
    }
    String type = ctx.contentType();
    if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/json")) {
      count("unsupported_media_type");
      throw new ProblemException(415, "unsupported-media-type", "Unsupported content type",
          "a Zendesk webhook sends Content-Type: application/json (request format JSON); got " + (type == null ? "none" : type));
    }
    RequestBodies.of(ctx).read(ctx, deps.maxBodyBytes(), intake.body(body -> accept(ctx, timestamp, signature, body)));
  }

  private void accept(Context ctx, String timestamp, String signature, byte[] body) {
    if (!validSignature(deps.secret().get(), timestamp, body, signature)) {
      count("bad_signature");
      throw unauthorized("the signature does not match");
    }
    JsonNode json;
    try {
      json = body.length == 0 ? null : deps.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(body);
    } catch (IOException e) {
      count("malformed");
      throw new ProblemException(400, "malformed-json", "Malformed JSON", "the webhook body is not one JSON value");
    }
    Optional<String> ignored = ignoredEvent(json);
    if (ignored.isPresent()) {
      // a 2xx, so that Zendesk neither retries nor counts a failure against the webhook
      count("ignored");
      LOG.info("event=webhook outcome=ignored reason=\"{}\"", ignored.get());
      ctx.status(200).json(deps.mapper().createObjectNode().put("ignored", ignored.get()));
      return;
    }
    Delivery d = delivery(json);
    List<String> keys = new ArrayList<>();
    String invocation = ctx.header(INVOCATION);
    if (invocation != null && !invocation.isBlank()) keys.add("invocation:" + invocation.trim());
    d.eventId().ifPresent(e -> keys.add("event:" + e));
    long storing = System.nanoTime();
    JobStore.Enqueued enqueued = deps.store().enqueue(d.ticketId(), keys);
    Timer.builder("deskhand_job_intake").description("storing a webhook's job before the answer (see jobs.sync_each_webhook)")
        .publishPercentiles(0.5, 0.99).register(deps.meters()).record(System.nanoTime() - storing, TimeUnit.NANOSECONDS);
    Job job = enqueued.job();
    count(enqueued.created() ? "accepted" : "duplicate");
    if (enqueued.created()) deps.onEnqueued().run();
    LOG.info("event=webhook outcome={} job={} ticket={}", enqueued.created() ? "accepted" : "duplicate", job.id(), job.ticketId());
    ctx.status(202).json(deps.mapper().createObjectNode().put("job_id", job.id()));
  }

  /** The ticket a delivery is about, and the event id when it is an event-subscribed webhook. */
  record Delivery(long ticketId, Optional<String> eventId) {}

  /**
   * Trigger bodies are whatever the admin wrote: {@code {"ticket_id": "{{ticket.id}}"}} (string or number; also the
   * {@code "id"} of Zendesk's own trigger examples). Event webhooks send {@code {"type": "zen:event-type:ticket...",
   * "id": event id, "detail": {"id": ticket id}}}.
   */
  static Delivery delivery(JsonNode json) {
    if (json == null || !json.isObject()) throw malformed("expected a JSON object such as {\"ticket_id\": \"123\"}");
    if (json.hasNonNull("type") && json.get("type").asText().startsWith("zen:event-type:")) {
      String type = json.get("type").asText();
      if (!type.startsWith("zen:event-type:ticket.")) throw malformed("event type " + type + " is not a ticket event");
      JsonNode detailId = json.path("detail").get("id");
      // the event's subject names the ticket too ("zen:ticket:123"): enough when detail carries no id
      long ticket = (detailId == null || detailId.isNull()) && json.path("subject").asText().matches("zen:ticket:\\d+")
          ? ticketId(new TextNode(json.get("subject").asText().substring("zen:ticket:".length())), "subject")
          : ticketId(detailId, "detail.id");
      String eventId = json.hasNonNull("id") ? json.get("id").asText() : null;
      return new Delivery(ticket, Optional.ofNullable(eventId).filter(s -> !s.isBlank()));
    }
    if (json.has("ticket_id")) return new Delivery(ticketId(json.get("ticket_id"), "ticket_id"), Optional.empty());
    if (json.has("id")) return new Delivery(ticketId(json.get("id"), "id"), Optional.empty());
    throw malformed("the body has no ticket_id (trigger body {\"ticket_id\": \"{{ticket.id}}\"}) and is not a ticket event");
  }

  /**
   * Why a well-formed ticket event is not triaged: only a new ticket is, and an event-subscribed webhook may also
   * deliver a ticket's later events (status changes, deletion). Empty for anything else.
   */
  static Optional<String> ignoredEvent(JsonNode json) {
    if (json == null || !json.isObject()) return Optional.empty();
    String type = json.path("type").asText("");
    if (!type.startsWith(TICKET_EVENT) || type.equals(TICKET_CREATED)) return Optional.empty();
    return Optional.of("event type " + type + " is not triaged; only " + TICKET_CREATED + " is");
  }

  private static final String TICKET_EVENT = "zen:event-type:ticket.";
  private static final String TICKET_CREATED = "zen:event-type:ticket.created";

  private static long ticketId(JsonNode v, String field) {
    if (v == null || v.isNull()) throw malformed(field + " is missing");
    String s = v.isIntegralNumber() && v.canConvertToLong() ? Long.toString(v.asLong()) : v.isTextual() ? v.asText().trim() : "";
    if (!s.matches("[1-9]\\d{0,17}")) throw malformed(field + " must be a ticket id (a positive whole number), got " + v);
    return Long.parseLong(s);
  }

  private static ProblemException malformed(String detail) {
    return new ProblemException(400, "invalid-webhook-body", "Webhook body not understood", detail);
  }

  private static ProblemException unauthorized(String detail) {
    return new ProblemException(401, "bad-signature", "Webhook signature rejected", detail);
  }

  /** base64(HMAC-SHA256(key = UTF-8 bytes of the secret as given, msg = timestamp + raw body)), compared in constant time. */
  static boolean validSignature(Secret secret, String timestamp, byte[] body, String signature) {
    return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
        signature.trim().getBytes(StandardCharsets.US_ASCII));
  }

  public static String sign(Secret secret, String timestamp, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret.value().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      mac.update(timestamp.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 unavailable", e);
    }
  }

  private void job(Context ctx) {
    String id = ctx.pathParam("id");
    Job job = deps.store().find(id).orElseThrow(() ->
        new ProblemException(404, "unknown-job", "Unknown job", "no job with id " + id));
    ObjectNode out = deps.mapper().createObjectNode();
    out.put("id", job.id()).put("ticket_id", job.ticketId()).put("status", job.status().wire()).put("attempts", job.attempts());
    if (job.lastError().isPresent()) out.put("last_error", job.lastError().get());
    else out.putNull("last_error");
    out.put("created_at", job.createdAt().toString()).put("updated_at", job.updatedAt().toString());
    ctx.json(out);
  }

  private void count(String outcome) {
    deps.meters().counter("deskhand_webhook_requests", "outcome", outcome).increment();
  }
}
