package io.deskhand.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinguaLanguageDetectorTest {
  private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl");

  @Test
  void high_accuracy_mode_gets_tickets_of_a_few_words_right() {
    LinguaLanguageDetector detector = new LinguaLanguageDetector(LANGUAGES, true);
    // low-accuracy mode took the first two for Italian (README, languages.high_accuracy)
    assertEquals("en", detector.detect("Login problem\nI cannot log in to the Velora app, password reset email never comes Merci").code());
    assertEquals("en", detector.detect("I cannot log in to the Velora app, password reset email never comes").code());
    assertEquals("it", detector.detect("Ciao, non riesco ad accedere al mio account").code());
    assertEquals("pt", detector.detect("Não consigo entrar na minha conta").code());
    assertEquals("fr", detector.detect("Je ne peux pas me connecter").code());
  }
}
