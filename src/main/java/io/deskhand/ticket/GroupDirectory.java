package io.deskhand.ticket;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Zendesk group ids and names, from a groups JSON as GET /api/v2/groups returns it ({"groups":[{id,name}]}). */
public record GroupDirectory(Map<Long, String> names) {
  public GroupDirectory {
    names = Map.copyOf(names);
  }

  public static GroupDirectory empty() {
    return new GroupDirectory(Map.of());
  }

  public static GroupDirectory read(Path file) {
    if (!Files.isRegularFile(file)) return empty();
    try {
      JsonNode root = new ObjectMapper().readTree(file.toFile());
      Map<Long, String> names = new LinkedHashMap<>();
      root.path("groups").forEach(g -> {
        if (g.hasNonNull("id") && g.hasNonNull("name") && !g.path("deleted").asBoolean(false)) {
          names.put(g.get("id").asLong(), g.get("name").asText());
        }
      });
      return new GroupDirectory(names);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read groups file " + file, e);
    }
  }

  /** This directory plus {@code more} (entries here win). */
  public GroupDirectory with(Map<Long, String> more) {
    Map<Long, String> all = new LinkedHashMap<>(more);
    all.putAll(names);
    return new GroupDirectory(all);
  }

  public Optional<String> name(long id) {
    return Optional.ofNullable(names.get(id));
  }

  public Optional<Long> idOf(String name) {
    return names.entrySet().stream().filter(e -> e.getValue().equalsIgnoreCase(name)).map(Map.Entry::getKey).findFirst();
  }
}
