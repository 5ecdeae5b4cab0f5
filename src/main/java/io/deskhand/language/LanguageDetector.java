package io.deskhand.language;

import io.deskhand.ticket.DetectedLanguage;

/** Tells which language a text is in. */
public interface LanguageDetector {
  /** The most likely language, or {@link DetectedLanguage#UNKNOWN} with confidence 0 when the text has no words. */
  DetectedLanguage detect(String text);
}
