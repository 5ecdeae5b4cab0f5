package io.deskhand.api;

import io.deskhand.ticket.TicketThread;
import static io.deskhand.jobs.ZendeskTestRig.SECRET;
import static io.deskhand.jobs.ZendeskTestRig.TOKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.index.IndexCounts;
import io.deskhand.jobs.JobStatus;
import io.deskhand.jobs.NoteFormatter;
import io.deskhand.jobs.SampleTriage;
import io.deskhand.jobs.TicketTriageJob;
import io.deskhand.jobs.ZendeskTestRig;
import io.deskhand.jobs.ZendeskHealth;
import io.deskhand.knowledge.KnowledgeBase;
import io.deskhand.knowledge.KnowledgeRuns;
import io.deskhand.zendesk.FakeZendesk;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class ZendeskWebhookIT {
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newHttpClient();
  private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
  private ZendeskTestRig rig;
  private FakeZendesk zd;
  private Javalin app;

  @BeforeEach
  void setUp() {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    logs.start();
    root.addAppender(logs);
    ((Logger) LoggerFactory.getLogger("io.deskhand")).setLevel(Level.DEBUG);
    rig = new ZendeskTestRig(dir);
    zd = rig.zendesk;
  }

  @AfterEach
  void tearDown() {
    if (app != null) app.stop();
    rig.close();
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.detachAppender(logs);
    ((Logger) LoggerFactory.getLogger("io.deskhand")).setLevel(null);
    // secrets never reach the log: not the token, not the signing secret, not the Basic header built from them
    String basic = Base64.getEncoder().encodeToString((ZendeskTestRig.EMAIL + "/token:" + TOKEN).getBytes(StandardCharsets.UTF_8));
    for (ILoggingEvent e : logs.list) {
      String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage());
      for (String secret : List.of(TOKEN, SECRET, basic)) assertFalse(line.contains(secret), "log line leaks a secret: " + line);
    }
  }

  private void serve(Optional<Secret> secret, DeskhandConfig.Mode mode, DeskhandConfig.Policy policy, io.deskhand.jobs.Triager triager) {
    rig.startWorker(triager, mode, policy, 3);
    var nothing = new KnowledgeRuns.Health(new KnowledgeBase.Status(0, new IndexCounts(0, 0, 0), false, Optional.empty(), false),
        Optional.empty(), Optional.empty());
    var deps = new HttpApi.Deps(null, () -> nothing, "test-model", "test", Optional.empty(), 1 << 20, json,
        DeskhandConfig.HttpLimits.defaults(), false, () -> "off", health -> ZendeskHealth.write(health, rig.client.authState(), rig.store));
    app = HttpApi.create(deps, a -> {
      WebhookRoutes.register(a, new WebhookRoutes.Deps(secret, Duration.ofMinutes(5), rig.store, rig.worker::wake,
          Clock.systemUTC(), rig.meters, json, 1 << 20));
      MetricsRoutes.register(a, rig.meters);
    }).start(0);
  }

  private void serve(DeskhandConfig.Mode mode) {
    serve(Optional.of(new Secret(SECRET)), mode, DeskhandConfig.Policy.defaults(), new SampleTriage());
  }

  private HttpResponse<String> post(String body, String timestamp, String signature, String invocation) throws Exception {
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/webhooks/zendesk"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
    if (timestamp != null) req.header("X-Zendesk-Webhook-Signature-Timestamp", timestamp);
    if (signature != null) req.header("X-Zendesk-Webhook-Signature", signature);
    if (invocation != null) req.header("X-Zendesk-Webhook-Invocation-Id", invocation);
    return http.send(req.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> postSigned(String body, String invocation) throws Exception {
    String ts = Instant.now().toString();
    return post(body, ts, WebhookRoutes.sign(new Secret(SECRET), ts, body.getBytes(StandardCharsets.UTF_8)), invocation);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode awaitJob(String id) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode job = json.readTree(get("/api/jobs/" + id).body());
      String status = job.path("status").asText();
      if (!status.equals("queued") && !status.equals("running")) return job;
      Thread.sleep(20);
    }
    throw new AssertionError("job " + id + " did not finish");
  }

  private List<FakeZendesk.Request> puts(long ticket) {
    return zd.requests("PUT", p -> p.equals("/api/v2/tickets/" + ticket));
  }

  @Test
  void signed_webhook_for_a_new_ticket_leaves_exactly_one_internal_note_with_draft_and_predictions() throws Exception {
    // given
    long ticket = zd.addTicket("Refund not received", "I returned my order two weeks ago and still have no refund.", "new", List.of("vip"));
    SampleTriage triager = new SampleTriage();
    serve(Optional.of(new Secret(SECRET)), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), triager);

    // when
    HttpResponse<String> res = postSigned("{\"ticket_id\": \"" + ticket + "\"}", "inv-1");

    // then
    assertEquals(202, res.statusCode(), res.body());
    String jobId = json.readTree(res.body()).path("job_id").asText();
    JsonNode job = awaitJob(jobId);
    assertEquals("done", job.path("status").asText(), job.toString());
    assertEquals(ticket, job.path("ticket_id").asLong());
    assertEquals(1, job.path("attempts").asInt());
    assertTrue(job.path("last_error").isNull());
    assertEquals(1, puts(ticket).size());
    JsonNode put = json.readTree(puts(ticket).get(0).body()).path("ticket");
    assertTrue(put.path("safe_update").asBoolean());
    assertEquals(zd.commentsOf(ticket).get(0).path("created_at").asText(), put.path("updated_stamp").asText());
    assertFalse(put.path("comment").path("public").asBoolean(true));
    assertFalse(put.has("priority"));
    assertFalse(put.has("group_id"));
    var comments = zd.commentsOf(ticket);
    assertEquals(2, comments.size());
    JsonNode note = comments.get(1);
    assertFalse(note.path("public").asBoolean());
    String body = note.path("body").asText();
    assertTrue(body.indexOf(SampleTriage.DRAFT) < body.indexOf("billing.refund"), body);
    assertTrue(body.contains("billing.refund (91%)"), body);
    assertTrue(body.contains(zd.baseUrl() + "/agent/tickets/123"), body);
    assertTrue(body.contains("https://help.example.com/hc/en-us/articles/456"), body);
    assertTrue(body.contains(NoteFormatter.MARKER), body);
    assertEquals(List.of("vip", TicketThread.TRIAGED_TAG), tags(ticket));
    assertEquals("Refund not received", triager.seen.peek().subject());
    assertEquals("I returned my order two weeks ago and still have no refund.", triager.seen.peek().description());
    assertEquals(Optional.of("en-US"), triager.seen.peek().requesterLocale(), "the requester's locale, sideloaded with the comments");
    String metrics = get("/metrics").body();
    assertTrue(metrics.contains("deskhand_webhook_requests_total{outcome=\"accepted\"} 1.0"), metrics);
    assertTrue(metrics.contains("deskhand_jobs{status=\"done\"} 1.0"), metrics);
    assertTrue(metrics.contains("deskhand_zendesk_calls_total"), metrics);
    assertTrue(metrics.contains("deskhand_triage_duration_seconds_count"), metrics);
  }

  @Test
  void during_a_credentials_outage_the_job_waits_blocked_auth_health_says_so_and_it_runs_once_the_token_works() throws Exception {
    // given: the API token was rotated in Zendesk but not yet in Deskhand
    long ticket = zd.addTicket("Refund not received", "I returned my order two weeks ago and still have no refund.", "new", List.of());
    zd.acceptToken("rotated-token-9e1d");
    serve(DeskhandConfig.Mode.NOTE);

    // when
    HttpResponse<String> res = postSigned("{\"ticket_id\": " + ticket + "}", "inv-auth-1");

    // then: acknowledged, held, and /health says why
    assertEquals(202, res.statusCode(), res.body());
    String jobId = json.readTree(res.body()).path("job_id").asText();
    JsonNode job = awaitJob(jobId);
    assertEquals("blocked_auth", job.path("status").asText(), job.toString());
    assertTrue(job.path("last_error").asText().contains("401"), job.toString());
    JsonNode health = json.readTree(get("/health").body()).path("zendesk");
    assertEquals("failing", health.path("auth").asText(), health.toString());
    assertEquals(1, health.path("jobs_blocked_auth").asInt(), health.toString());
    assertTrue(health.path("detail").asText().contains("zendesk.token"), health.toString());

    // when: the admin sets the new token (here: Zendesk accepts the old one again)
    zd.acceptToken(TOKEN);

    // then
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!json.readTree(get("/api/jobs/" + jobId).body()).path("status").asText().equals("done") && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertEquals("done", json.readTree(get("/api/jobs/" + jobId).body()).path("status").asText());
    assertEquals(1, puts(ticket).size());
    health = json.readTree(get("/health").body()).path("zendesk");
    assertEquals("ok", health.path("auth").asText(), health.toString());
    assertEquals(0, health.path("jobs_blocked_auth").asInt(), health.toString());
    assertFalse(health.has("detail"), health.toString());
  }

  @Test
  void the_real_pipeline_leaves_a_french_note_with_a_grounded_draft_and_its_evidence() throws Exception {
    // given: the demo knowledge base behind the real triage pipeline
    var services = io.deskhand.support.DemoServices.get();
    long ticket = zd.addTicket("Remboursement toujours pas reçu",
        "Bonjour, j'ai renvoyé ma commande il y a deux semaines et je n'ai toujours pas reçu le remboursement. Merci de vérifier.",
        "new", List.of("web_form"));
    serve(Optional.of(new Secret(SECRET)), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), services.pipeline()::triage);

    // when
    HttpResponse<String> res = postSigned("{\"ticket_id\": " + ticket + "}", "inv-real-1");

    // then
    assertEquals(202, res.statusCode(), res.body());
    JsonNode job = awaitJob(json.readTree(res.body()).path("job_id").asText());
    assertEquals("done", job.path("status").asText(), job.toString());
    var comments = zd.commentsOf(ticket);
    assertEquals(2, comments.size());
    JsonNode note = comments.get(1);
    assertFalse(note.path("public").asBoolean(true));
    String body = note.path("body").asText();
    assertTrue(body.contains("Réponse suggérée"), body);
    assertTrue(body.contains("billing.refund"), body);
    assertTrue(body.contains(zd.baseUrl() + "/agent/tickets/"), "evidence links to solved tickets: " + body);
    assertTrue(body.contains("https://help.kaffeo.example/hc/fr/"), "a French article link: " + body);
    assertEquals(List.of("web_form", TicketThread.TRIAGED_TAG), tags(ticket));
  }

  @Test
  void a_redelivery_returns_the_same_job_and_writes_nothing_more() throws Exception {
    // given
    long ticket = zd.addTicket("Where is my parcel", "Tracking has not moved for a week.", "open", List.of());
    serve(DeskhandConfig.Mode.NOTE);
    String first = json.readTree(postSigned("{\"ticket_id\": " + ticket + "}", "inv-9").body()).path("job_id").asText();
    awaitJob(first);

    // when: the same invocation again, another invocation for the same ticket, and an event for it
    String again = json.readTree(postSigned("{\"ticket_id\": " + ticket + "}", "inv-9").body()).path("job_id").asText();
    String other = json.readTree(postSigned("{\"ticket_id\": \"" + ticket + "\"}", "inv-10").body()).path("job_id").asText();
    String event = "{\"type\":\"zen:event-type:ticket.created\",\"account_id\":1,\"id\":\"01J0EVT\",\"time\":\"2024-01-01T00:00:00Z\","
        + "\"zendesk_event_version\":\"2022-11-06\",\"subject\":\"zen:ticket:" + ticket + "\",\"detail\":{\"id\":\"" + ticket + "\"},\"event\":{}}";
    String viaEvent = json.readTree(postSigned(event, "inv-11").body()).path("job_id").asText();

    // then
    assertEquals(first, again);
    assertEquals(first, other);
    assertEquals(first, viaEvent);
    assertEquals(1, rig.store.all().size());
    Thread.sleep(100);
    assertEquals(1, puts(ticket).size());
    assertEquals(1, rig.notesOn(ticket));
  }

  @Test
  void event_webhook_for_a_new_ticket_is_accepted() throws Exception {
    long ticket = zd.addTicket("Wrong item", "I got decaf instead of espresso.", "new", List.of());
    serve(DeskhandConfig.Mode.NOTE);
    String event = "{\"type\":\"zen:event-type:ticket.created\",\"account_id\":1,\"id\":\"01J0EVT2\",\"time\":\"2024-01-01T00:00:00Z\","
        + "\"zendesk_event_version\":\"2022-11-06\",\"subject\":\"zen:ticket:" + ticket + "\",\"detail\":{\"id\":\"" + ticket + "\"},\"event\":{}}";
    HttpResponse<String> res = postSigned(event, null);
    assertEquals(202, res.statusCode(), res.body());
    assertEquals("done", awaitJob(json.readTree(res.body()).path("job_id").asText()).path("status").asText());
    assertEquals(1, rig.notesOn(ticket));
  }

  @Test
  void a_later_event_of_a_ticket_is_acknowledged_but_not_triaged_and_an_event_naming_the_ticket_only_in_subject_is() throws Exception {
    long ticket = zd.addTicket("Late parcel", "My parcel is a week late.", "open", List.of());
    serve(DeskhandConfig.Mode.NOTE);
    for (String type : List.of("ticket.status_changed", "ticket.deleted")) {
      String event = "{\"type\":\"zen:event-type:" + type + "\",\"account_id\":1,\"id\":\"01J0" + type.hashCode() + "\","
          + "\"subject\":\"zen:ticket:" + ticket + "\",\"detail\":{\"id\":\"" + ticket + "\"},\"event\":{}}";
      HttpResponse<String> res = postSigned(event, null);
      assertEquals(200, res.statusCode(), res.body());
      assertTrue(json.readTree(res.body()).path("ignored").asText().contains("ticket.created"), res.body());
    }
    assertTrue(rig.store.all().isEmpty(), rig.store.all().toString());

    String onlySubject = "{\"type\":\"zen:event-type:ticket.created\",\"id\":\"01J0SUBJ\",\"subject\":\"zen:ticket:" + ticket
        + "\",\"detail\":{},\"event\":{}}";
    HttpResponse<String> res = postSigned(onlySubject, null);
    assertEquals(202, res.statusCode(), res.body());
    assertEquals("done", awaitJob(json.readTree(res.body()).path("job_id").asText()).path("status").asText());
    assertEquals(1, rig.notesOn(ticket));
  }

  @Test
  void apply_mode_writes_policy_tags_priority_and_group_and_keeps_earlier_tags() throws Exception {
    // given
    long ticket = zd.addTicket("Refund not received", "Still no refund for my return.", "new", List.of("vip", "web"));
    var policy = new DeskhandConfig.Policy(Map.of("intent", 0.7, "priority", 0.8, "group", 0.8),
        Map.of("billing.refund", List.of("refund", "billing")), List.of("low", "normal", "high"), Map.of("Billing", 360001L));
    serve(Optional.of(new Secret(SECRET)), DeskhandConfig.Mode.APPLY, policy, new SampleTriage());

    // when
    HttpResponse<String> res = postSigned("{\"ticket_id\": \"" + ticket + "\"}", null);

    // then
    assertEquals("done", awaitJob(json.readTree(res.body()).path("job_id").asText()).path("status").asText());
    assertEquals(List.of("vip", "web", "refund", "billing", TicketThread.TRIAGED_TAG), tags(ticket));
    assertEquals("high", zd.ticket(ticket).path("priority").asText());
    assertEquals(360001, zd.ticket(ticket).path("group_id").asLong());
    assertEquals(1, rig.notesOn(ticket));
  }

  @Test
  void when_zendesk_refuses_the_applied_fields_the_note_is_still_written_without_them() throws Exception {
    long ticket = zd.addTicket("Refund not received", "Still no refund for my return.", "new", List.of("vip"));
    var policy = new DeskhandConfig.Policy(Map.of("intent", 0.7, "priority", 0.8, "group", 0.8),
        Map.of("billing.refund", List.of("refund")), List.of("low", "normal", "high"), Map.of("Billing", 360001L));
    serve(Optional.of(new Secret(SECRET)), DeskhandConfig.Mode.APPLY, policy, new SampleTriage());
    zd.fail("PUT", "/api/v2/tickets/" + ticket, 1, 422, null); // e.g. a group the account does not have

    HttpResponse<String> res = postSigned("{\"ticket_id\": \"" + ticket + "\"}", null);

    assertEquals("done", awaitJob(json.readTree(res.body()).path("job_id").asText()).path("status").asText());
    assertEquals(1, rig.notesOn(ticket));
    assertEquals(List.of("vip", TicketThread.TRIAGED_TAG), tags(ticket));
    JsonNode second = json.readTree(puts(ticket).get(1).body()).path("ticket");
    assertFalse(second.has("group_id") || second.has("priority"), second.toString());
  }

  @Test
  void apply_mode_never_writes_a_field_under_its_threshold_or_abstained() throws Exception {
    long ticket = zd.addTicket("Refund", "Refund please.", "new", List.of());
    var policy = new DeskhandConfig.Policy(Map.of("intent", 0.95, "priority", 0.8, "group", 0.9),
        Map.of("billing.refund", List.of("refund")), List.of("low", "normal", "high"), Map.of());
    serve(Optional.of(new Secret(SECRET)), DeskhandConfig.Mode.APPLY, policy, new SampleTriage("en", 0.5));

    HttpResponse<String> res = postSigned("{\"ticket_id\": \"" + ticket + "\"}", null);

    assertEquals("done", awaitJob(json.readTree(res.body()).path("job_id").asText()).path("status").asText());
    JsonNode put = json.readTree(puts(ticket).get(0).body()).path("ticket");
    assertFalse(put.has("priority"), put.toString());
    assertFalse(put.has("group_id"), put.toString());
    assertEquals(List.of(TicketThread.TRIAGED_TAG), tags(ticket));
  }

  @Test
  void shadow_mode_computes_and_writes_nothing() throws Exception {
    long ticket = zd.addTicket("Refund", "Refund please.", "new", List.of());
    SampleTriage triager = new SampleTriage();
    serve(Optional.of(new Secret(SECRET)), DeskhandConfig.Mode.SHADOW, DeskhandConfig.Policy.defaults(), triager);

    HttpResponse<String> res = postSigned("{\"ticket_id\": \"" + ticket + "\"}", null);

    assertEquals("done", awaitJob(json.readTree(res.body()).path("job_id").asText()).path("status").asText());
    assertEquals(1, triager.seen.size());
    assertTrue(puts(ticket).isEmpty());
  }

  @Test
  void a_conflicting_agent_edit_is_reread_and_the_update_retried_once_with_fresh_tags() throws Exception {
    long ticket = zd.addTicket("Refund", "Refund please.", "new", List.of("vip"));
    SampleTriage sample = new SampleTriage();
    // an agent adds a tag while Deskhand triages: the stamp Deskhand read is now stale
    serve(Optional.of(new Secret(SECRET)), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), t -> {
      var node = zd.ticket(ticket);
      if (!node.path("tags").toString().contains("agent_edit")) {
        zd.setTags(ticket, List.of("vip", "agent_edit"));
      }
      return sample.triage(t);
    });

    HttpResponse<String> res = postSigned("{\"ticket_id\": \"" + ticket + "\"}", null);

    assertEquals("done", awaitJob(json.readTree(res.body()).path("job_id").asText()).path("status").asText());
    assertEquals(2, puts(ticket).size());
    assertEquals(1, rig.notesOn(ticket));
    assertEquals(List.of("vip", "agent_edit", TicketThread.TRIAGED_TAG), tags(ticket));
  }

  @Test
  void unsigned_stale_or_forged_webhooks_get_401_and_enqueue_nothing() throws Exception {
    long ticket = zd.addTicket("Refund", "Refund please.", "new", List.of());
    serve(DeskhandConfig.Mode.NOTE);
    String body = "{\"ticket_id\": \"" + ticket + "\"}";
    String stale = Instant.now().minus(Duration.ofMinutes(6)).toString();
    String future = Instant.now().plus(Duration.ofMinutes(6)).toString();
    String now = Instant.now().toString();

    List<HttpResponse<String>> answers = List.of(
        post(body, null, null, null),
        post(body, stale, WebhookRoutes.sign(new Secret(SECRET), stale, body.getBytes(StandardCharsets.UTF_8)), null),
        post(body, future, WebhookRoutes.sign(new Secret(SECRET), future, body.getBytes(StandardCharsets.UTF_8)), null),
        post(body, now, WebhookRoutes.sign(new Secret("another-secret"), now, body.getBytes(StandardCharsets.UTF_8)), null),
        post(body.replace("\"}", "0\"}"), now, WebhookRoutes.sign(new Secret(SECRET), now, body.getBytes(StandardCharsets.UTF_8)), null),
        post(body, "yesterday", "abc", null));

    for (HttpResponse<String> r : answers) {
      assertEquals(401, r.statusCode(), r.body());
      assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }
    assertTrue(rig.store.all().isEmpty());
    assertTrue(zd.requests().isEmpty());
  }

  @Test
  void malformed_bodies_get_400_and_a_missing_secret_503() throws Exception {
    serve(DeskhandConfig.Mode.NOTE);
    assertEquals(400, postSigned("{not json", null).statusCode());
    assertEquals(400, postSigned("{\"ticket_id\": \"{{ticket.id}}\"}", null).statusCode());
    assertEquals(400, postSigned("{\"type\":\"zen:event-type:user.created\",\"detail\":{\"id\":\"5\"}}", null).statusCode());
    assertEquals(413, postSigned("{\"ticket_id\": \"1\", \"pad\": \"" + "x".repeat(1 << 20) + "\"}", null).statusCode());
    HttpResponse<String> unknown = get("/api/jobs/nope");
    assertEquals(404, unknown.statusCode());
    assertTrue(unknown.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(rig.store.all().isEmpty());
    app.stop();

    serve(Optional.empty(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), new SampleTriage());
    HttpResponse<String> res = postSigned("{\"ticket_id\": \"1\"}", null);
    assertEquals(503, res.statusCode());
    assertTrue(res.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
  }

  private List<String> tags(long ticket) {
    return json.convertValue(zd.ticket(ticket).path("tags"), json.getTypeFactory().constructCollectionType(List.class, String.class));
  }
}
