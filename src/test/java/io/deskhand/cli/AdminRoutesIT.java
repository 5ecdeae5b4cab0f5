package io.deskhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.bench.Bench;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.knowledge.KnowledgeRuns;
import io.deskhand.support.DemoServices;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin endpoints of a running service: an ingest in the background, one run at a time, progress in /health. */
class AdminRoutesIT {
  private static final String KEY = "admin-key-2207";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  @TempDir Path dir;

  @Test
  void an_ingest_runs_in_the_background_alone_with_its_progress_in_health() throws Exception {
    Path data = dir.resolve("data");
    DeskhandConfig keyed = DemoServices.config(data, Map.of("DESKHAND_API_KEY", KEY));
    DeskhandConfig open = DemoServices.config(data, Map.of());
    Path bundle = new Bench(DemoServices.quiet()).syntheticBundle(Path.of("eval/demo/tickets.ndjson"), 300, dir.resolve("team.ndjson"));
    try (Services services = new Services(keyed, DemoServices.quiet());
         KnowledgeRuns runs = new KnowledgeRuns(services.knowledge(), Optional.empty(), Clock.systemUTC(), services.meters())) {
      Javalin withoutKey = ServeCommand.start(services, open, 0, null, runs);
      Javalin app = ServeCommand.start(services, keyed, 0, null, runs);
      try {
        URI base = URI.create("http://127.0.0.1:" + app.port());
        URI unkeyed = URI.create("http://127.0.0.1:" + withoutKey.port());
        // refused: no API key configured, no key sent, no Zendesk to sync from, bodies naming nothing to ingest
        assertProblem(post(unkeyed, "/api/admin/ingest", "{\"tickets\":\"" + bundle + "\"}", null), 403, "api_key");
        assertProblem(post(base, "/api/admin/ingest", "{\"tickets\":\"" + bundle + "\"}", null), 401, "Bearer");
        assertProblem(post(base, "/api/admin/sync", "", KEY), 503, "zendesk.url");
        assertProblem(post(base, "/api/admin/ingest", "{\"tickets\":\"" + dir.resolve("missing.ndjson") + "\"}", KEY), 422, "missing.ndjson");
        assertProblem(post(base, "/api/admin/ingest", "{\"ticket\":\"" + bundle + "\"}", KEY), 422, "unknown field 'ticket'");
        assertProblem(post(base, "/api/admin/ingest", "{}", KEY), 422, "at least one of tickets");
        assertProblem(post(base, "/api/admin/ingest", "[\"" + bundle + "\"]", KEY), 422, "JSON object");

        // when: an ingest is asked for, and another one right after
        HttpResponse<String> started = post(base, "/api/admin/ingest", "{\"tickets\":\"" + bundle + "\"}", KEY);
        assertEquals(202, started.statusCode(), started.body());
        String runId = JSON.readTree(started.body()).get("run_id").asText();
        HttpResponse<String> second = post(base, "/api/admin/ingest", "{\"tickets\":\"" + bundle + "\"}", KEY);

        // then: the second is refused naming the first, and /health follows the first to its end
        assertProblem(second, 409, runId);
        assertEquals(runId, JSON.readTree(second.body()).get("run_id").asText());
        boolean sawProgress = false;
        JsonNode health = get(base, "/health");
        long end = System.nanoTime() + 300_000_000_000L;
        while (!health.at("/knowledge/run").isNull()) {
          assertTrue(System.nanoTime() < end, health.toString());
          JsonNode run = health.at("/knowledge/run");
          assertEquals(runId, run.get("id").asText());
          assertEquals("ingest", run.get("kind").asText());
          if (run.get("total").asLong() == 300 && run.get("done").asLong() > 0) sawProgress = true;
          int searched = health.at("/index/tickets").asInt();
          assertTrue(searched == 0 || searched == 300, "searched: none of the run, or all of it once published: " + health);
          Thread.sleep(100);
          health = get(base, "/health");
        }
        assertTrue(sawProgress, "progress done/total of 300 seen in /health");
        assertEquals("done", health.at("/knowledge/last_run/outcome").asText(), health.toString());
        assertEquals(runId, health.at("/knowledge/last_run/id").asText());
        assertEquals(300, health.at("/index/tickets").asInt());
        assertEquals(health.at("/knowledge/revision").asLong(), health.at("/index/revision").asLong());
        assertTrue(health.at("/knowledge/revision").asLong() >= 1, health.toString());
      } finally {
        app.stop();
        withoutKey.stop();
      }
    }
  }

  private static void assertProblem(HttpResponse<String> r, int status, String detailPart) throws Exception {
    assertEquals(status, r.statusCode(), r.body());
    assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), r.headers().toString());
    JsonNode body = JSON.readTree(r.body());
    assertEquals(status, body.get("status").asInt());
    assertTrue(body.get("detail").asText().contains(detailPart), r.body());
  }

  private static HttpResponse<String> post(URI base, String path, String body, String key) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (key != null) b.header("Authorization", "Bearer " + key);
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static JsonNode get(URI base, String path) throws Exception {
    return JSON.readTree(HTTP.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(), HttpResponse.BodyHandlers.ofString()).body());
  }
}
