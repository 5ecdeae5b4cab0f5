package io.deskhand.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import io.deskhand.ticket.DetectedLanguage;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

  private final com.github.pemistahl.lingua.api.LanguageDetector detector;

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
    // Low-accuracy mode (the default) loads only trigram models: 7 MB instead of 180 MB of long-lived strings for seven
    // languages, which G1 otherwise re-marks again and again under load (webhook ack pauses), and it detects in a
    // third of the time. It is weaker on texts of a few words: "I cannot log in to the app, password reset email
    // never comes" scores Italian 1.000 and English 0.968 (high accuracy: English). Teams whose tickets are that
    // short can turn high accuracy on.
    LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(codes);
    this.detector = (highAccuracy ? builder : builder.withLowAccuracyMode()).build();
  }

  @Override
  public DetectedLanguage detect(String text) {
    if (text == null || text.codePoints().noneMatch(Character::isLetter)) return new DetectedLanguage(DetectedLanguage.UNKNOWN, 0);
    String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    SortedMap<Language, Double> values = detector.computeLanguageConfidenceValues(sample);
    if (values.isEmpty()) return new DetectedLanguage(DetectedLanguage.UNKNOWN, 0);
    Map.Entry<Language, Double> best = null;
    for (Map.Entry<Language, Double> e : values.entrySet()) {
      if (best == null || e.getValue() > best.getValue()) best = e;
    }
    if (best.getKey() == Language.UNKNOWN) return new DetectedLanguage(DetectedLanguage.UNKNOWN, 0);
    return new DetectedLanguage(best.getKey().getIsoCode639_1().toString().toLowerCase(Locale.ROOT), best.getValue());
  }
}
