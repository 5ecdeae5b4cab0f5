package io.deskhand.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.embedding.Embedder;
import io.deskhand.index.Ingestor;
import io.deskhand.index.KnowledgeIndex;
import io.deskhand.index.SearchRequest;
import io.deskhand.progress.Progress;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Measures the production paths in one run: raw embedding, ingest (embed + index), index queries, and /api/triage
 * over HTTP with one client (latency) and several (throughput). Nothing here re-implements a path: it calls the
 * same Embedder, Ingestor, index and HTTP server the service uses.
 */
public final class Bench {
  /** Varied sentences appended to demo tickets so N synthetic tickets do not embed to the same N/480 vectors. */
  private static final String[][] VARIATIONS = {
      {"en", "I ordered on a Tuesday, if that helps.", "My account email is the usual one.", "This is my second message about it.",
          "Thanks in advance for looking into it.", "I am writing from my phone.", "Could you check quickly please?"},
      {"fr", "J'ai commandé un mardi, si ça peut aider.", "C'est mon deuxième message à ce sujet.", "Merci d'avance pour votre aide.",
          "Je vous écris depuis mon téléphone.", "Pouvez-vous vérifier rapidement ?", "Mon adresse e-mail est la même que d'habitude."},
      {"de", "Ich habe an einem Dienstag bestellt, falls das hilft.", "Das ist meine zweite Nachricht dazu.", "Danke im Voraus.",
          "Ich schreibe vom Handy.", "Können Sie das bitte schnell prüfen?", "Meine E-Mail-Adresse ist die übliche."},
      {"es", "Hice el pedido un martes, por si ayuda.", "Es mi segundo mensaje sobre esto.", "Gracias de antemano.",
          "Les escribo desde el móvil.", "¿Pueden revisarlo rápido, por favor?", "Mi correo es el de siempre."}};

  static final int WARM_UP_REQUESTS = 1000;

  private final ObjectMapper json = new ObjectMapper();
  private final PrintStream log;

  public Bench(PrintStream log) {
    this.log = log;
  }

  /** Writes a bundle of {@code n} tickets cycling the demo tickets with varied extra sentences; reused if present. */
  public Path syntheticBundle(Path demoBundle, int n, Path target) throws IOException {
    if (Files.isRegularFile(target)) {
      try (var lines = Files.lines(target)) {
        if (lines.count() == n) return target;
      }
    }
    List<JsonNode> demo = new ArrayList<>();
    for (String line : Files.readAllLines(demoBundle, StandardCharsets.UTF_8)) if (!line.isBlank()) demo.add(json.readTree(line));
    Files.createDirectories(target.getParent());
    try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
      for (int i = 0; i < n; i++) {
        ObjectNode t = demo.get(i % demo.size()).deepCopy();
        int round = i / demo.size();
        t.put("id", 5_000_000L + i);
        String description = t.path("description").asText() + (round == 0 ? "" : "\n" + variation(t.path("description").asText(), round));
        t.put("description", description);
        if (t.path("comments").isArray() && !t.path("comments").isEmpty()) ((ObjectNode) t.path("comments").get(0)).put("body", description);
        w.write(t.toString());
        w.newLine();
      }
    }
    return target;
  }

  private static String variation(String text, int round) {
    String lower = text.toLowerCase(Locale.ROOT);
    int lang = lower.contains(" je ") || lower.contains("bonjour") ? 1 : lower.contains(" ich ") || lower.contains("hallo") ? 2
        : lower.contains(" el ") || lower.contains("hola") ? 3 : 0;
    String[] options = VARIATIONS[lang];
    return options[1 + round % (options.length - 1)] + (round > options.length ? " " + options[1 + (round / 7) % (options.length - 1)] : "");
  }

  /** Texts used for both the raw-embedding and the triage measurements ("same texts"). */
  public List<String> sampleTexts(Path bundle, int count) throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode t = json.readTree(line);
      texts.add(t.path("subject").asText() + "\n" + t.path("description").asText());
      if (texts.size() == count) break;
    }
    return texts;
  }

  /**
   * Texts per second embedding {@code texts} in batches, the median of rounds over about {@code seconds}: one round
   * of a few hundred texts takes two seconds, and single rounds here differed by a fifth.
   */
  public double embedThroughput(Embedder embedder, List<String> texts, double seconds) {
    embedder.embedAll(texts.subList(0, Math.min(32, texts.size()))); // warm up
    List<Double> rates = new ArrayList<>();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    while (rates.size() < 3 || (System.nanoTime() < end && rates.size() < 15)) rates.add(embedRate(embedder, texts));
    return percentiles(rates)[0];
  }

  /** One round: texts per second embedding {@code texts} in one batch call. */
  private static double embedRate(Embedder embedder, List<String> texts) {
    long start = System.nanoTime();
    embedder.embedAll(texts);
    return texts.size() / ((System.nanoTime() - start) / 1e9);
  }

  /** Tickets written per second by one ingest of the bundle (embedding and indexing; not the retraining after it). */
  public double ingestThroughput(Ingestor.Report report) {
    log.println("bench " + report);
    return report.written() == 0 ? Double.NaN : report.written() / report.seconds();
  }

  /** p50 and p99 milliseconds of index searches with precomputed query vectors. */
  public double[] queryLatency(KnowledgeIndex index, List<String> texts, List<float[]> vectors, double seconds) {
    List<Double> ms = new ArrayList<>();
    long end = System.nanoTime() + (long) (seconds * 1e9);
    for (int i = 0; System.nanoTime() < end || i < texts.size(); i++) {
      int k = i % texts.size();
      long s = System.nanoTime();
      index.search(new SearchRequest(texts.get(k), vectors.get(k), "en", 5, 10, 3));
      ms.add((System.nanoTime() - s) / 1e6);
    }
    return percentiles(ms);
  }

  /** One client posting triage requests back to back: p50 and p99 milliseconds. */
  public double[] triageLatency(URI triage, List<String> texts, double seconds) throws Exception {
    List<Double> ms = new ArrayList<>();
    try (PlainHttpConnection client = new PlainHttpConnection(triage)) {
      // Warm up like a service that has been running: the classifiers, drafter and HTTP layer have not run yet in
      // this process. Medians per 200 requests of a fresh `serve` here: 17-21, 14-17, 13-14, 12-13, then 10-12 ms
      // from about the thousandth request on (the JIT compiling, on the same two cores).
      Progress warmUp = new Progress("bench triage warm-up", WARM_UP_REQUESTS, log);
      for (int i = 0; i < WARM_UP_REQUESTS; i++) {
        post(client, triage, texts.get(i % texts.size()));
        warmUp.advance(1);
      }
      warmUp.finish();
      Progress progress = Progress.timed("bench triage latency", seconds, log);
      long end = System.nanoTime() + (long) (seconds * 1e9);
      for (int i = 0; System.nanoTime() < end; i++) {
        long s = System.nanoTime();
        post(client, triage, texts.get(i % texts.size()));
        ms.add((System.nanoTime() - s) / 1e6);
        progress.advance(1);
      }
      progress.finish();
    }
    return percentiles(ms);
  }

  /** Medians over the paired rounds of {@link #pairedThroughput}. */
  public record Paired(double embedTextsPerSecond, double triageTextsPerSecond, double ratio, int rounds) {}

  /**
   * Sustained triage throughput against raw embedding throughput, measured in alternating rounds (embed the texts,
   * then triage them with several clients for a share of {@code seconds}) and compared round by round. On a shared
   * machine the speed drifts by a fifth within a minute; rates measured minutes apart made the ratio swing with it.
   */
  public Paired pairedThroughput(Embedder embedder, URI triage, List<String> texts, int clients, double seconds, int rounds)
      throws Exception {
    List<Double> embed = new ArrayList<>();
    List<Double> triaged = new ArrayList<>();
    List<Double> ratio = new ArrayList<>();
    // One untimed round first: code that only runs with several requests at once is still being compiled, and the
    // first timed round came out 5-10% slower than the later ones (JIT compilations of over 100 ms ran through it).
    triageThroughput(triage, texts, clients, seconds / rounds);
    for (int r = 0; r < rounds; r++) {
      double e = embedRate(embedder, texts);
      double t = triageThroughput(triage, texts, clients, seconds / rounds);
      log.printf("bench round %d/%d: embed %.1f texts/s, triage %.1f texts/s, ratio %.2f%n", r + 1, rounds, e, t, t / e);
      embed.add(e);
      triaged.add(t);
      ratio.add(t / e);
    }
    return new Paired(percentiles(embed)[0], percentiles(triaged)[0], percentiles(ratio)[0], rounds);
  }

  /** Several clients at once for {@code seconds}: triaged texts per second. */
  public double triageThroughput(URI triage, List<String> texts, int clients, double seconds) throws Exception {
    AtomicLong done = new AtomicLong();
    AtomicLong counter = new AtomicLong();
    Progress progress = Progress.timed("bench triage throughput", seconds, log);
    long start = System.nanoTime();
    long end = start + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int c = 0; c < clients; c++) {
        futures.add(pool.submit(() -> {
          try (PlainHttpConnection client = new PlainHttpConnection(triage)) {
            while (System.nanoTime() < end) {
              post(client, triage, texts.get((int) (counter.getAndIncrement() % texts.size())));
              done.incrementAndGet();
              progress.advance(1);
            }
          }
          return null;
        }));
      }
      for (Future<?> f : futures) f.get();
    } finally {
      pool.shutdownNow();
    }
    progress.finish();
    return done.get() / ((System.nanoTime() - start) / 1e9);
  }

  private void post(PlainHttpConnection client, URI uri, String text) throws Exception {
    String[] parts = text.split("\n", 2);
    ObjectNode body = json.createObjectNode().put("subject", parts[0]).put("description", parts.length > 1 ? parts[1] : "");
    PlainHttpConnection.Response res = client.send(PlainHttpConnection.jsonPost(uri, Map.of(), json.writeValueAsBytes(body)));
    if (res.status() != 200) throw new IllegalStateException("triage answered " + res.status() + ": " + res.text());
  }

  public static double heapUsedMb(Supplier<Runtime> runtime) {
    Runtime rt = runtime.get();
    for (int i = 0; i < 3; i++) System.gc();
    return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
  }

  static double[] percentiles(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return new double[] {at(v, 0.50), at(v, 0.99), v.length};
  }

  private static double at(double[] sorted, double q) {
    if (sorted.length == 0) return Double.NaN;
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
  }

  public static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
