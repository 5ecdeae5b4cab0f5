package io.deskhand.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.Services;
import io.deskhand.bench.Bench;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.ModelFiles;
import io.deskhand.embedding.OnnxEmbedder;
import io.deskhand.index.Ingestor;
import io.deskhand.knowledge.KnowledgeBase;
import io.javalin.Javalin;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Measure embedding, ingest, index queries and /api/triage over HTTP on this machine; write JSON.")
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--tickets", defaultValue = "20000", description = "solved tickets in the benchmark index (default ${DEFAULT-VALUE})")
  int tickets;

  @Option(names = "--seconds", defaultValue = "20", description = "seconds per latency/throughput phase (default ${DEFAULT-VALUE})")
  double seconds;

  @Option(names = "--clients", defaultValue = "4", description = "concurrent clients for the throughput phase (default ${DEFAULT-VALUE})")
  int clients;

  @Option(names = "--out", required = true, description = "where to write the figures (JSON)")
  Path out;

  /** Alternating embed/triage rounds behind the throughput ratio (see {@link Bench#pairedThroughput}). */
  private static final int PAIRED_ROUNDS = 4;

  private final DeskhandCli.Context context;

  BenchCommand(DeskhandCli.Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws Exception {
    if (tickets < 1) throw new DeskhandCli.UsageException("--tickets must be at least 1");
    if (seconds <= 0) throw new DeskhandCli.UsageException("--seconds must be positive");
    if (clients < 1) throw new DeskhandCli.UsageException("--clients must be at least 1");
    if (Files.isDirectory(out)) throw new DeskhandCli.UsageException("--out " + out + " is a folder; name the JSON file to write");
    if (out.toAbsolutePath().getParent() != null) DeskhandCli.requireOutputFolder("--out's folder", out.toAbsolutePath().getParent());
    DeskhandConfig base = context.config();
    // The benchmark index lives in its own data dir, kept between runs so an interrupted build resumes. No language
    // model: thousands of triage requests would measure the model server and spend its tokens (an embedding server
    // is measured, as embedding.model says).
    Path dataDir = base.dataDir().resolve("bench").resolve(Integer.toString(tickets));
    DeskhandConfig config = base.with(c -> c.dataDir(dataDir)
        .llm(new DeskhandConfig.Llm("none", Optional.empty(), Optional.empty(), Optional.empty())));
    Bench bench = new Bench(context.err());
    ObjectNode result = new ObjectMapper().createObjectNode();
    try (Services services = context.services().apply(config, context.err())) {
      Path demo = base.demoDir().resolve("tickets.ndjson");
      if (!Files.isRegularFile(demo)) demo = ModelFiles.extract("demo/tickets.ndjson", dataDir.resolve("demo-tickets.ndjson"));
      Path bundle = bench.syntheticBundle(demo, tickets, dataDir.resolve("bench-tickets.ndjson"));
      List<String> texts = bench.sampleTexts(bundle, 400);

      double embed = bench.embedThroughput(services.embedder(), texts, Math.min(seconds, 10));
      context.err().printf("bench embed: %.1f texts/s (intra-op threads %d, workers %d)%n", embed,
          config.embedding().intraOpThreads(), config.embedding().workers());
      double embedDefault = Double.NaN;
      if (!config.embedding().fromServer()) { // ONNX Runtime's threading is ours to tune only for an in-process model
        try (OnnxEmbedder other = OnnxEmbedder.withRuntimeDefaults()) {
          embedDefault = bench.embedThroughput(other, texts, Math.min(seconds, 10) / 2);
        }
        context.err().printf("bench embed with ONNX Runtime's default threading (one session, all cores): %.1f texts/s%n", embedDefault);
      }

      KnowledgeBase knowledge = services.knowledge();
      // an index kept from an earlier run is unchanged: nothing is written, nothing retrained
      Ingestor.Report ingested = knowledge.ingest(new KnowledgeBase.Sources(Optional.of(bundle), Optional.empty(), Optional.empty()),
          KnowledgeBase.Retrain.WHEN_TICKETS_WRITTEN).get(0);
      double ingest = bench.ingestThroughput(ingested);
      List<float[]> vectors = services.embedder().embedAll(texts);
      double[] query = bench.queryLatency(knowledge.index(), texts, vectors, Math.min(seconds, 10));

      Javalin app = ServeCommand.start(services, config, 0);
      try {
        URI triage = URI.create("http://127.0.0.1:" + app.port() + "/api/triage");
        double[] single = bench.triageLatency(triage, texts, seconds);
        Bench.Paired paired = bench.pairedThroughput(services.embedder(), triage, texts, clients, seconds, PAIRED_ROUNDS);
        result.put("tickets", knowledge.index().counts().tickets());
        result.put("embedding_model", services.embedder().modelId());
        result.put("cores", Runtime.getRuntime().availableProcessors());
        result.put("embed_texts_per_s", Bench.round(embed));
        result.put("embed_texts_per_s_ort_default_threads", Double.isNaN(embedDefault) ? null : Bench.round(embedDefault));
        result.put("ingest_texts_per_s", Double.isNaN(ingest) ? null : Bench.round(ingest));
        result.put("query_p50_ms", Bench.round(query[0]));
        result.put("query_p99_ms", Bench.round(query[1]));
        result.put("triage_p50_ms", Bench.round(single[0]));
        result.put("triage_p99_ms", Bench.round(single[1]));
        result.put("triage_requests_single_client", (long) single[2]);
        result.put("triage_texts_per_s", Bench.round(paired.triageTextsPerSecond()));
        result.put("triage_clients", clients);
        result.put("embed_texts_per_s_beside_triage", Bench.round(paired.embedTextsPerSecond()));
        result.put("triage_to_embed_ratio", Bench.round(paired.ratio()));
        result.put("paired_rounds", paired.rounds());
        result.put("heap_used_mb", Bench.round(Bench.heapUsedMb(Runtime::getRuntime)));
        result.put("heap_max_mb", Bench.round(Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0)));
        result.put("index_bytes", knowledge.sizeOnDiskBytes());
        result.put("seconds_per_phase", seconds);
      } finally {
        app.stop();
      }
    }
    new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out.toFile(), result);
    context.out().println(result.toPrettyString());
    return 0;
  }
}
