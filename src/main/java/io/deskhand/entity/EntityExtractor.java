package io.deskhand.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds references (order, tracking and invoice numbers, e-mail addresses, phone numbers, devices, codes, amounts,
 * dates) in a text by the rules of models/entities.yaml. Where matches overlap, the kind listed first wins, then the
 * longer match: a 20-digit tracking number is one tracking number, never two phone numbers. Nothing inside a URL is
 * taken (help-center links carry article numbers). Thread-safe.
 */
public final class EntityExtractor {
  private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");

  /** A reference found in a text: {@code start}/{@code end} are offsets in that text. */
  public record Match(EntityRules.Kind kind, String value, int start, int end) {
    boolean overlaps(Match o) {
      return start < o.end && o.start < end;
    }
  }

  private final EntityRules rules;

  public EntityExtractor(EntityRules rules) {
    this.rules = rules;
  }

  public EntityRules rules() {
    return rules;
  }

  /** Every reference in the text, in text order. */
  public List<Match> find(String text) {
    List<int[]> urls = new ArrayList<>();
    Matcher u = URL.matcher(text);
    while (u.find()) urls.add(new int[] {u.start(), u.end()});
    List<Match> all = new ArrayList<>();
    List<EntityRules.Kind> kinds = rules.kinds();
    for (EntityRules.Kind kind : kinds) {
      for (Pattern p : kind.patterns()) {
        Matcher m = p.matcher(text);
        boolean named = p.pattern().contains("(?<v>");
        while (m.find()) {
          int s = named ? m.start("v") : m.start();
          int e = named ? m.end("v") : m.end();
          if (s < 0 || e <= s || insideUrl(urls, s)) continue;
          String value = text.substring(s, e).strip();
          if (value.isEmpty()) continue;
          all.add(new Match(kind, value, s, s + value.length()));
        }
      }
    }
    // earlier kind first, then longer: those are kept, and whatever overlaps them is dropped
    all.sort(Comparator.comparingInt((Match m) -> kinds.indexOf(m.kind())).thenComparingInt(m -> -(m.end() - m.start())));
    List<Match> kept = new ArrayList<>();
    for (Match m : all) {
      if (kept.stream().noneMatch(m::overlaps)) kept.add(m);
    }
    kept.sort(Comparator.comparingInt(Match::start));
    return kept;
  }

  private static boolean insideUrl(List<int[]> urls, int pos) {
    for (int[] r : urls) if (pos >= r[0] && pos < r[1]) return true;
    return false;
  }
}
