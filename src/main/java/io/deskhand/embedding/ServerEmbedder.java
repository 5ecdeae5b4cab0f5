package io.deskhand.embedding;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.ollama.OllamaEmbeddingModel;
import dev.langchain4j.model.openai.OpenAiEmbeddingModel;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.modelserver.ModelServerException;
import io.deskhand.modelserver.ModelServerHttpClient;
import io.deskhand.modelserver.Privacy;
import io.deskhand.modelserver.Retries;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Embeddings from a model server through LangChain4j: Ollama's {@code /api/embed} or an OpenAI-compatible
 * {@code /v1/embeddings}, many texts per request ({@code embedding.batch_size}) during ingest. A multilingual model
 * there (bge-m3, multilingual-e5) places a German ticket near its German article, which the bundled English model
 * does not. Vectors are normalised to unit length (the index compares them by dot product); personal data is replaced
 * before a text leaves for a server that is not on this machine; 429, 5xx and timeouts are retried.
 */
public final class ServerEmbedder implements Embedder {
  private static final Logger LOG = LoggerFactory.getLogger(ServerEmbedder.class);
  /** Texts are cut here: the request sits in the subject and first lines, and a long log would only slow the server. */
  static final int MAX_CHARS = 2000;
  static final int MAX_ATTEMPTS = 5;

  private final EmbeddingModel model;
  private final String modelId;
  private final int batchSize;
  private final Privacy privacy;
  private final AtomicInteger dimension = new AtomicInteger();

  ServerEmbedder(EmbeddingModel model, String modelId, int batchSize, Privacy privacy) {
    this.model = model;
    this.modelId = modelId;
    this.batchSize = batchSize;
    this.privacy = privacy;
  }

  /** {@code embedding.model} ollama or openai, on {@code embedding.base_url}. */
  public static ServerEmbedder create(String provider, DeskhandConfig.ModelServer server, Privacy privacy) {
    Duration timeout = Duration.ofSeconds(server.timeoutSeconds());
    String baseUrl = server.baseUrl().toString();
    EmbeddingModel model = switch (provider) {
      case "ollama" -> OllamaEmbeddingModel.builder().httpClientBuilder(ModelServerHttpClient.builder()).baseUrl(baseUrl)
          .modelName(server.modelName()).timeout(timeout).maxRetries(0).build();
      case "openai" -> OpenAiEmbeddingModel.builder().httpClientBuilder(ModelServerHttpClient.builder()).baseUrl(baseUrl)
          .apiKey(server.apiKey().map(Secret::value).orElse(null)).modelName(server.modelName())
          .maxSegmentsPerBatch(server.batchSize()).timeout(timeout).maxRetries(0).build();
      default -> throw new IllegalArgumentException("no embedding server for embedding.model " + provider);
    };
    // the id the index records: a change of server model rebuilds the index, as a change of ONNX model does
    return new ServerEmbedder(model, provider + ":" + server.modelName(), server.batchSize(), privacy);
  }

  @Override
  public float[] embed(String text) {
    return embedAll(List.of(text)).get(0);
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (int from = 0; from < texts.size(); from += batchSize) {
      List<String> batch = texts.subList(from, Math.min(texts.size(), from + batchSize));
      List<TextSegment> segments = batch.stream().map(t -> TextSegment.from(prepare(t))).toList();
      List<Embedding> vectors = call(segments);
      if (vectors.size() != segments.size()) {
        throw new EmbeddingUnavailableException("embedding server " + modelId + " returned " + vectors.size() + " vectors for "
            + segments.size() + " texts", null);
      }
      for (Embedding e : vectors) out.add(unit(e.vector()));
    }
    return out;
  }

  private List<Embedding> call(List<TextSegment> segments) {
    try {
      return Failsafe.with(Retries.<List<Embedding>>policy(MAX_ATTEMPTS, Duration.ofMillis(500), Long.MAX_VALUE,
              () -> LOG.info("event=embedding_retry model={}", modelId)))
          .get(() -> {
            try {
              return model.embedAll(segments).content();
            } catch (RuntimeException e) {
              throw ModelServerException.in(e).orElseGet(() -> new ModelServerException(ModelServerException.Kind.MALFORMED,
                  "unreadable answer: " + e.getClass().getSimpleName(), e));
            }
          });
    } catch (ModelServerException | FailsafeException e) {
      throw new EmbeddingUnavailableException("embedding server for " + modelId + " failed: " + e.getMessage(), e);
    }
  }

  private String prepare(String text) {
    String t = text == null || text.isBlank() ? "(empty)" : text;
    return privacy.others(t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t);
  }

  private float[] unit(float[] v) {
    if (dimension.get() == 0) dimension.compareAndSet(0, v.length);
    if (v.length != dimension.get()) {
      throw new EmbeddingUnavailableException("embedding server " + modelId + " returned a vector of " + v.length
          + " dimensions after " + dimension.get(), null);
    }
    double norm = 0;
    for (float x : v) norm += x * x;
    float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) out[i] = v[i] * scale;
    return out;
  }

  @Override
  public int dimension() {
    if (dimension.get() == 0) embed("dimension probe");
    return dimension.get();
  }

  @Override
  public String modelId() {
    return modelId;
  }
}
