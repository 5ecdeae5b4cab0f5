package io.deskhand.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * models/entities.yaml: per kind of reference, the patterns that find it, its visible slot per language, and whether
 * it is listed in a triage's entities. Kinds keep the file's order: it is their priority where matches overlap.
 */
public record EntityRules(List<Kind> kinds) {

  /**
   * @param slot language -> placeholder shown in a draft when the value is not known ("[numéro de commande]")
   * @param exposed false for kinds only the drafter uses (amounts, dates, codes)
   */
  public record Kind(String name, List<Pattern> patterns, Map<String, String> slot, boolean exposed) {
    public Kind {
      patterns = List.copyOf(patterns);
      slot = Map.copyOf(slot);
    }

    /** The placeholder for the language, else the English one, else the kind's name in brackets. */
    public String slot(String language) {
      return slot.getOrDefault(language, slot.getOrDefault("en", "[" + name + "]"));
    }
  }

  public EntityRules {
    kinds = List.copyOf(kinds);
  }

  public Kind kind(String name) {
    for (Kind k : kinds) if (k.name().equals(name)) return k;
    throw new IllegalArgumentException("no entity kind '" + name + "' in models/entities.yaml");
  }

  /** Reads the rules; a bad regex is reported with its kind and position. */
  public static EntityRules fromFile(Path file) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read entity rules " + file, e);
    }
    List<Kind> kinds = new ArrayList<>();
    root.path("kinds").fields().forEachRemaining(e -> {
      JsonNode k = e.getValue();
      List<Pattern> patterns = new ArrayList<>();
      for (JsonNode p : k.path("patterns")) {
        try {
          patterns.add(Pattern.compile(p.asText(), Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS));
        } catch (PatternSyntaxException x) {
          throw new IllegalArgumentException(file + ": kinds." + e.getKey() + ": bad pattern: " + x.getMessage(), x);
        }
      }
      Map<String, String> slot = new LinkedHashMap<>();
      k.path("slot").fields().forEachRemaining(s -> slot.put(s.getKey(), s.getValue().asText()));
      kinds.add(new Kind(e.getKey(), patterns, slot, k.path("expose").asBoolean(true)));
    });
    return new EntityRules(kinds);
  }
}
