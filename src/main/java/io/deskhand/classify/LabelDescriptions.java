package io.deskhand.classify;

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

/** Reads described labels (label, description, examples per language) from models/taxonomy.yaml and models/tone.yaml. */
public final class LabelDescriptions {
  private LabelDescriptions() {}

  /** @return label -> description plus all example phrasings, in file order */
  public static Map<String, List<String>> read(Path file, String section) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    JsonNode list = root == null ? null : root.get(section);
    if (list == null || !list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(file + " has no '" + section + "' list");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (JsonNode item : list) {
      String label = item.path("label").asText("");
      if (label.isBlank()) throw new IllegalArgumentException(file + ": an entry of '" + section + "' has no label");
      List<String> texts = new ArrayList<>();
      if (item.hasNonNull("description")) texts.add(item.get("description").asText());
      item.path("examples").forEach(byLanguage -> {
        if (byLanguage.isArray()) byLanguage.forEach(x -> texts.add(x.asText()));
        else if (byLanguage.isTextual()) texts.add(byLanguage.asText());
      });
      out.put(label, texts);
    }
    return out;
  }

  /** Label -> numeric id, for entries that give one (groups described with their Zendesk group id). */
  public static Map<String, Long> ids(Path file, String section) {
    Map<String, Long> out = new LinkedHashMap<>();
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
      root.path(section).forEach(i -> {
        if (i.hasNonNull("id") && i.get("id").canConvertToLong()) out.put(i.get("label").asText(), i.get("id").asLong());
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return out;
  }

  /** Each taxonomy intent's default group name, where given. */
  public static Map<String, String> groups(Path taxonomy) {
    Map<String, String> out = new LinkedHashMap<>();
    try {
      JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(taxonomy.toFile());
      root.path("intents").forEach(i -> {
        if (i.hasNonNull("group")) out.put(i.get("label").asText(), i.get("group").asText());
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + taxonomy, e);
    }
    return out;
  }
}
