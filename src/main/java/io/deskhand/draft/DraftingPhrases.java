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

/** models/drafting.yaml: per-language wrapper phrases, and what to strip or mask from a reused reply. */
public record DraftingPhrases(Map<String, Phrases> languages, Pattern greetingLine, Pattern signoffLine, List<Mask> masks) {

  public record Phrases(String greeting, String closing, String articleIntro, String articleOnlyIntro, String noSource) {}

  public record Mask(Pattern pattern, Map<String, String> replacement) {}

  public Optional<Phrases> phrases(String language) {
    return Optional.ofNullable(languages.get(language));
  }

  public static DraftingPhrases fromFile(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    Map<String, Phrases> languages = new LinkedHashMap<>();
    root.path("languages").fields().forEachRemaining(e -> {
      JsonNode p = e.getValue();
      languages.put(e.getKey(), new Phrases(p.path("greeting").asText(""), p.path("closing").asText(""),
          p.path("article_intro").asText(""), p.path("article_only_intro").asText(""), p.path("no_source").asText("")));
    });
    List<Mask> masks = new ArrayList<>();
    root.path("masks").forEach(m -> {
      Map<String, String> replace = new LinkedHashMap<>();
      m.path("replace").fields().forEachRemaining(r -> replace.put(r.getKey(), r.getValue().asText()));
      masks.add(new Mask(Pattern.compile(m.path("pattern").asText(), flags), replace));
    });
    return new DraftingPhrases(languages, Pattern.compile(root.path("greeting_line").asText("^$"), flags),
        Pattern.compile(root.path("signoff_line").asText("^$"), flags), masks);
  }
}
