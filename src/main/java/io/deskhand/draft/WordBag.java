package io.deskhand.draft;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A text as counts of its lower-cased, accent-folded words, for the drafter's cheap comparisons: how much two replies
 * say alike (consensus), how much a ticket and a solved ticket share (lexical overlap). No embedding call: these run on
 * every candidate of every triage.
 */
record WordBag(Map<String, Integer> counts, double norm) {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  static WordBag of(String text) {
    Map<String, Integer> counts = new HashMap<>();
    String folded = fold(text);
    int start = -1;
    for (int i = 0; i <= folded.length(); i++) {
      boolean letter = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
      if (letter && start < 0) start = i;
      if (!letter && start >= 0) {
        if (i - start >= 2) counts.merge(folded.substring(start, i), 1, Integer::sum);
        start = -1;
      }
    }
    double sq = 0;
    for (int c : counts.values()) sq += (double) c * c;
    return new WordBag(counts, Math.sqrt(sq));
  }

  static String fold(String text) {
    return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
  }

  boolean contains(String foldedWord) {
    return counts.containsKey(foldedWord);
  }

  Set<String> words() {
    return counts.keySet();
  }

  /** Cosine of the two count vectors (0 when either is empty). */
  double cosine(WordBag other) {
    if (norm == 0 || other.norm == 0) return 0;
    Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
    Map<String, Integer> large = small == counts ? other.counts : counts;
    double dot = 0;
    for (var e : small.entrySet()) {
      Integer c = large.get(e.getKey());
      if (c != null) dot += (double) e.getValue() * c;
    }
    return dot / (norm * other.norm);
  }

  /** Share of the words of the smaller bag that the other has too (set overlap, 0-1). */
  double overlap(WordBag other) {
    if (counts.isEmpty() || other.counts.isEmpty()) return 0;
    Map<String, Integer> small = counts.size() <= other.counts.size() ? counts : other.counts;
    Map<String, Integer> large = small == counts ? other.counts : counts;
    int shared = 0;
    for (String w : small.keySet()) if (large.containsKey(w)) shared++;
    return shared / (double) small.size();
  }
}
