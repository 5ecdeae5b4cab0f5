package io.deskhand.embedding;

import java.util.List;

/** Turns text into a unit-length vector; similar meaning, close vectors. Implementations are thread-safe. */
public interface Embedder extends AutoCloseable {
  float[] embed(String text);

  /** Embeds many texts, in parallel where the implementation can; results keep the input order. */
  List<float[]> embedAll(List<String> texts);

  int dimension();

  /** Identifies the model; an index built with another id must be rebuilt. */
  String modelId();

  @Override
  default void close() {}
}
