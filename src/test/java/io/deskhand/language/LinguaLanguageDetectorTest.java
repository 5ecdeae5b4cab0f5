package io.deskhand.language;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.ticket.DetectedLanguage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LinguaLanguageDetectorTest {
  private static final List<String> LANGUAGES = List.of("en", "fr", "de", "es", "it", "pt", "nl");
  private static final double THRESHOLD = 0.5;
  private final LinguaLanguageDetector detector = new LinguaLanguageDetector(LANGUAGES);

  private static LanguageHints hints(String locale, Map<String, Long> knowledgeBase) {
    return new LanguageHints(Optional.ofNullable(locale), knowledgeBase, THRESHOLD);
  }

  @Test
  void high_accuracy_mode_gets_tickets_of_a_few_words_right() {
    LinguaLanguageDetector detector = new LinguaLanguageDetector(LANGUAGES, true);
    // low-accuracy mode took the first two for Italian (README, languages.high_accuracy)
    assertEquals("en", detector.detect("Login problem\nI cannot log in to the Velora app, password reset email never comes Merci").code());
    assertEquals("en", detector.detect("I cannot log in to the Velora app, password reset email never comes").code());
    assertEquals("it", detector.detect("Ciao, non riesco ad accedere al mio account").code());
    assertEquals("pt", detector.detect("Não consigo entrar na minha conta").code());
    assertEquals("fr", detector.detect("Je ne peux pas me connecter").code());
    assertEquals("en", detector.detect("refund my order").code());
  }

  @Test
  void three_words_are_english_or_unsure_never_a_confident_german() {
    // low-accuracy trigrams alone rank German first for it (relative value 1.0: it used to be German at 1.0)
    DetectedLanguage d = detector.detect("refund my order");
    assertTrue(d.code().equals("en") || d.confidence() < THRESHOLD, d.toString());
  }

  @Test
  void repeated_or_meaningless_letters_are_unsure() {
    for (String odd : List.of("a".repeat(50_000), "asdf qwer zxcv", "xxxxxxxxxxxxxxxx yyyyyyyyyyy")) {
      DetectedLanguage d = detector.detect(odd);
      assertTrue(d.confidence() < THRESHOLD, odd.substring(0, Math.min(20, odd.length())) + " -> " + d);
    }
  }

  @Test
  void a_ticket_of_a_few_sentences_is_certain() {
    DetectedLanguage fr = detector.detect("Bonjour, je n'ai toujours pas reçu le remboursement de ma commande retournée il y a deux semaines.");
    DetectedLanguage de = detector.detect("Hallo, meine Bestellung ist seit einer Woche unterwegs und die Sendungsverfolgung zeigt nichts an.");
    assertEquals("fr", fr.code());
    assertEquals("de", de.code());
    assertTrue(fr.confidence() > 0.95 && de.confidence() > 0.95, fr + " " + de);
  }

  @Test
  void when_the_text_is_unsure_the_requesters_locale_decides() {
    DetectedLanguage d = detector.detect("refund my order", hints("en-US", Map.of()));
    assertEquals("en", d.code(), d.toString());
    assertTrue(d.confidence() >= THRESHOLD, d.toString());
    assertEquals("de", detector.detect("Danke", hints("de", Map.of())).code());
  }

  @Test
  void when_the_text_is_unsure_the_language_the_knowledge_base_is_mostly_in_is_preferred() {
    DetectedLanguage d = detector.detect("refund my order", hints(null, Map.of("en", 900L, "de", 40L, "fr", 60L)));
    assertEquals("en", d.code(), d.toString());
    // a base rate picks the language; it does not make this ticket's text any clearer
    assertTrue(d.confidence() < THRESHOLD, d.toString());
  }

  @Test
  void clear_text_outweighs_the_locale_and_the_knowledge_base() {
    DetectedLanguage d = detector.detect("Bonjour, je n'ai toujours pas reçu le remboursement de ma commande retournée.",
        hints("en-US", Map.of("en", 1000L, "fr", 1L)));
    assertEquals("fr", d.code(), d.toString());
    assertTrue(d.confidence() > 0.95, d.toString());
  }

  @Test
  void text_without_letters_is_unknown_and_a_locale_that_is_no_detected_language_changes_nothing() {
    assertEquals(new DetectedLanguage(DetectedLanguage.UNKNOWN, 0), detector.detect("12345 !!!", hints("en", Map.of("en", 5L))));
    DetectedLanguage plain = detector.detect("refund my order");
    assertEquals(plain, detector.detect("refund my order", hints("ja-JP", Map.of())));
  }

  /**
   * The confidence means what it says on the demo tickets (truth: high-accuracy Lingua on the whole ticket): whole
   * tickets are nearly all confident and right, and openings of two to four words, when confident, are right.
   */
  @Test
  void on_the_demo_tickets_confident_answers_are_right_and_whole_tickets_are_confident() throws Exception {
    LinguaLanguageDetector truth = new LinguaLanguageDetector(LANGUAGES, true);
    ObjectMapper json = new ObjectMapper();
    int tickets = 0;
    int ticketsConfident = 0;
    int ticketsConfidentWrong = 0;
    int openings = 0;
    int openingsConfident = 0;
    int openingsConfidentWrong = 0;
    List<String> wrong = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("eval/demo/tickets.ndjson"))) {
      JsonNode t = json.readTree(line);
      String whole = t.path("subject").asText() + "\n" + t.path("description").asText();
      String language = truth.detect(whole).code();
      DetectedLanguage d = detector.detect(whole);
      tickets++;
      if (d.confidence() >= THRESHOLD) {
        ticketsConfident++;
        if (!d.code().equals(language)) ticketsConfidentWrong++;
      }
      String[] words = t.path("description").asText().strip().split("\\s+");
      for (int k = 2; k <= 4 && k < words.length; k++) {
        String opening = String.join(" ", Arrays.copyOf(words, k));
        DetectedLanguage o = detector.detect(opening);
        openings++;
        if (o.confidence() >= THRESHOLD) {
          openingsConfident++;
          if (!o.code().equals(language)) {
            openingsConfidentWrong++;
            wrong.add(opening + " -> " + o + " (" + language + ")");
          }
        }
      }
    }
    System.out.printf("language confidence on the demo: tickets %d, confident %.3f, confident and wrong %d; "
        + "openings of 2-4 words %d, confident %.3f, confident and wrong %d%n", tickets, ticketsConfident / (double) tickets,
        ticketsConfidentWrong, openings, openingsConfident / (double) openings, openingsConfidentWrong);
    assertTrue(ticketsConfident >= 0.97 * tickets, ticketsConfident + " of " + tickets + " tickets confident");
    assertEquals(0, ticketsConfidentWrong);
    assertTrue(openingsConfidentWrong <= 0.02 * openingsConfident, wrong.toString());
    assertTrue(openingsConfident >= 0.3 * openings, openingsConfident + " of " + openings + " openings confident");
  }
}
