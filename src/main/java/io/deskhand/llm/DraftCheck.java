package io.deskhand.llm;

import io.deskhand.draft.Draft;
import io.deskhand.language.LanguageDetector;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an LLM answer must pass before it becomes the draft: citations name sources that were sent (others are
 * removed and flagged), at least one remains unless the answer is a clarifying question, it is in the expected
 * language, within the length budget, and repeats no run of words of an internal source or of the instructions.
 * Citations are renumbered [1], [2], ... in the order the draft first uses them, matching its sources list.
 */
final class DraftCheck {
  /** [3], [1, 2] or [1][2]. Placeholders such as [EMAIL_1] are not citations. */
  private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)\\]");
  /** A run of this many words shared with an internal source is a quote of it, not a coincidence. */
  static final int QUOTE_WORDS = 8;
  /** An answer may run this far past the words the prompt asks for before it is over budget. */
  static final double LENGTH_SLACK = 1.5;

  /** The outcome: an accepted draft text with its sources, or the reason it was refused. */
  record Verdict(Optional<String> body, List<DraftSources.Source> cited, boolean clarify, Optional<String> flagged,
                 Optional<String> refused) {
    static Verdict refuse(String why) {
      return new Verdict(Optional.empty(), List.of(), false, Optional.empty(), Optional.of(why));
    }
  }

  private final LanguageDetector detector;

  DraftCheck(LanguageDetector detector) {
    this.detector = detector;
  }

  Verdict check(String answer, boolean truncated, DraftSources sources, String language, int maxWords, String clarifyMarker,
                String instructions) {
    String text = answer == null ? "" : answer.strip();
    if (text.isEmpty()) return Verdict.refuse("the model's answer was empty");
    if (truncated) return Verdict.refuse("the answer was cut at llm.max_output_tokens (over the length budget)");
    boolean clarify = false;
    String marker = clarifyMarker.strip();
    if (text.regionMatches(true, 0, marker, 0, marker.length())) {
      clarify = true;
      text = text.substring(marker.length()).strip();
      if (text.isEmpty()) return Verdict.refuse("the clarifying question was empty");
    }

    Map<Integer, Integer> renumbered = new LinkedHashMap<>();
    Set<Integer> unknown = new TreeSet<>();
    Matcher m = CITATION.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      List<String> kept = new ArrayList<>();
      for (String n : m.group(1).split("\\s*,\\s*")) {
        int number = Integer.parseInt(n);
        if (number < 1 || number > sources.size()) {
          unknown.add(number);
          continue;
        }
        int now = renumbered.computeIfAbsent(number, k -> renumbered.size() + 1);
        kept.add("[" + now + "]");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(String.join("", kept)));
    }
    m.appendTail(out);
    String body = out.toString().replaceAll("[ \\t]+([.,;:!?])", "$1").replaceAll("[ \\t]{2,}", " ").strip();
    if (renumbered.isEmpty() && !clarify) {
      return Verdict.refuse(unknown.isEmpty() ? "the answer cites no source" : "the answer cites only sources that were never sent " + cited(unknown));
    }

    String plain = CITATION.matcher(body).replaceAll(" ");
    String detected = detector.detect(plain).code();
    if (!detected.equals(language)) return Verdict.refuse("the answer is in " + detected + ", not " + language);
    int words = plain.split("\\s+").length;
    if (words > maxWords * LENGTH_SLACK) {
      return Verdict.refuse("the answer has " + words + " words, over the budget of " + maxWords);
    }
    Set<String> answerShingles = shingles(plain);
    for (DraftSources.Source s : sources.internal()) {
      if (overlaps(answerShingles, s.text())) return Verdict.refuse("the answer repeats internal source [" + s.number() + "] word for word");
    }
    if (overlaps(answerShingles, instructions)) return Verdict.refuse("the answer repeats its instructions");

    List<DraftSources.Source> cited = new ArrayList<>();
    renumbered.keySet().forEach(n -> cited.add(sources.get(n)));
    Optional<String> flagged = unknown.isEmpty() ? Optional.empty()
        : Optional.of("citations of sources never sent removed: " + cited(unknown));
    return new Verdict(Optional.of(body), cited, clarify, flagged, Optional.empty());
  }

  static List<Draft.Source> refs(List<DraftSources.Source> cited) {
    return cited.stream().map(DraftSources.Source::ref).toList();
  }

  private static String cited(Set<Integer> numbers) {
    StringBuilder sb = new StringBuilder();
    numbers.forEach(n -> sb.append('[').append(n).append(']'));
    return sb.toString();
  }

  private static boolean overlaps(Set<String> answer, String other) {
    for (String s : shingles(other)) if (answer.contains(s)) return true;
    return false;
  }

  /** Every run of {@link #QUOTE_WORDS} words, lower-cased, accents and punctuation gone. */
  static Set<String> shingles(String text) {
    String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    Set<String> out = new HashSet<>();
    if (folded.isEmpty()) return out;
    String[] w = folded.split(" ");
    for (int i = 0; i + QUOTE_WORDS <= w.length; i++) out.add(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + QUOTE_WORDS)));
    return out;
  }
}
