package io.deskhand.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.index.IndexCounts;
import io.deskhand.jobs.JobStore;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTTP edge without the triage pipeline: what is refused, how errors are written, what a slow client can hold. */
class HttpEdgeTest {
  private static final String SECRET = "edge-secret-81f2";
  private static final String KEY = "edge-key-3c9d";
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();
  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private JobStore store;
  private Javalin app;

  /** Read timeout of one second, so the slow-client cases take a second each. */
  private Javalin start(Optional<Secret> apiKey, boolean metricsRequireKey) {
    store = JobStore.open(dir.resolve("jobs.db"), Clock.systemUTC());
    var limits = new DeskhandConfig.HttpLimits(30, 1, 4096, 2);
    var deps = new HttpApi.Deps(null, () -> new io.deskhand.knowledge.KnowledgeRuns.Health(new io.deskhand.knowledge.KnowledgeBase.Status(0, new IndexCounts(1, 2, 3), false,
        Optional.empty(), false), Optional.empty(), Optional.empty()), "test-model", "test", apiKey, 4096, json, limits,
        metricsRequireKey, () -> "off", health -> health.putObject("zendesk").put("auth", "ok"));
    app = HttpApi.create(deps, a -> {
      WebhookRoutes.register(a, new WebhookRoutes.Deps(Optional.of(new Secret(SECRET)), Duration.ofMinutes(5), store, () -> { },
          Clock.systemUTC(), meters, json, 4096));
      MetricsRoutes.register(a, meters);
    }).start("127.0.0.1", 0);
    return app;
  }

  @AfterEach
  void stop() {
    if (app != null) app.stop();
    if (store != null) store.close();
  }

  private HttpResponse<byte[]> send(String method, String path, String contentType, String body, String auth) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (contentType != null) b.header("Content-Type", contentType);
    if (auth != null) b.header("Authorization", auth);
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private HttpResponse<byte[]> webhook(String body) throws Exception {
    String ts = Instant.now().toString();
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/webhooks/zendesk"))
        .header("Content-Type", "application/json").header(WebhookRoutes.TIMESTAMP, ts)
        .header(WebhookRoutes.SIGNATURE, WebhookRoutes.sign(new Secret(SECRET), ts, body.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private static String strictUtf8(byte[] bytes) throws Exception {
    return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
  }

  @Test
  void problems_are_written_and_declared_as_utf8() throws Exception {
    start(Optional.empty(), false);

    HttpResponse<byte[]> r = send("POST", "/api/triage", "application/json", "{\"subject\": xé€中}", null);

    assertEquals(400, r.statusCode());
    String type = r.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith("application/problem+json") && type.toLowerCase().contains("charset=utf-8"), type);
    String body = strictUtf8(r.body());
    assertTrue(body.contains("xé€中"), body);
    assertEquals("/problems/malformed-json", json.readTree(body).path("type").asText());
  }

  @Test
  void the_bearer_scheme_is_case_insensitive_and_the_key_is_not() throws Exception {
    start(Optional.of(new Secret(KEY)), false);
    for (String auth : new String[] {"Bearer " + KEY, "bearer " + KEY, "BEARER  " + KEY}) {
      assertEquals(404, send("GET", "/api/jobs/nope", null, null, auth).statusCode(), auth); // past the key: no such job
    }
    // on the same connection as the right key: a header cache that ignored case let the upper-cased key in
    for (String auth : new String[] {"Bearer " + KEY.toUpperCase(), "Basic " + KEY, KEY, "Bearer", "Bearer " + KEY + "x"}) {
      HttpResponse<byte[]> r = send("GET", "/api/jobs/nope", null, null, auth);
      assertEquals(401, r.statusCode(), auth + " -> " + new String(r.body(), StandardCharsets.UTF_8));
      assertEquals("Bearer", r.headers().firstValue("WWW-Authenticate").orElse(""));
    }
  }

  @Test
  void trailing_data_after_the_json_is_malformed_on_triage_and_the_webhook() throws Exception {
    start(Optional.empty(), false);
    for (String body : new String[] {"{\"subject\":\"a\"} xyz", "{\"subject\":\"a\"}{\"subject\":\"b\"}", "{\"subject\":\"a\"} ]"}) {
      HttpResponse<byte[]> r = send("POST", "/api/triage", "application/json", body, null);
      assertEquals(400, r.statusCode(), body);
      assertEquals("/problems/malformed-json", json.readTree(r.body()).path("type").asText(), body);
    }
    for (String body : new String[] {"{\"ticket_id\": 1} xyz", "{\"ticket_id\": 1}{\"ticket_id\": 2}"}) {
      assertEquals(400, webhook(body).statusCode(), body);
    }
    assertTrue(store.all().isEmpty());
    assertEquals(202, webhook("{\"ticket_id\": 1}\n").statusCode()); // trailing white space is no data
  }

  @Test
  void metrics_need_the_api_key_when_required() throws Exception {
    start(Optional.of(new Secret(KEY)), true);
    assertEquals(401, send("GET", "/metrics", null, null, null).statusCode());
    assertEquals(200, send("GET", "/metrics", null, null, "Bearer " + KEY).statusCode());
    assertEquals(200, send("GET", "/health", null, null, null).statusCode(), "/health stays open for probes");
    app.stop();
    store.close();
    start(Optional.of(new Secret(KEY)), false);
    assertEquals(200, send("GET", "/metrics", null, null, null).statusCode());
  }

  @Test
  void health_carries_the_sections_of_other_features() throws Exception {
    start(Optional.empty(), false);
    JsonNode h = json.readTree(send("GET", "/health", null, null, null).body());
    assertEquals("ok", h.path("zendesk").path("auth").asText(), h.toString());
    assertEquals(2, h.path("index").path("articles").asInt());
  }

  @Test
  void the_playground_runs_only_its_own_served_script() throws Exception {
    start(Optional.empty(), false);
    HttpResponse<byte[]> page = send("GET", "/", null, null, null);
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
    String html = new String(page.body(), StandardCharsets.UTF_8);
    assertFalse(html.matches("(?s).*<script(?![^>]*\\ssrc=)[^>]*>.*"), "an inline script: " + html);
    assertFalse(html.matches("(?s).*\\son[a-z]+=.*"), "an inline event handler: " + html);
    HttpResponse<byte[]> script = send("GET", "/playground.js", null, null, null);
    assertEquals(200, script.statusCode());
    assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
    assertEquals(200, send("GET", "/playground.css", null, null, null).statusCode());
  }

  @Test
  void the_playground_renders_only_http_links() throws Exception {
    Assumptions.assumeTrue(nodeAvailable(), "node is not installed here");
    start(Optional.empty(), false);
    Path script = dir.resolve("run.js");
    Files.write(script, send("GET", "/playground.js", null, null, null).body());
    String probe = "globalThis.window = {location: {href: 'http://127.0.0.1:7070/'}};"
        + "globalThis.document = {getElementById: () => ({})};"
        + "require('vm').runInThisContext(require('fs').readFileSync(process.argv[1], 'utf8') + ';globalThis.link = link;');"
        + "for (const u of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,x', 'vbscript:x', 'https://help.example.com/a?b=1', 'http://x.example/\"onmouseover=\"alert(1)'])"
        + "  console.log(link(u, 'T<b>'));";
    Process p = new ProcessBuilder("node", "-e", probe, script.toString()).redirectErrorStream(true).start();
    assertTrue(p.waitFor(20, TimeUnit.SECONDS));
    String[] lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split("\n");
    assertEquals(6, lines.length, String.join("\n", lines));
    for (int i = 0; i < 4; i++) assertEquals("T&lt;b&gt;", lines[i], "no link for an unsafe URL: " + lines[i]);
    assertEquals("<a href=\"https://help.example.com/a?b=1\" rel=\"noopener noreferrer\">T&lt;b&gt;</a>", lines[4]);
    assertFalse(lines[5].contains("\"onmouseover"), "quotes in a URL stay inside the attribute: " + lines[5]);
  }

  private static boolean nodeAvailable() {
    try {
      return new ProcessBuilder("node", "--version").start().waitFor(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      return false;
    }
  }

  /** Sends {@code head} and {@code body} over a raw socket and returns the server's first answer (head and body). */
  private String raw(String head, String body, Duration readFor) throws Exception {
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      s.setSoTimeout((int) readFor.toMillis());
      OutputStream out = s.getOutputStream();
      out.write(head.getBytes(StandardCharsets.UTF_8));
      out.write(body.getBytes(StandardCharsets.UTF_8));
      out.flush();
      return firstAnswer(s.getInputStream());
    }
  }

  /** One HTTP response: its head, then as many body bytes as its Content-Length says (the connection may stay open). */
  private static String firstAnswer(InputStream in) throws java.io.IOException {
    java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
    int end = -1;
    while (end < 0) {
      int b = in.read();
      if (b < 0) return got.toString(StandardCharsets.UTF_8);
      got.write(b);
      end = got.toString(StandardCharsets.ISO_8859_1).indexOf("\r\n\r\n");
    }
    String headText = got.toString(StandardCharsets.ISO_8859_1);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(headText);
    if (m.find()) got.write(in.readNBytes(Integer.parseInt(m.group(1))));
    return got.toString(StandardCharsets.UTF_8);
  }

  @Test
  void a_webhook_is_refused_from_its_headers_alone_without_waiting_for_the_body() throws Exception {
    start(Optional.empty(), false);
    String ts = Instant.now().toString();
    String forged = "A".repeat(43) + "=";
    String[][] cases = {
        {"POST /webhooks/zendesk HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n", "401"},
        {"POST /webhooks/zendesk HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n"
            + WebhookRoutes.TIMESTAMP + ": 2020-01-01T00:00:00Z\r\n" + WebhookRoutes.SIGNATURE + ": " + forged + "\r\n\r\n", "401"},
        {"POST /webhooks/zendesk HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 500\r\n"
            + WebhookRoutes.TIMESTAMP + ": " + ts + "\r\n" + WebhookRoutes.SIGNATURE + ": not-base64\r\n\r\n", "401"},
        {"POST /webhooks/zendesk HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: 500\r\n"
            + WebhookRoutes.TIMESTAMP + ": " + ts + "\r\n" + WebhookRoutes.SIGNATURE + ": " + forged + "\r\n\r\n", "415"},
        {"POST /webhooks/zendesk HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\n"
            + WebhookRoutes.TIMESTAMP + ": " + ts + "\r\n" + WebhookRoutes.SIGNATURE + ": " + forged + "\r\n\r\n", "413"},
    };
    for (String[] c : cases) {
      long t0 = System.nanoTime();
      String answer = raw(c[0], "", Duration.ofMillis(900)); // the body never comes: an answer must not wait for it
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(answer.startsWith("HTTP/1.1 " + c[1]), c[0] + " -> " + answer);
      assertTrue(ms < 900, ms + " ms");
    }
    assertTrue(store.all().isEmpty());
  }

  @Test
  void a_body_slower_than_the_read_timeout_gets_408_and_a_closed_connection() throws Exception {
    start(Optional.empty(), false);
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      out.write(("POST /api/triage HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"sub")
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
      long t0 = System.nanoTime();
      InputStream in = s.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8); // to the end: the server closes
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertTrue(answer.startsWith("HTTP/1.1 408"), answer);
      assertTrue(answer.contains("application/problem+json"), answer);
      assertTrue(ms >= 900 && ms < 3000, ms + " ms");
    }
  }

  @Test
  void a_request_head_slower_than_the_read_timeout_loses_its_connection() throws Exception {
    start(Optional.empty(), false);
    try (Socket s = new Socket("127.0.0.1", app.port())) {
      s.setSoTimeout(5000);
      OutputStream out = s.getOutputStream();
      long t0 = System.nanoTime();
      out.write("GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.UTF_8));
      out.flush();
      int read = -2;
      try {
        // a byte every 200 ms keeps Jetty's idle timer from ever firing; the head deadline does not care
        for (int i = 0; i < 20; i++) {
          Thread.sleep(200);
          out.write('a');
          out.flush();
        }
      } catch (java.io.IOException closed) {
        read = -1;
      }
      if (read != -1) read = s.getInputStream().read();
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertEquals(-1, read, "the server should have closed the connection");
      assertTrue(ms < 3500, ms + " ms");
    }
  }

  @Test
  void a_head_over_the_size_limit_gets_431_as_problem_json() throws Exception {
    start(Optional.empty(), false);
    String answer = raw("GET /health HTTP/1.1\r\nHost: x\r\nX-Big: " + "b".repeat(5000) + "\r\n\r\n", "", Duration.ofSeconds(5));
    assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
    assertTrue(answer.contains("application/problem+json") && answer.contains("\"status\":431"), answer);
  }

  @Test
  void a_route_at_its_cap_answers_503_with_retry_after_at_once_and_recovers() throws Exception {
    InFlight cap = new InFlight("/api/triage", 1);
    CountDownLatch inside = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread busy = Thread.ofPlatform().start(() -> cap.body(b -> {
      inside.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }).handle(new byte[0]));
    assertTrue(inside.await(5, TimeUnit.SECONDS));

    ProblemException refused = assertThrows(ProblemException.class, () -> cap.body(b -> { }).handle(new byte[0]));
    assertEquals(503, refused.status);
    assertEquals("1", refused.headers.get("Retry-After"));

    release.countDown();
    busy.join();
    cap.body(b -> { }).handle(new byte[0]); // the permit is back
  }
}
