package io.deskhand.api;

import io.deskhand.bench.PlainHttpConnection;
import io.deskhand.config.Secret;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: an open-loop load generator for {@code POST /webhooks/zendesk}, run in its own process by
 * {@code eval/webhook-load.sh}. Requests for tickets 1..rate*seconds are signed before the run (the signature
 * timestamps stay inside the replay window) and leave at a fixed rate over a few keep-alive connections, whether or
 * not earlier answers came back, on plain sockets ({@link PlainHttpConnection}). Latency is measured from writing the request to reading
 * the whole answer (what Zendesk's timeout sees) and, separately, from the moment the request was due (adds any wait
 * for a free connection). Args: url, signing secret, rate, seconds, [connections]. Tickets
 * 1..rate*seconds+{@link #WARM_UP} must exist in the Zendesk the service talks to.
 */
public final class WebhookLoadGenerator {
  /** Sent before the measured run, for the last WARM_UP tickets, so JIT and connection setup are not counted. */
  static final int WARM_UP = 200;

  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.err.println("usage: WebhookLoadGenerator <webhook-url> <signing-secret> <requests-per-second> <seconds> [connections]");
      System.exit(2);
    }
    URI uri = URI.create(args[0]);
    Secret secret = new Secret(args[1]);
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int connections = args.length > 4 ? Integer.parseInt(args[4]) : 8;
    int total = rate * seconds;
    byte[][] requests = new byte[total + WARM_UP][];
    for (int i = 0; i < requests.length; i++) requests[i] = signed(uri, secret, i < WARM_UP ? total + 1 + i : i - WARM_UP + 1);

    long[] fromWrite = new long[requests.length];
    long[] fromDue = new long[requests.length];
    long[] due = new long[requests.length];
    AtomicInteger non202 = new AtomicInteger();
    BlockingQueue<Integer> queue = new LinkedBlockingQueue<>();
    CountDownLatch finished = new CountDownLatch(requests.length);
    for (int c = 0; c < connections; c++) {
      Thread.ofPlatform().daemon(true).name("sender-" + c).start(() -> {
        try (PlainHttpConnection connection = new PlainHttpConnection(uri)) {
          while (true) {
            int i = queue.take();
            long start = System.nanoTime();
            int status = connection.send(requests[i]).status();
            long end = System.nanoTime();
            fromWrite[i] = end - start;
            fromDue[i] = end - due[i];
            if (status != 202) non202.incrementAndGet();
            finished.countDown();
          }
        } catch (IOException e) {
          System.err.println("connection failed: " + e);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
    }
    for (int i = 0; i < WARM_UP; i++) { // one at a time, at a gentle pace
      due[i] = System.nanoTime();
      queue.add(i);
      TimeUnit.MILLISECONDS.sleep(5);
    }
    long periodNanos = 1_000_000_000L / rate;
    long t0 = System.nanoTime() + 200_000_000L;
    for (int k = 0; k < total; k++) {
      int i = WARM_UP + k;
      due[i] = t0 + k * periodNanos;
      long wait = due[i] - System.nanoTime();
      if (wait > 0) TimeUnit.NANOSECONDS.sleep(wait);
      queue.add(i);
    }
    double sentFor = (System.nanoTime() - t0) / 1e9;
    if (!finished.await(60, TimeUnit.SECONDS)) {
      System.err.println("answers missing after 60 s: " + finished.getCount());
      System.exit(1);
    }
    long[] w = Arrays.copyOfRange(fromWrite, WARM_UP, requests.length);
    long[] d = Arrays.copyOfRange(fromDue, WARM_UP, requests.length);
    Arrays.sort(w);
    Arrays.sort(d);
    System.out.printf(Locale.ROOT, "webhooks=%d offered_rate=%d/s achieved_rate=%.1f/s connections=%d non_202=%d "
            + "ack_p50_ms=%.2f ack_p90_ms=%.2f ack_p99_ms=%.2f ack_p999_ms=%.2f ack_max_ms=%.2f from_due_p99_ms=%.2f%n",
        total, rate, total / sentFor, connections, non202.get(), pct(w, 0.50), pct(w, 0.90), pct(w, 0.99), pct(w, 0.999),
        w[w.length - 1] / 1e6, pct(d, 0.99));
    System.exit(non202.get() == 0 ? 0 : 1);
  }

  private static byte[] signed(URI uri, Secret secret, long ticketId) {
    byte[] body = ("{\"ticket_id\": \"" + ticketId + "\"}").getBytes(StandardCharsets.UTF_8);
    String ts = Instant.now().toString();
    return PlainHttpConnection.jsonPost(uri, Map.of(WebhookRoutes.TIMESTAMP, ts, WebhookRoutes.SIGNATURE, WebhookRoutes.sign(secret, ts, body)), body);
  }

  private static double pct(long[] sorted, double q) {
    return sorted[Math.max(0, (int) Math.ceil(sorted.length * q) - 1)] / 1e6;
  }
}
