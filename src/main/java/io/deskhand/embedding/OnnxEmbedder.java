package io.deskhand.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import io.deskhand.config.DeskhandConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * LangChain4j's in-process BERT encoder on an ONNX Runtime session we create ourselves, because LangChain4j's
 * bundled model classes fix the session's threading. One intra-op thread per call plus one worker per core was
 * 1.5-2x faster than ONNX Runtime's default on 2 cores (see `bench`); both numbers are configurable.
 */
public final class OnnxEmbedder implements Embedder {

  /** About 200 word pieces: longer texts add latency but little meaning for triage. */
  static final int MAX_CHARS = 800;

  private final String modelId;
  private final OrtSession session;
  private final EncoderModel model;
  private final ExecutorService workers;
  private final int dimension;

  private OnnxEmbedder(String modelId, byte[] onnx, byte[] tokenizer, PoolingMode pooling, int intraOpThreads, int workerCount) {
    this(modelId, onnx, tokenizer, pooling, intraOpThreads, workerCount, true);
  }

  /** @param tuned false keeps ONNX Runtime's own threading defaults (for the benchmark's comparison only) */
  private OnnxEmbedder(String modelId, byte[] onnx, byte[] tokenizer, PoolingMode pooling, int intraOpThreads, int workerCount,
                       boolean tuned) {
    this.modelId = modelId;
    try {
      OrtEnvironment env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      if (tuned) {
        options.setIntraOpNumThreads(intraOpThreads);
        options.setInterOpNumThreads(1);
        // Spinning intra-op threads burn the cores that concurrent requests need; on 2 cores they must sleep.
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
      }
      this.session = env.createSession(onnx, options);
      AtomicInteger n = new AtomicInteger();
      this.workers = Executors.newFixedThreadPool(workerCount, r -> {
        Thread t = new Thread(r, "embed-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      this.model = new EncoderModel(new OnnxBertBiEncoder(env, session, new ByteArrayInputStream(tokenizer), pooling), workers);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load embedding model " + modelId + ": " + e.getMessage(), e);
    }
    this.dimension = embed("dimension probe").length;
  }

  /** Builds the configured model: a bundled one from the classpath, or a user's ONNX file and tokenizer. */
  public static OnnxEmbedder create(DeskhandConfig.Embedding cfg, Path modelsDir) {
    PoolingMode pooling = PoolingMode.valueOf(cfg.pooling().toUpperCase(Locale.ROOT));
    return switch (cfg.model()) {
      case "all-minilm-l6-v2-q" -> new OnnxEmbedder(cfg.model(), resource("all-minilm-l6-v2-q.onnx"),
          resource("all-minilm-l6-v2-q-tokenizer.json"), PoolingMode.MEAN, cfg.intraOpThreads(), cfg.workers());
      case "bge-small-en-v1.5-q" -> new OnnxEmbedder(cfg.model(), resource("bge-small-en-v1.5-q.onnx"),
          resource("bge-small-en-v1.5-q-tokenizer.json"), PoolingMode.CLS, cfg.intraOpThreads(), cfg.workers());
      case "onnx" -> {
        Path model = modelsDir.resolve(cfg.modelPath().orElseThrow());
        Path tokenizer = modelsDir.resolve(cfg.tokenizerPath().orElseThrow());
        yield new OnnxEmbedder("onnx:" + model.getFileName() + ":" + size(model), read(model), read(tokenizer), pooling,
            cfg.intraOpThreads(), cfg.workers());
      }
      default -> throw new IllegalArgumentException("unknown embedding model " + cfg.model());
    };
  }

  /** The bundled default model on ONNX Runtime's default threading, one call at a time: the benchmark's baseline. */
  public static OnnxEmbedder withRuntimeDefaults() {
    return new OnnxEmbedder("all-minilm-l6-v2-q", resource("all-minilm-l6-v2-q.onnx"),
        resource("all-minilm-l6-v2-q-tokenizer.json"), PoolingMode.MEAN, 0, 1, false);
  }

  private static byte[] resource(String name) {
    try (InputStream in = OnnxEmbedder.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("bundled model file " + name + " is not on the classpath");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read model file " + file + " (set embedding.model_path / embedding.tokenizer_path relative to models/)", e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read model file " + file, e);
    }
  }

  @Override
  public float[] embed(String text) {
    return model.embed(prepare(text)).content().vector();
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) return List.of();
    if (texts.size() == 1) return List.of(embed(texts.get(0)));
    List<TextSegment> segments = texts.stream().map(t -> TextSegment.from(prepare(t))).toList();
    return model.embedAll(segments).content().stream().map(e -> e.vector()).toList();
  }

  private static String prepare(String text) {
    String t = text == null || text.isBlank() ? "(empty)" : text;
    return t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) : t;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public String modelId() {
    return modelId;
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      session.close();
    } catch (OrtException e) {
      // closing at shutdown: nothing left to do with a failure here
    }
  }

  /** Adapts our encoder to LangChain4j's model base class, which parallelises embedAll over the given executor. */
  private static final class EncoderModel extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    EncoderModel(OnnxBertBiEncoder encoder, ExecutorService executor) {
      super(executor);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
