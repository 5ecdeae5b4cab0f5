package io.deskhand.language;

import io.deskhand.ticket.DetectedLanguage;

/** Tells which language a text is in. */
public interface LanguageDetector {
  /** The most likely language, or {@link DetectedLanguage#UNKNOWN} with confidence 0 when the text has no words. */
  default DetectedLanguage detect(String text) {
    return detect(text, LanguageHints.NONE);
  }

  /**
   * As {@link #detect(String)}, with a confidence that is a probability (short or repetitive text gets a low one);
   * when it is below {@code hints.unsureBelow()} the hints weigh in.
   */
  DetectedLanguage detect(String text, LanguageHints hints);
}
