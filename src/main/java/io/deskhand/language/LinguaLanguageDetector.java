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
    if (isoCodes.size() < 2) throw new IllegalArgumentException("language detection needs at least two languages, got " + isoCodes);
    IsoCode639_1[] codes = isoCodes.stream().map(c -> {
      try {
        return IsoCode639_1.valueOf(c.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown language code '" + c + "'");
      }
    }).toArray(IsoCode639_1[]::new);
    // Low-accuracy mode loads only trigram models: about 30 MB instead of 210 MB of long-lived strings for seven
    // languages, which G1 otherwise re-marks again and again under load (webhook ack pauses), and it detects faster.
    // It is weaker only on texts of a few words; a ticket's subject and description are rarely that short.
    this.detector = LanguageDetectorBuilder.fromIsoCodes639_1(codes).withLowAccuracyMode().build();
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
