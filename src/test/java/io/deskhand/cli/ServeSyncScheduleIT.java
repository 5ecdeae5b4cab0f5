package io.deskhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.support.JarProcess;
import io.deskhand.zendesk.FakeZendesk;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve` keeps its own index fresh: with {@code sync.schedule} it syncs in the background, and a ticket solved in
 * Zendesk after it started is found by triage, while a client triaging all along gets no error.
 */
class ServeSyncScheduleIT {
  private static final String EMAIL = "admin@example.com";
  private static final String TOKEN = "schedule-token-5521";
  private static final String API_KEY = "admin-key-9034";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;

  @Test
  void a_scheduled_sync_picks_up_a_newly_solved_ticket_while_a_client_triages_without_error() throws Exception {
    try (FakeZendesk zd = FakeZendesk.start(EMAIL, TOKEN)) {
      // given: an account synced once (by the CLI, while no service runs)
      for (int i = 0; i < 3; i++) solved(zd, "Flat tyre " + i, "My rental bike " + i + " has a flat tyre, can you swap it?",
          "We swapped bike " + i + " at the station; enjoy the ride.");
      Map<String, String> env = new HashMap<>(Map.of("DESKHAND_DATA_DIR", dir.resolve("data").toString(),
          "DESKHAND_ZENDESK_URL", zd.baseUrl().toString(), "DESKHAND_ZENDESK_EMAIL", EMAIL, "DESKHAND_ZENDESK_TOKEN", TOKEN,
          "DESKHAND_ZENDESK_REQUESTS_PER_MINUTE", "60000", "DESKHAND_ZENDESK_INCREMENTAL_REQUESTS_PER_MINUTE", "60000",
          "DESKHAND_API_KEY", API_KEY));
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      int synced = DeskhandCli.run(new String[] {"sync"}, env, new PrintStream(new ByteArrayOutputStream()),
          new PrintStream(err, true, StandardCharsets.UTF_8), Services::new);
      assertEquals(0, synced, err.toString(StandardCharsets.UTF_8));

      // and: serve with a 10-second sync schedule
      int port;
      try (ServerSocket s = new ServerSocket(0)) {
        port = s.getLocalPort();
      }
      env.put("DESKHAND_PORT", Integer.toString(port));
      env.put("DESKHAND_SYNC_SCHEDULE", "10s");
      try (JarProcess serve = JarProcess.start(env, "serve")) {
        serve.awaitLine(l -> l.contains("listening on"), Duration.ofMinutes(3));
        URI base = URI.create("http://127.0.0.1:" + port);
        JsonNode before = get(base, "/health");
        assertEquals(3, before.at("/index/tickets").asInt(), before.toString());
        long revision = before.at("/knowledge/revision").asLong();

        // and: the CLI refuses to change the data dir under the running service, naming the admin endpoint instead
        ByteArrayOutputStream refusal = new ByteArrayOutputStream();
        int ingest = DeskhandCli.run(new String[] {"ingest", "--tickets", "eval/demo/tickets.ndjson"}, env,
            new PrintStream(new ByteArrayOutputStream()), new PrintStream(refusal, true, StandardCharsets.UTF_8), Services::new);
        assertEquals(1, ingest, refusal.toString(StandardCharsets.UTF_8));
        assertTrue(refusal.toString(StandardCharsets.UTF_8).contains("POST /api/admin/ingest"), refusal.toString(StandardCharsets.UTF_8));

        // when: a client triages in a loop, and meanwhile a new ticket is solved in Zendesk
        List<String> failures = new CopyOnWriteArrayList<>();
        AtomicInteger answered = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Thread client = Thread.ofPlatform().start(() -> triageLoop(base, stop, answered, failures));
        long scooter = solved(zd, "Scooter battery", "My e-scooter battery does not charge any more, the light stays red.",
            "Hold the power button for ten seconds to reset the battery controller, then charge it again.");

        // then: a scheduled sync publishes it, and triage finds it
        JsonNode after = awaitHealth(base, h -> h.at("/index/tickets").asInt() == 4, Duration.ofMinutes(3));
        assertTrue(after.at("/knowledge/revision").asLong() > revision, after.toString());
        assertTrue(after.at("/knowledge/last_sync_at").isTextual(), after.toString());
        JsonNode found = triage(base, "Battery will not charge", "The battery of my e-scooter does not charge, the light is red.");
        assertEquals(scooter, found.at("/similar_tickets/0/id").asLong(), found.toString());
        stop.set(true);
        client.join();
        assertTrue(failures.isEmpty(), "triage failures during the sync: " + failures);
        assertTrue(answered.get() >= 10, "triage requests answered: " + answered.get());
        assertTrue(serve.output().contains("event=scheduled_sync"), serve.output());

        // and: the next scheduled sync finds nothing new: a new revision (its last_sync_at), the same models, no retraining
        JsonNode quiet = awaitHealth(base, h -> h.at("/knowledge/revision").asLong() > after.at("/knowledge/revision").asLong(),
            Duration.ofMinutes(2));
        assertEquals(4, quiet.at("/index/tickets").asInt(), quiet.toString());
        assertEquals(1, serve.output().lines().filter(l -> l.contains("event=classifiers_trained tickets=4 ")).count(), serve.output());
        String metrics = getText(base, "/metrics");
        // (a sync every 10 s: by the time of this scrape another one may have published)
        long scraped = metrics.lines().filter(l -> l.startsWith("deskhand_knowledge_revision "))
            .mapToLong(l -> (long) Double.parseDouble(l.substring(l.indexOf(' ') + 1))).findFirst().orElse(-1);
        assertTrue(scraped >= quiet.at("/knowledge/revision").asLong(), metrics);
      }
    }
  }

  private static long solved(FakeZendesk zd, String subject, String question, String answer) {
    long id = zd.addTicket(subject, question, "new", List.of());
    zd.addComment(id, 7, answer, true);
    zd.setStatus(id, "solved");
    return id;
  }

  private static void triageLoop(URI base, AtomicBoolean stop, AtomicInteger answered, List<String> failures) {
    while (!stop.get()) {
      try {
        triage(base, "Flat tyre", "The tyre of my rental bike is flat.");
        answered.incrementAndGet();
      } catch (Exception | AssertionError e) {
        failures.add(e.toString());
      }
    }
  }

  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private static JsonNode triage(URI base, String subject, String description) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(base.resolve("/api/triage")).header("Content-Type", "application/json")
        .header("Authorization", "Bearer " + API_KEY).timeout(Duration.ofSeconds(10))
        .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode().put("subject", subject).put("description", description).toString()))
        .build();
    HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new AssertionError("triage answered " + r.statusCode() + ": " + r.body());
    return JSON.readTree(r.body());
  }

  private static JsonNode get(URI base, String path) throws Exception {
    return JSON.readTree(getText(base, path));
  }

  private static String getText(URI base, String path) throws Exception {
    HttpRequest req = HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Bearer " + API_KEY).GET().build();
    HttpResponse<String> r = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), r.body());
    return r.body();
  }

  private static JsonNode awaitHealth(URI base, java.util.function.Predicate<JsonNode> done, Duration timeout) throws Exception {
    long end = System.nanoTime() + timeout.toNanos();
    JsonNode h = get(base, "/health");
    while (!done.test(h)) {
      if (System.nanoTime() > end) throw new AssertionError("not reached within " + timeout + ": " + h);
      Thread.sleep(500);
      h = get(base, "/health");
    }
    return h;
  }
}
