package io.deskhand.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.deskhand.config.DeskhandConfig;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A BERT-style sentence encoder (LangChain4j's bundled ONNX models, or a user's) on an ONNX Runtime session we
 * create ourselves, because LangChain4j's model classes fix the session's threading. One intra-op thread per call
 * plus one worker per core was 1.5-2x faster than ONNX Runtime's default on 2 cores (see `bench`); both numbers are
 * configurable.
 *
 * <p>The encoding itself is LangChain4j's OnnxBertBiEncoder's (the tokenizer file's own truncation, all tokens mean-
 * or CLS-pooled, L2-normalised; a test holds the two to the same vectors) with the text tokenized once: that encoder
 * tokenizes, decodes and re-tokenizes each text to split long ones: four tokenizer calls, 0.5 ms of the 7 ms a triage
 * spends embedding, for texts we already cut below the model's length.
 */
public final class OnnxEmbedder implements Embedder {

  /** About 200 word pieces: longer texts add latency but little meaning for triage. */
  static final int MAX_CHARS = 800;
  /** BERT's position limit, for a tokenizer file that sets no truncation of its own. */
  private static final int MAX_TOKENS = 512;

  enum Pooling { MEAN, CLS }

  private final String modelId;
  private final OrtEnvironment env;
  private final OrtSession session;
  private final HuggingFaceTokenizer tokenizer;
  private final Pooling pooling;
  private final boolean takesTokenTypes;
  private final ExecutorService workers;
  private final int dimension;

  private OnnxEmbedder(String modelId, byte[] onnx, byte[] tokenizer, Pooling pooling, int intraOpThreads, int workerCount) {
    this(modelId, onnx, tokenizer, pooling, intraOpThreads, workerCount, true);
  }

  /** @param tuned false keeps ONNX Runtime's own threading defaults (for the benchmark's comparison only) */
  private OnnxEmbedder(String modelId, byte[] onnx, byte[] tokenizer, Pooling pooling, int intraOpThreads, int workerCount,
                       boolean tuned) {
    this.modelId = modelId;
    this.pooling = pooling;
    this.tokenizer = tokenizer(tokenizer);
    try {
      this.env = OrtEnvironment.getEnvironment();
      OrtSession.SessionOptions options = new OrtSession.SessionOptions();
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      if (tuned) {
        options.setIntraOpNumThreads(intraOpThreads);
        options.setInterOpNumThreads(1);
        // Spinning intra-op threads burn the cores that concurrent requests need; on 2 cores they must sleep.
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
      }
      this.session = env.createSession(onnx, options);
      this.takesTokenTypes = session.getInputNames().contains("token_type_ids");
      AtomicInteger n = new AtomicInteger();
      this.workers = Executors.newFixedThreadPool(workerCount, r -> {
        Thread t = new Thread(r, "embed-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load embedding model " + modelId + ": " + e.getMessage(), e);
    }
    this.dimension = embed("dimension probe").length;
  }

  /** Builds the configured model: a bundled one from the classpath, or a user's ONNX file and tokenizer. */
  public static OnnxEmbedder create(DeskhandConfig.Embedding cfg, Path modelsDir) {
    Pooling pooling = Pooling.valueOf(cfg.pooling().toUpperCase(Locale.ROOT));
    return switch (cfg.model()) {
      case "all-minilm-l6-v2-q" -> new OnnxEmbedder(cfg.model(), resource("all-minilm-l6-v2-q.onnx"),
          resource("all-minilm-l6-v2-q-tokenizer.json"), Pooling.MEAN, cfg.intraOpThreads(), cfg.workers());
      case "bge-small-en-v1.5-q" -> new OnnxEmbedder(cfg.model(), resource("bge-small-en-v1.5-q.onnx"),
          resource("bge-small-en-v1.5-q-tokenizer.json"), Pooling.CLS, cfg.intraOpThreads(), cfg.workers());
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
        resource("all-minilm-l6-v2-q-tokenizer.json"), Pooling.MEAN, 0, 1, false);
  }

  /** The tokenizer as its file configures it (no padding: one text per call), capped at BERT's length if uncapped. */
  private static HuggingFaceTokenizer tokenizer(byte[] json) {
    try {
      HuggingFaceTokenizer t = HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json), Map.of("padding", "false"));
      if (!"DO_NOT_TRUNCATE".equals(t.getTruncation())) return t;
      t.close();
      return HuggingFaceTokenizer.newInstance(new ByteArrayInputStream(json),
          Map.of("padding", "false", "truncation", "true", "maxLength", Integer.toString(MAX_TOKENS)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the tokenizer", e);
    }
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
    Encoding encoding = tokenizer.encode(prepare(text), true, false);
    long[] ids = encoding.getIds();
    long[] shape = {1, ids.length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(encoding.getAttentionMask()), shape));
      if (takesTokenTypes) inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(encoding.getTypeIds()), shape));
      try (OrtSession.Result result = session.run(inputs)) {
        return pooled((OnnxTensor) result.get(0), ids.length);
      }
    } catch (OrtException e) {
      throw new IllegalStateException("embedding model " + modelId + " failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** The token vectors [1, tokens, dim] pooled into one unit vector. */
  private float[] pooled(OnnxTensor hidden, int tokens) {
    long[] shape = hidden.getInfo().getShape();
    if (shape.length != 3) throw new IllegalStateException("embedding model " + modelId + " must output [batch, tokens, dim], got rank " + shape.length);
    int dim = (int) shape[2];
    FloatBuffer values = hidden.getFloatBuffer();
    float[] v = new float[dim];
    int rows = pooling == Pooling.CLS ? 1 : tokens;
    for (int t = 0; t < rows; t++) {
      for (int d = 0; d < dim; d++) v[d] += values.get(t * dim + d);
    }
    double norm = 0;
    for (int d = 0; d < dim; d++) {
      v[d] /= rows;
      norm += v[d] * v[d];
    }
    float scale = (float) (1 / Math.max(Math.sqrt(norm), 1e-12));
    for (int d = 0; d < dim; d++) v[d] *= scale;
    return v;
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) return List.of();
    if (texts.size() == 1) return List.of(embed(texts.get(0)));
    List<Callable<float[]>> tasks = new ArrayList<>();
    for (String t : texts) tasks.add(() -> embed(t));
    try {
      List<float[]> out = new ArrayList<>(texts.size());
      for (Future<float[]> f : workers.invokeAll(tasks)) out.add(f.get());
      return out;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while embedding", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      throw new IllegalStateException(e.getCause());
    }
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
    tokenizer.close();
    try {
      session.close();
    } catch (OrtException e) {
      // closing at shutdown: nothing left to do with a failure here
    }
  }
}
