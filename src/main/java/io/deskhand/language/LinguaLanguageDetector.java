package io.deskhand.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.deskhand.ticket.DetectedLanguage;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Lingua, restricted to the configured languages so only their n-gram models are loaded (a few MB each rather than
 * gigabytes for all 75). Languages outside the list are reported as the closest listed one with a low
 * confidence, which is why the list should hold a few more languages than Deskhand supports.
 */
public final class LinguaLanguageDetector implements LanguageDetector {

  /**
   * Longer texts do not change the answer: on the demo tickets the first 120, 200 or 400 characters give the same
   * languages, and the cost grows with the length (Lingua spreads each text over the common fork-join pool).
   */
  private static final int MAX_CHARS = 200;

  /**
   * How much one distinct trigram counts (see {@link #textProbabilities}). At 0.5 and the default language threshold
   * (0.5), the demo tickets are 99.2% confident and never wrong, their two- to four-word openings 40% confident and
   * never wrong (LinguaLanguageDetectorTest), and Banking77's 3,080 short English queries, through the service on the
   * demo knowledge base, 97.6% English, 79.8% confident, 3 confident and wrong (eval/language-check.py; with
   * requester_locale en-US: 99.9% English, all confident).
   */
  static final double EVIDENCE_WEIGHT = 0.5;

  private final com.github.pemistahl.lingua.api.LanguageDetector detector;
  private final List<String> codes;

  public LinguaLanguageDetector(List<String> isoCodes) {
    this(isoCodes, false);
  }

  /** @param highAccuracy all of Lingua's n-gram models (languages.high_accuracy) instead of its trigrams only */
  public LinguaLanguageDetector(List<String> isoCodes, boolean highAccuracy) {
    if (isoCodes.size() < 2) throw new IllegalArgumentException("language detection needs at least two languages, got " + isoCodes);
    IsoCode639_1[] codes = isoCodes.stream().map(c -> {
      try {
        return IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown language code '" + c + "'");
      }
    }).toArray(IsoCode639_1[]::new);
    this.codes = isoCodes.stream().map(c -> c.toLowerCase(Locale.ROOT)).distinct().toList();
    // Low-accuracy mode (the default) loads only trigram models: 7 MB instead of 180 MB of long-lived strings for seven
    // languages, which G1 otherwise re-marks again and again under load (webhook ack pauses), and it detects in a
    // third of the time. It is weaker on texts of a few words: "I cannot log in to the app, password reset email
    // never comes" scores Italian 1.000 and English 0.968 (high accuracy: English). Teams whose tickets are that
    // short can turn high accuracy on.
    LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(codes);
    this.detector = (highAccuracy ? builder : builder.withLowAccuracyMode()).build();
  }

  @Override
  public DetectedLanguage detect(String text, LanguageHints hints) {
    if (text == null || text.codePoints().noneMatch(Character::isLetter)) return new DetectedLanguage(DetectedLanguage.UNKNOWN, 0);
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    Map<String, Double> p = textProbabilities(sample);
    if (p.isEmpty() && !hints.informative()) return new DetectedLanguage(DetectedLanguage.UNKNOWN, 0);
    if (p.isEmpty()) {
      // too short for any n-gram ("ok"): every language is as likely as the hints make it
      for (String code : codes) p.put(code, 1.0 / codes.size());
    }
    Map.Entry<String, Double> best = best(p);
    if (best.getValue() >= hints.unsureBelow() || !hints.informative()) return new DetectedLanguage(best.getKey(), best.getValue());
    // unsure: the locale is evidence about this ticket (it sets the confidence); the knowledge base's mix only picks
    p.replaceAll((code, q) -> q * hints.localeWeight(code));
    normalise(p);
    String chosen = best(p, hints).getKey();
    return new DetectedLanguage(chosen, p.get(chosen));
  }

  /** The language with the most weight once the knowledge base's mix is counted. */
  private static Map.Entry<String, Double> best(Map<String, Double> p, LanguageHints hints) {
    Map<String, Double> weighted = new LinkedHashMap<>();
    p.forEach((code, q) -> weighted.put(code, q * hints.knowledgeWeight(code)));
    return best(weighted);
  }

  /**
   * Lingua's values are relative: the best language gets 1 and language i gets L_best / L_i, the ratio of the summed
   * n-gram log-probabilities. So L_i - L_best = |L_best| (1 / v_i - 1), and |L_best| grows with the evidence. Taken
   * at face value that makes any text of a few words certain (n-grams are not independent, and the same one repeated
   * is no new evidence: 50,000 times "a" came out Spanish at 1.0), so the evidence counted is the number of distinct
   * letter trigrams, n, scaled by {@link #EVIDENCE_WEIGHT}: P(i) is proportional to exp(-w n (1 / v_i - 1)).
   */
  private Map<String, Double> textProbabilities(String sample) {
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
    int n = distinctTrigrams(sample);
    Map<String, Double> p = new LinkedHashMap<>();
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      if (e.getKey() == Language.UNKNOWN || e.getValue() <= 0) continue;
      p.put(e.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT), Math.exp(-EVIDENCE_WEIGHT * n * (1 / e.getValue() - 1)));
    }
    normalise(p);
    return p;
  }

  static int distinctTrigrams(String text) {
    Set<String> trigrams = new HashSet<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      for (int i = 0; i + 3 <= word.length(); i++) trigrams.add(word.substring(i, i + 3));
    }
    return trigrams.size();
  }

  private static void normalise(Map<String, Double> p) {
    double sum = 0;
    for (double v : p.values()) sum += v;
    if (sum <= 0) return;
    double total = sum;
    p.replaceAll((k, v) -> v / total);
  }

  private static Map.Entry<String, Double> best(Map<String, Double> p) {
    Map.Entry<String, Double> best = null;
    for (Map.Entry<String, Double> e : p.entrySet()) if (best == null || e.getValue() > best.getValue()) best = e;
    return best;
  }
}
