package io.deskhand.ticket;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Group ids and names (from Zendesk's groups, read by {@code zendesk/ZendeskJson#groups}): the one place a group id
 * becomes its name and a name its id.
 */
public record GroupDirectory(Map<Long, String> names) {
  public GroupDirectory {
    names = Map.copyOf(names);
  }

  public static GroupDirectory empty() {
    return new GroupDirectory(Map.of());
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
