package io.deskhand.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.index.IndexCounts;
import io.deskhand.jobs.JobStatus;
import io.deskhand.jobs.ZendeskTestRig;
import io.deskhand.support.DemoServices;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Not a unit test: the webhook acknowledgement under load, run by hand. Signed webhooks arrive at a fixed rate
 * (default 200/s for 20 s) on loopback while the worker triages the queued tickets with the real pipeline against a
 * fake Zendesk; prints ack latency percentiles. Run:
 * {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=io.deskhand.api.WebhookLoadCheck -Dexec.args="200 20"}
 */
public final class WebhookLoadCheck {
  public static void main(String[] args) throws Exception {
    int rate = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    ObjectMapper json = new ObjectMapper();
    Path dir = Files.createTempDirectory("webhook-load");
    var services = DemoServices.get();
    try (ZendeskTestRig rig = new ZendeskTestRig(dir)) {
      int tickets = rate * seconds;
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < tickets; i++) {
        ids.add(rig.zendesk.addTicket("Remboursement " + i, "Bonjour, je n'ai pas reçu le remboursement de ma commande " + i + ".", "new", List.of()));
      }
      int workers = services.config().jobs().workers(); // the production default for this machine
      var worker = rig.startWorker(services.pipeline()::triage, DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 3, workers);
      Javalin app = HttpApi.create(new HttpApi.Deps(null, () -> new IndexCounts(0, 0, 0), "m", "v", Optional.empty(), 1 << 20, json),
          a -> WebhookRoutes.register(a, new WebhookRoutes.Deps(Optional.of(new Secret(ZendeskTestRig.SECRET)), Duration.ofMinutes(5),
              rig.store, worker::wake, Clock.systemUTC(), rig.meters, json))).start("127.0.0.1", 0);
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newFixedThreadPool(8)).build();
      URI uri = URI.create("http://127.0.0.1:" + app.port() + "/webhooks/zendesk");
      List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
      List<CompletableFuture<?>> inFlight = Collections.synchronizedList(new ArrayList<>());
      ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
      int[] next = {0};
      long periodNanos = 1_000_000_000L / rate;
      ticker.scheduleAtFixedRate(() -> {
        if (next[0] >= ids.size()) return;
        String body = "{\"ticket_id\": \"" + ids.get(next[0]++) + "\"}";
        String ts = Instant.now().toString();
        HttpRequest req = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
            .header("X-Zendesk-Webhook-Signature-Timestamp", ts)
            .header("X-Zendesk-Webhook-Signature", WebhookRoutes.sign(new Secret(ZendeskTestRig.SECRET), ts, body.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime();
        inFlight.add(client.sendAsync(req, HttpResponse.BodyHandlers.ofString()).thenAccept(r -> {
          if (r.statusCode() != 202) throw new IllegalStateException("webhook answered " + r.statusCode() + ": " + r.body());
          latencies.add((System.nanoTime() - start) / 1e6);
        }));
      }, 0, periodNanos, TimeUnit.NANOSECONDS);
      Thread.sleep(seconds * 1000L + 500);
      ticker.shutdown();
      CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      var counts = rig.store.counts();
      System.out.printf(Locale.ROOT, "workers=" + workers + " webhooks=%d rate=%d/s ack_p50_ms=%.2f ack_p99_ms=%.2f ack_max_ms=%.2f jobs_done_meanwhile=%d queued=%d%n",
          sorted.size(), rate, sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1),
          sorted.get(sorted.size() - 1), counts.get(JobStatus.DONE), counts.get(JobStatus.QUEUED));
      app.stop();
    }
    System.exit(0);
  }
}
