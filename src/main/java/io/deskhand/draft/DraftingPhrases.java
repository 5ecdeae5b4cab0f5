package io.deskhand.draft;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * models/drafting.yaml: per-language wrapper phrases, the lines a reused reply loses (greeting, sign-off), the
 * claims of actions done the agent must check, and the clarifying replies per intent.
 *
 * @param clarify intent (or "default") -> language -> clarifying reply
 * @param actionClaims language -> patterns of a sentence claiming an action done
 */
public record DraftingPhrases(Map<String, Phrases> languages, Pattern greetingLine, Pattern signoffLine,
                              Map<String, Map<String, String>> clarify, Map<String, List<Pattern>> actionClaims) {

  /**
   * @param greetingNamed the greeting with the requester's name ({name})
   * @param checkAction the note's line for a claimed action ({text}); checkUncovered for an unanswered question
   */
  public record Phrases(String greeting, String greetingNamed, String closing, String articleIntro, String articleOnlyIntro,
                        String noSource, String checkAction, String checkUncovered, String clarifyReason, String otherQuestion) {}

  public Optional<Phrases> phrases(String language) {
    return Optional.ofNullable(languages.get(language));
  }

  /** The clarifying reply for an intent (empty: none known or abstained) in a language, if the file has one. */
  public Optional<String> clarifying(Optional<String> intent, String language) {
    Map<String, String> texts = intent.map(clarify::get).orElse(null);
    if (texts == null || !texts.containsKey(language)) texts = clarify.get("default");
    return Optional.ofNullable(texts == null ? null : texts.get(language)).filter(t -> !t.isBlank());
  }

  public List<Pattern> actionClaims(String language) {
    return actionClaims.getOrDefault(language, List.of());
  }

  public static DraftingPhrases fromFile(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    Map<String, Phrases> languages = new LinkedHashMap<>();
    root.path("languages").fields().forEachRemaining(e -> {
      JsonNode p = e.getValue();
      String greeting = p.path("greeting").asText("");
      languages.put(e.getKey(), new Phrases(greeting, p.path("greeting_named").asText(greeting), p.path("closing").asText(""),
          p.path("article_intro").asText(""), p.path("article_only_intro").asText(""), p.path("no_source").asText(""),
          p.path("check_action").asText("{text}"), p.path("check_uncovered").asText("{text}"),
          p.path("clarify_reason").asText(""), p.path("other_question").asText("")));
    });
    Map<String, Map<String, String>> texts = new LinkedHashMap<>();
    root.path("clarify_texts").fields().forEachRemaining(e -> {
      Map<String, String> byLanguage = new LinkedHashMap<>();
      e.getValue().fields().forEachRemaining(t -> byLanguage.put(t.getKey(), t.getValue().asText()));
      texts.put(e.getKey(), byLanguage);
    });
    Map<String, Map<String, String>> clarify = new LinkedHashMap<>();
    root.path("clarify").fields().forEachRemaining(e -> {
      Map<String, String> named = texts.get(e.getValue().asText());
      if (named == null) throw new IllegalArgumentException(file + ": clarify." + e.getKey() + " names '" + e.getValue().asText()
          + "', which is not under clarify_texts");
      clarify.put(e.getKey(), named);
    });
    if (!clarify.containsKey("default") && texts.containsKey("default")) clarify.put("default", texts.get("default"));
    Map<String, List<Pattern>> claims = new LinkedHashMap<>();
    root.path("action_claims").fields().forEachRemaining(e -> {
      List<Pattern> patterns = new ArrayList<>();
      for (JsonNode p : e.getValue()) {
        try {
          patterns.add(Pattern.compile(p.asText(), flags));
        } catch (PatternSyntaxException x) {
          throw new IllegalArgumentException(file + ": action_claims." + e.getKey() + ": bad pattern: " + x.getMessage(), x);
        }
      }
      claims.put(e.getKey(), patterns);
    });
    return new DraftingPhrases(languages, Pattern.compile(root.path("greeting_line").asText("^$"), flags),
        Pattern.compile(root.path("signoff_line").asText("^$"), flags), clarify, claims);
  }
}
