package io.deskhand.index;

import java.util.Objects;

/**
 * @param text the cleaned ticket text for BM25
 * @param vector its embedding
 * @param language detected language: BM25 also searches the field stemmed for it
 * @param tickets how many fused similar tickets to return
 * @param neighbours how many nearest tickets by vector alone (for the classifiers' vote)
 * @param articles how many articles and docs (each) to return
 * @param sameLanguage how many nearest tickets by vector among those in {@code language} (for the drafter)
 */
public record SearchRequest(String text, float[] vector, String language, int tickets, int neighbours, int articles,
                            int sameLanguage) {
  public SearchRequest {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(vector, "vector");
    if (tickets < 0 || neighbours < 0 || articles < 0 || sameLanguage < 0) throw new IllegalArgumentException("result counts must be >= 0");
  }

  public SearchRequest(String text, float[] vector, String language, int tickets, int neighbours, int articles) {
    this(text, vector, language, tickets, neighbours, articles, 0);
  }
}
