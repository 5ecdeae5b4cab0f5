package io.deskhand.llm;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The language an agent's instructions ask for ("auf Deutsch", "in English please", "en español"), so a redraft may
 * be in another language than the ticket's and still pass the language check.
 */
final class LanguageNames {
  /** Names of each language in English, French, German and Spanish, accents folded. */
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("english", "en"), Map.entry("anglais", "en"), Map.entry("englisch", "en"), Map.entry("ingles", "en"),
      Map.entry("french", "fr"), Map.entry("francais", "fr"), Map.entry("franzosisch", "fr"), Map.entry("frances", "fr"),
      Map.entry("german", "de"), Map.entry("allemand", "de"), Map.entry("deutsch", "de"), Map.entry("aleman", "de"),
      Map.entry("spanish", "es"), Map.entry("espagnol", "es"), Map.entry("spanisch", "es"), Map.entry("espanol", "es"),
      Map.entry("italian", "it"), Map.entry("italien", "it"), Map.entry("italienisch", "it"), Map.entry("italiano", "it"),
      Map.entry("portuguese", "pt"), Map.entry("portugais", "pt"), Map.entry("portugiesisch", "pt"), Map.entry("portugues", "pt"),
      Map.entry("dutch", "nl"), Map.entry("neerlandais", "nl"), Map.entry("niederlandisch", "nl"), Map.entry("neerlandes", "nl"));
  private static final Pattern WORD = Pattern.compile("\\p{L}+");

  private LanguageNames() {}

  /** The language the instructions name, when they name exactly one. */
  static Optional<String> requested(String instructions) {
    String folded = Normalizer.normalize(instructions, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    String found = null;
    Matcher m = WORD.matcher(folded);
    while (m.find()) {
      String code = NAMES.get(m.group());
      if (code == null) continue;
      if (found != null && !found.equals(code)) return Optional.empty(); // "from German into French": not ours to guess
      found = code;
    }
    return Optional.ofNullable(found);
  }
}
