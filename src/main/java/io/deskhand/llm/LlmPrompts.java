package io.deskhand.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * models/llm-prompts.yaml (what the model is asked) and models/voice.yaml (how the team writes), both editable.
 *
 * @param draft the draft instructions, with {language}, {tone}, {length}, {voice} and {clarify} to fill
 * @param tones tone label -> one line of guidance ("default" for the rest)
 * @param length "brief" and "normal" -> one line with {max_words}
 * @param voice the team voice as the prompt shows it
 */
public record LlmPrompts(String draft, String summary, String translation, String clarifyMarker, Map<String, String> tones,
                         Map<String, String> length, String voice) {

  public static LlmPrompts fromFiles(Path prompts, Path voice) {
    JsonNode p = read(prompts);
    for (String key : List.of("draft", "summary", "translation")) {
      if (p.path(key).asText("").isBlank()) throw new IllegalArgumentException(prompts + " has no '" + key + "' prompt");
    }
    Map<String, String> tones = new LinkedHashMap<>();
    p.path("tones").fields().forEachRemaining(e -> tones.put(e.getKey(), e.getValue().asText()));
    Map<String, String> length = new LinkedHashMap<>();
    p.path("length").fields().forEachRemaining(e -> length.put(e.getKey(), e.getValue().asText()));
    return new LlmPrompts(p.get("draft").asText(), p.get("summary").asText(), p.get("translation").asText(),
        p.path("clarify_marker").asText("CLARIFY:"), tones, length, voiceText(read(voice)));
  }

  private static JsonNode read(Path file) {
    try {
      JsonNode n = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
      if (n == null || !n.isObject()) throw new IllegalArgumentException(file + " must be a YAML mapping");
      return n;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** voice.yaml as lines: tone, words to use, words to avoid, the sign-off. */
  private static String voiceText(JsonNode v) {
    List<String> lines = new ArrayList<>();
    if (!v.path("tone").asText("").isBlank()) lines.add("- Tone: " + v.get("tone").asText().strip());
    if (v.path("use").isArray() && !v.get("use").isEmpty()) lines.add("- Use: " + join(v.get("use")));
    if (v.path("avoid").isArray() && !v.get("avoid").isEmpty()) lines.add("- Avoid: " + join(v.get("avoid")));
    if (!v.path("sign_off").asText("").isBlank()) lines.add("- Sign off as: " + v.get("sign_off").asText().strip());
    return lines.isEmpty() ? "- (none given)" : String.join("\n", lines);
  }

  private static String join(JsonNode array) {
    List<String> items = new ArrayList<>();
    array.forEach(x -> items.add(x.asText().strip()));
    return String.join("; ", items);
  }

  /** The draft instructions for one ticket. */
  public String draftSystem(String language, Optional<String> tone, int maxWords, boolean brief) {
    String toneLine = tone.map(tones::get).orElse(tones.getOrDefault("default", ""));
    if (toneLine == null) toneLine = tones.getOrDefault("default", "");
    String lengthLine = length.getOrDefault(brief ? "brief" : "normal", "Keep the reply to at most {max_words} words.")
        .replace("{max_words}", Integer.toString(maxWords));
    return draft.replace("{language}", languageName(language)).replace("{tone}", toneLine).replace("{length}", lengthLine)
        .replace("{voice}", voice).replace("{clarify}", clarifyMarker);
  }

  public String summarySystem(String language) {
    return summary.replace("{language}", languageName(language));
  }

  public String translationSystem(String agentLanguage) {
    return translation.replace("{agent_language}", languageName(agentLanguage));
  }

  /** "French" for fr: models follow a language's English name more reliably than its code. */
  public static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isBlank() ? code : name;
  }
}
