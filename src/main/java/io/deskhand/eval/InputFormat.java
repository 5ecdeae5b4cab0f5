package io.deskhand.eval;

import java.nio.file.Path;
import java.util.Locale;

/** The three input shapes `eval` reads. */
public enum InputFormat {
  ZENDESK, CSV, JSONL;

  public static InputFormat parse(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "zendesk" -> ZENDESK;
      case "csv", "tsv" -> CSV;
      case "jsonl" -> JSONL;
      default -> throw new IllegalArgumentException("--format must be zendesk, csv or jsonl, got '" + s + "'");
    };
  }

  /** .csv/.tsv are CSV; .ndjson/.jsonl/.json are Zendesk bundles unless text columns are named (then JSONL rows). */
  public static InputFormat guess(Path file, boolean hasTextColumns) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv") || name.endsWith(".tsv") || name.endsWith(".txt")) return CSV;
    return hasTextColumns ? JSONL : ZENDESK;
  }
}
