package io.deskhand.embedding;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.List;

/** An embedder whose calls are timed in /metrics ({@code deskhand_embedding_seconds}): one text, or a batch. */
public final class TimedEmbedder implements Embedder {
  private final Embedder inner;
  private final Timer one;
  private final Timer batch;

  public TimedEmbedder(Embedder inner, MeterRegistry meters) {
    this.inner = inner;
    this.one = Timer.builder("deskhand_embedding").tag("call", "one").publishPercentiles(0.5, 0.99)
        .description("embedding one text (a triage) or a batch (ingest, eval)").register(meters);
    this.batch = Timer.builder("deskhand_embedding").tag("call", "batch").publishPercentiles(0.5, 0.99)
        .description("embedding one text (a triage) or a batch (ingest, eval)").register(meters);
  }

  @Override
  public float[] embed(String text) {
    return one.record(() -> inner.embed(text));
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    return batch.record(() -> inner.embedAll(texts));
  }

  @Override
  public int dimension() {
    return inner.dimension();
  }

  @Override
  public String modelId() {
    return inner.modelId();
  }

  @Override
  public void close() {
    inner.close();
  }
}
