package io.deskhand.index;

import java.util.Objects;

/**
 * @param text the cleaned ticket text for BM25
 * @param vector its embedding
 * @param language detected language: BM25 also searches the field stemmed for it
 * @param tickets how many fused similar tickets to return
 * @param neighbours how many nearest tickets by vector alone (for the classifiers' vote)
 * @param articles how many articles and docs (each) to return
 */
public record SearchRequest(String text, float[] vector, String language, int tickets, int neighbours, int articles) {
  public SearchRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(vector, "vector");
    if (tickets < 0 || neighbours < 0 || articles < 0) throw new IllegalArgumentException("result counts must be >= 0");
  }
}
