package io.deskhand.language;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What else is known of a ticket's language, weighed in only when its text alone leaves the language unsure (a
 * confidence below {@code unsureBelow}): the requester's chosen language (a Zendesk user locale such as fr or en-US)
 * and how many knowledge-base documents each language has (a team's tickets mostly come in the languages it already
 * answers). The locale is evidence about this ticket and can make an unsure text sure; the knowledge base's mix is
 * only a base rate: it picks between near-equals, the confidence stays what the text and locale say. Clear text is
 * never overruled.
 *
 * @param knowledgeBase documents per ISO 639-1 code; languages not named have none
 */
public record LanguageHints(Optional<String> requesterLocale, Map<String, Long> knowledgeBase, double unsureBelow) {
  /** Nothing known besides the text. */
  public static final LanguageHints NONE = new LanguageHints(Optional.empty(), Map.of(), 0);

  /**
   * A requester's locale makes its language this many times likelier than the text alone says: enough to settle a few
   * words ("refund my order" with en-US is English, confidently), not enough to overrule a clear text.
   */
  static final double LOCALE_WEIGHT = 9;
  /**
   * Added to each language's share of the knowledge base, so a language it lacks stays possible: with an all-English
   * knowledge base, English weighs five times any other language.
   */
  static final double KNOWLEDGE_SMOOTHING = 0.25;

  public LanguageHints {
    requesterLocale = requesterLocale.map(l -> l.strip().toLowerCase(Locale.ROOT));
    knowledgeBase = Map.copyOf(knowledgeBase);
  }

  /** Whether the hints can tell languages apart at all. */
  boolean informative() {
    return localeLanguage().isPresent() || knowledgeBase.values().stream().anyMatch(n -> n > 0);
  }

  /** How much likelier the locale makes a language (1 for every language but the locale's). */
  double localeWeight(String code) {
    return localeLanguage().filter(code::equals).isPresent() ? LOCALE_WEIGHT : 1;
  }

  /** A language's weight from its share of the knowledge base; only ratios between languages matter. */
  double knowledgeWeight(String code) {
    long total = knowledgeBase.values().stream().mapToLong(Long::longValue).sum();
    double share = total == 0 ? 0 : knowledgeBase.getOrDefault(code, 0L) / (double) total;
    return share + KNOWLEDGE_SMOOTHING;
  }

  /** The language of the locale ("en-US" -> en, "pt_BR" -> pt), when it names a two-letter one. */
  Optional<String> localeLanguage() {
    return requesterLocale.map(l -> l.split("[-_]")[0]).filter(l -> l.matches("[a-z]{2}"));
  }
}
