package io.deskhand.ticket;

/** An ISO 639-1 code ("und" when unknown) and the detector's confidence. */
public record DetectedLanguage(String code, double confidence) {
  public static final String UNKNOWN = "und";
}
