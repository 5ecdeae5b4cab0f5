package io.deskhand.modelserver;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The personal data of one ticket, replaced by numbered placeholders before a prompt leaves the process, and put
 * back where an answer repeats a placeholder. Lives for one call; its values are never logged ({@link #toString()}
 * shows only counts).
 */
public final class Vault {
  private final Map<String, String> byPlaceholder = new LinkedHashMap<>();
  private final Map<String, String> byValue = new LinkedHashMap<>();
  private final Map<Redactor.Kind, Integer> counts = new EnumMap<>(Redactor.Kind.class);
  private final List<String> names = new ArrayList<>();

  /** A vault that also hides the customer's name (the requester's, from Zendesk) wherever the text has it. */
  public Vault(Optional<String> customerName) {
    customerName.map(String::strip).filter(n -> n.length() >= 2).ifPresent(names::add);
  }

  public Vault() {
    this(Optional.empty());
  }

  List<String> names() {
    return names;
  }

  synchronized String placeholder(Redactor.Kind kind, String value) {
    String existing = byValue.get(value);
    if (existing != null) return existing;
    int n = counts.merge(kind, 1, Integer::sum);
    String placeholder = "[" + kind.name() + "_" + n + "]";
    byValue.put(value, placeholder);
    byPlaceholder.put(placeholder, value);
    return placeholder;
  }

  /** The placeholder standing for the customer's name (so a prompt can say how to greet), when there is a name. */
  public Optional<String> namePlaceholder() {
    return names.isEmpty() ? Optional.empty() : Optional.of(placeholder(Redactor.Kind.NAME, names.get(0)));
  }

  /** {@code answer} with every placeholder of this vault it repeats replaced by the original value. */
  public synchronized String restore(String answer) {
    String out = answer;
    for (Map.Entry<String, String> e : byPlaceholder.entrySet()) out = out.replace(e.getKey(), e.getValue());
    return out;
  }

  /** How many values of each kind were hidden, for logs ("email=1 phone=0"). */
  public synchronized String summary() {
    StringBuilder sb = new StringBuilder();
    for (Redactor.Kind k : Redactor.Kind.values()) {
      sb.append(sb.isEmpty() ? "" : " ").append(k.name().toLowerCase(Locale.ROOT)).append('=').append(counts.getOrDefault(k, 0));
    }
    return sb.toString();
  }

  public synchronized boolean isEmpty() {
    return byPlaceholder.isEmpty();
  }

  @Override
  public String toString() {
    return "Vault[" + summary() + "]";
  }
}
