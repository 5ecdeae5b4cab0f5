package io.deskhand.eval;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What `eval` was asked to do. Either {@code input} (split here) or both {@code train} and {@code test}.
 *
 * @param format empty: guessed from each file's extension
 * @param split "time" (train on earlier tickets) or "random" (seeded)
 * @param baseline "tfidf" to add the TF-IDF + logistic regression comparison
 * @param drafter "extractive" (default), or "llm" to also draft with the configured language model and score those
 *     drafts beside the extractive ones
 */
public record EvalOptions(Optional<Path> input, Optional<Path> train, Optional<Path> test, String split,
                          double testFraction, long seed, Optional<InputFormat> format, ColumnMapping mapping,
                          double targetPrecision, Optional<String> baseline, Path out, String commandLine, String drafter) {
  public EvalOptions(Optional<Path> input, Optional<Path> train, Optional<Path> test, String split, double testFraction,
                     long seed, Optional<InputFormat> format, ColumnMapping mapping, double targetPrecision,
                     Optional<String> baseline, Path out, String commandLine) {
    this(input, train, test, split, testFraction, seed, format, mapping, targetPrecision, baseline, out, commandLine, "extractive");
  }

  public boolean llmDrafts() {
    return "llm".equals(drafter);
  }
}
