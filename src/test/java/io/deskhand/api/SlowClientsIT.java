package io.deskhand.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.index.IndexCounts;
import io.deskhand.jobs.JobStore;
import io.javalin.Javalin;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15, item 1: about 260 connections trickling a byte a second held every request thread, and /health timed out
 * for the whole attack. No secret is needed for that, so the attackers here have none: half send a current timestamp
 * and a forged signature and then trickle the body, half trickle the request head; each reconnects at once when the
 * server closes it. Meanwhile /health and a correctly signed webhook must keep answering within a second.
 */
class SlowClientsIT {
  private static final String SECRET = "slow-secret-5b21";
  private static final int ATTACKERS = 300;
  private static final Duration ATTACK = Duration.ofSeconds(30);
  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(1);
  @TempDir Path dir;
  private final ObjectMapper json = new ObjectMapper();
  private JobStore store;
  private Javalin app;

  @AfterEach
  void stop() {
    if (app != null) app.stop();
    if (store != null) store.close();
  }

  /** Webhook, jobs and /health with the production limits (read timeout 5 s, head limits, route caps). */
  private void start() {
    store = JobStore.open(dir.resolve("jobs.db"), Clock.systemUTC());
    PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    var deps = new HttpApi.Deps(null, () -> new io.deskhand.knowledge.KnowledgeRuns.Health(new io.deskhand.knowledge.KnowledgeBase.Status(0, new IndexCounts(1, 2, 3), false,
        Optional.empty(), false), Optional.empty(), Optional.empty()), "test-model", "test", Optional.empty(), 1 << 20, json,
        DeskhandConfig.HttpLimits.defaults(), false, () -> "off", health -> { });
    app = HttpApi.create(deps, a -> WebhookRoutes.register(a, new WebhookRoutes.Deps(Optional.of(new Secret(SECRET)),
        Duration.ofMinutes(5), store, () -> { }, Clock.systemUTC(), meters, json, 1 << 20))).start("127.0.0.1", 0);
  }

  /** One attacker: connects, trickles a byte a second, and reconnects whenever the server has answered or closed. */
  private void attack(boolean body, AtomicBoolean stop, AtomicInteger connected, AtomicInteger connections) {
    String head = "POST /webhooks/zendesk HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n";
    while (!stop.get()) {
      boolean counted = false;
      try (Socket s = new Socket("127.0.0.1", app.port())) {
        connections.incrementAndGet();
        connected.incrementAndGet();
        counted = true;
        OutputStream out = s.getOutputStream();
        InputStream in = s.getInputStream();
        byte[] trickle;
        if (body) {
          // a current timestamp and a well-formed signature that is wrong: only the body can show it, so it is read
          out.write((head + WebhookRoutes.TIMESTAMP + ": " + Instant.now() + "\r\n" + WebhookRoutes.SIGNATURE + ": "
              + "A".repeat(43) + "=\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
          out.flush();
          trickle = ("{\"ticket_id\": 1" + " ".repeat(2000)).getBytes(StandardCharsets.US_ASCII);
        } else {
          trickle = (head + "X-Slow: " + "a".repeat(2000)).getBytes(StandardCharsets.US_ASCII);
        }
        s.setSoTimeout(1);
        for (int i = 0; i < trickle.length && !stop.get(); i++) {
          out.write(trickle[i]);
          out.flush();
          Thread.sleep(1000);
          try {
            in.read(); // returns only once the server has answered (408) or closed: it is done with us
            break;
          } catch (SocketTimeoutException stillOpen) {
            // nothing yet: keep trickling
          }
        }
      } catch (IOException closed) {
        // the server closed the connection under us: reconnect
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } finally {
        if (counted) connected.decrementAndGet();
      }
    }
  }

  @Test
  void three_hundred_slow_connections_leave_health_and_a_signed_webhook_answering_within_a_second() throws Exception {
    // given
    start();
    AtomicBoolean stop = new AtomicBoolean();
    AtomicInteger connected = new AtomicInteger();
    AtomicInteger connections = new AtomicInteger();
    ExecutorService attackers = Executors.newVirtualThreadPerTaskExecutor();
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(ANSWER_WITHIN).build();
    List<String> slow = new ArrayList<>();
    List<Long> times = new ArrayList<>();
    int probes = 0;
    // one of each before the attack: the first request of a fresh server pays for class loading, not for attackers
    probe(http, "{\"ticket_id\": 999999}");
    try {
      // when: every attacker connected, and for the attack's length
      for (int i = 0; i < ATTACKERS; i++) {
        boolean body = i % 2 == 0;
        attackers.submit(() -> attack(body, stop, connected, connections));
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
      while (connected.get() < ATTACKERS && System.nanoTime() < deadline) Thread.sleep(50);
      assertEquals(ATTACKERS, connected.get(), "attackers connected");
      long end = System.nanoTime() + ATTACK.toNanos();
      int ticket = 1;
      while (System.nanoTime() < end) {
        String ts = Instant.now().toString();
        String body = "{\"ticket_id\": " + ticket++ + "}";
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health"))
            .timeout(Duration.ofSeconds(5)).build();
        HttpRequest webhook = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/webhooks/zendesk"))
            .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json").header(WebhookRoutes.TIMESTAMP, ts)
            .header(WebhookRoutes.SIGNATURE, WebhookRoutes.sign(new Secret(SECRET), ts, body.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (HttpRequest req : List.of(health, webhook)) {
          long t0 = System.nanoTime();
          HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
          long ms = (System.nanoTime() - t0) / 1_000_000;
          probes++;
          times.add(ms);
          int expected = req == health ? 200 : 202;
          if (res.statusCode() != expected || ms >= ANSWER_WITHIN.toMillis()) {
            slow.add(req.uri().getPath() + " " + res.statusCode() + " in " + ms + " ms at connected=" + connected.get());
          }
        }
        Thread.sleep(200);
      }
    } finally {
      stop.set(true);
      attackers.shutdownNow();
      attackers.awaitTermination(10, TimeUnit.SECONDS);
    }

    // then: every probe answered in time, the server kept shedding the slow connections, and only the signed
    // webhooks became jobs
    times.sort(null);
    System.out.printf("slow clients: %d attackers, %d connections over %d s, %d probes, p50 %d ms, p99 %d ms, worst %d ms%n",
        ATTACKERS, connections.get(), ATTACK.toSeconds(), probes, times.get(times.size() / 2), times.get(times.size() * 99 / 100),
        times.get(times.size() - 1));
    assertTrue(slow.isEmpty(), slow.size() + " of " + probes + " probes late or refused: " + slow.subList(0, Math.min(10, slow.size())));
    assertTrue(probes >= 2 * 30, probes + " probes");
    assertTrue(connections.get() >= 3 * ATTACKERS, "slow connections should be closed and reopened: " + connections.get());
    assertEquals(probes / 2 + 1, store.all().size());
  }

  private void probe(HttpClient http, String body) throws Exception {
    String ts = Instant.now().toString();
    assertEquals(200, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/health")).build(),
        HttpResponse.BodyHandlers.ofString()).statusCode());
    assertEquals(202, http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/webhooks/zendesk"))
        .header("Content-Type", "application/json").header(WebhookRoutes.TIMESTAMP, ts)
        .header(WebhookRoutes.SIGNATURE, WebhookRoutes.sign(new Secret(SECRET), ts, body.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
  }
}
