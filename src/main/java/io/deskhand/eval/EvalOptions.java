package io.deskhand.eval;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What `eval` was asked to do. Either {@code input} (split here) or both {@code train} and {@code test}.
 *
 * @param format empty: guessed from each file's extension
 * @param split "time" (train on earlier tickets) or "random" (seeded)
 * @param baseline "tfidf" to add the TF-IDF + logistic regression comparison
 */
public record EvalOptions(Optional<Path> input, Optional<Path> train, Optional<Path> test, String split,
                          double testFraction, long seed, Optional<InputFormat> format, ColumnMapping mapping,
                          double targetPrecision, Optional<String> baseline, Path out, String commandLine) {}
