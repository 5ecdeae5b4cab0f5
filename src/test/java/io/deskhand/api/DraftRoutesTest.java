package io.deskhand.api;

import static io.deskhand.api.HttpApiTest.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.jobs.ZendeskTestRig;
import io.deskhand.support.DemoServices;
import io.deskhand.zendesk.FakeZendesk;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /api/tickets/{id}/draft without a language model: the extractive draft, read from Zendesk, nothing written. */
class DraftRoutesTest {
  static final ObjectMapper json = new ObjectMapper();
  static final HttpClient http = HttpClient.newHttpClient();
  @TempDir Path dir;
  ZendeskTestRig rig;
  FakeZendesk zd;
  Javalin app;
  Javalin unconfigured;

  @BeforeEach
  void start() {
    Services s = DemoServices.get();
    rig = new ZendeskTestRig(dir);
    zd = rig.zendesk;
    app = HttpApi.create(HttpApiTest.deps(s, Optional.empty(), 20_000),
        a -> DraftRoutes.register(a, new DraftRoutes.Deps(Optional.of(rig.client), s::redraftPipeline, false, json, 20_000))).start(0);
    unconfigured = HttpApi.create(HttpApiTest.deps(s, Optional.empty(), 20_000),
        a -> DraftRoutes.register(a, new DraftRoutes.Deps(Optional.empty(), s::redraftPipeline, false, json, 20_000))).start(0);
  }

  @AfterEach
  void stop() {
    app.stop();
    unconfigured.stop();
    rig.close();
  }

  HttpResponse<String> post(Javalin server, String path, String contentType, String body) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + server.port() + path))
        .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) b.header("Content-Type", contentType);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  long frenchRefundTicket() {
    return zd.addTicket("Remboursement toujours pas reçu", "Bonjour, j'ai renvoyé ma commande il y a deux semaines et je n'ai "
        + "toujours pas reçu le remboursement. Pouvez-vous vérifier ? Merci", "open", List.of("web"));
  }

  @Test
  void a_redraft_reads_the_ticket_and_writes_nothing() throws Exception {
    long id = frenchRefundTicket();

    HttpResponse<String> r = post(app, "/api/tickets/" + id + "/draft", null, null);

    assertEquals(200, r.statusCode(), r.body());
    JsonNode d = json.readTree(r.body());
    assertEquals("extractive", d.at("/draft/method").asText(), r.body());
    assertEquals("fr", d.at("/draft/language").asText());
    assertTrue(d.at("/draft/sources").size() >= 1, r.body());
    assertTrue(d.has("summary") && d.get("summary").isNull(), "no language model, no summary: " + r.body());
    assertFalse(d.at("/draft/reason").asText("").contains("instructions"), r.body());
    assertTrue(zd.requests().stream().allMatch(q -> q.method().equals("GET")), "only reads: " + zd.requests());
    assertEquals(1, zd.commentsOf(id).size());
  }

  @Test
  void instructions_without_a_language_model_get_the_extractive_draft_and_say_so() throws Exception {
    long id = frenchRefundTicket();

    HttpResponse<String> r = post(app, "/api/tickets/" + id + "/draft", "application/json", "{\"instructions\":\"plus court\"}");

    assertEquals(200, r.statusCode(), r.body());
    JsonNode d = json.readTree(r.body());
    assertEquals("extractive", d.at("/draft/method").asText());
    assertTrue(d.at("/draft/reason").asText().startsWith(DraftRoutes.NEEDS_LLM), r.body());
  }

  @Test
  void an_unknown_ticket_is_404_and_an_unconfigured_zendesk_503() throws Exception {
    assertProblem(post(app, "/api/tickets/999999/draft", null, null), 404);
    long id = frenchRefundTicket();
    zd.deleteTicket(id);
    assertProblem(post(app, "/api/tickets/" + id + "/draft", null, null), 404);
    assertProblem(post(unconfigured, "/api/tickets/1/draft", null, null), 503);
  }

  @Test
  void bad_requests_get_problem_json() throws Exception {
    long id = frenchRefundTicket();
    String path = "/api/tickets/" + id + "/draft";
    assertProblem(post(app, "/api/tickets/abc/draft", null, null), 400);
    assertProblem(post(app, path, "application/json", "{not json"), 400);
    assertProblem(post(app, path, "application/json", "[\"shorter\"]"), 400);
    // data after the JSON value is malformed, not ignored (issue 15)
    assertProblem(post(app, path, "application/json", "{\"instructions\": \"shorter\"} xyz"), 400);
    assertProblem(post(app, path, "application/json", "{\"instructions\": \"shorter\"}{\"instructions\": \"longer\"}"), 400);
    assertProblem(post(app, path, "text/plain", "shorter"), 415);
    assertProblem(post(app, path, "application/json", "{\"instructions\": 5}"), 422);
    assertProblem(post(app, path, "application/json", "{\"instruction\": \"shorter\"}"), 422);
    assertProblem(post(app, path, "application/json", "{\"instructions\": \"" + "a".repeat(1001) + "\"}"), 422);
    assertProblem(post(app, path, "application/json", "{\"instructions\": \"" + "a".repeat(30_000) + "\"}"), 413);
  }
}
