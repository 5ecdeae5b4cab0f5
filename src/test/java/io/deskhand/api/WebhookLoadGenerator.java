package io.deskhand.api;

import io.deskhand.config.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: an open-loop load generator for {@code POST /webhooks/zendesk}, run in its own process by
 * {@code eval/webhook-load.sh}. Sends signed trigger bodies for tickets 1..rate*seconds at a fixed rate (whether or
 * not earlier answers came back) and prints acknowledgement latency percentiles, measured from the moment each
 * request was handed to the HTTP client (what Zendesk's own timeout sees). Args: url, signing secret, rate, seconds.
 * Tickets 1..rate*seconds+{@link #WARM_UP} must exist in the Zendesk the service talks to.
 */
public final class WebhookLoadGenerator {
  /** Sent one at a time before the measured run, for tickets rate*seconds+1 .. +WARM_UP (the fake creates them). */
  static final int WARM_UP = 200;

  public static void main(String[] args) throws Exception {
    if (args.length != 4) {
      System.err.println("usage: WebhookLoadGenerator <webhook-url> <signing-secret> <requests-per-second> <seconds>");
      System.exit(2);
    }
    URI uri = URI.create(args[0]);
    Secret secret = new Secret(args[1]);
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int total = rate * seconds;
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .executor(Executors.newFixedThreadPool(4)).build();
    // warm-up: the last WARM_UP tickets, so connection setup and JIT of both sides are not counted
    for (int i = 0; i < WARM_UP; i++) client.send(signed(uri, secret, total + 1 + i), HttpResponse.BodyHandlers.discarding());
    long[] latencyNanos = new long[total];
    AtomicInteger failures = new AtomicInteger();
    CompletableFuture<?>[] inFlight = new CompletableFuture<?>[total];
    long periodNanos = 1_000_000_000L / rate;
    long t0 = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = t0 + i * periodNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      HttpRequest req = signed(uri, secret, i + 1);
      int slot = i;
      long start = System.nanoTime();
      inFlight[i] = client.sendAsync(req, HttpResponse.BodyHandlers.ofString()).whenComplete((r, e) -> {
        latencyNanos[slot] = System.nanoTime() - start;
        if (e != null || r.statusCode() != 202) failures.incrementAndGet();
      });
    }
    double sentFor = (System.nanoTime() - t0) / 1e9;
    CompletableFuture.allOf(inFlight).get(60, TimeUnit.SECONDS);
    long[] sorted = latencyNanos.clone();
    Arrays.sort(sorted);
    System.out.printf(Locale.ROOT, "webhooks=%d offered_rate=%d/s achieved_rate=%.1f/s non_202=%d ack_p50_ms=%.2f ack_p90_ms=%.2f "
            + "ack_p99_ms=%.2f ack_p999_ms=%.2f ack_max_ms=%.2f%n", total, rate, total / sentFor, failures.get(),
        pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 0.999), sorted[total - 1] / 1e6);
    System.exit(failures.get() == 0 ? 0 : 1);
  }

  private static HttpRequest signed(URI uri, Secret secret, long ticketId) {
    String body = "{\"ticket_id\": \"" + ticketId + "\"}";
    String ts = Instant.now().toString();
    return HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .header(WebhookRoutes.TIMESTAMP, ts)
        .header(WebhookRoutes.SIGNATURE, WebhookRoutes.sign(secret, ts, body.getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
  }

  private static double pct(long[] sorted, double q) {
    return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
  }
}
