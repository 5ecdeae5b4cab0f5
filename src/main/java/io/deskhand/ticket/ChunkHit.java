package io.deskhand.ticket;

/** An article or doc section found for a query, with its cosine similarity to the query (0..1). */
public record ChunkHit(KnowledgeChunk chunk, double similarity) {
  public ChunkHit {
    if (Double.isNaN(similarity)) throw new IllegalArgumentException("similarity is NaN for " + chunk.sourceId());
  }
}
