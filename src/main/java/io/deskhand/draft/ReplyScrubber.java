package io.deskhand.draft;

import io.deskhand.entity.EntityExtractor;
import io.deskhand.entity.EntityRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a solved ticket's reply into a template that holds nothing of that earlier ticket. Removed: the greeting and
 * sign-off lines and a name-only signature (they address another customer, or name another agent). Made slots: every
 * reference the entity rules find (order, tracking and invoice numbers, codes, devices, amounts, dates, e-mail
 * addresses, phone numbers); codes and mid-sentence proper nouns (a plan, a device) no other reply has; figures and
 * acronyms the earlier customer wrote and the agent repeated; the earlier customer's and agent's names. Kept: whatever the
 * team writes in several replies or the help center says (a support address, a plan the articles describe, a
 * 14-day return window), which is the team's recurring wording and safe to repeat.
 */
final class ReplyScrubber {
  private static final Pattern URL = Pattern.compile("(?i)\\b(https?://|www\\.)\\S+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’._-]*[\\p{L}\\p{N}])?");
  private static final Set<String> HONORIFICS = Set.of("frau", "herr", "herrn", "madame", "monsieur", "mme", "mlle", "mr", "mrs",
      "ms", "miss", "sir", "senor", "señor", "senora", "señora", "sr", "sra", "srta", "don", "doña", "dona", "dr");
  private static final int SIGNATURE_CHARS = 40;
  private static final int SIGNATURE_WORDS = 4;

  private final DraftingPhrases phrases;
  private final EntityExtractor entities;

  ReplyScrubber(DraftingPhrases phrases, EntityExtractor entities) {
    this.phrases = phrases;
    this.entities = entities;
  }

  /**
   * @param earlierRequest the earlier customer's own words (subject and message) the reply answered
   * @param shared the other candidate replies in this language and the articles found, to tell the team's wording
   *     from one customer's details
   */
  ReplyTemplate scrub(String reply, String language, String earlierRequest, SharedWording shared) {
    Body b = body(reply);
    String body = b.text();
    Set<String> names = new HashSet<>(b.customerNames());
    Set<String> agentNames = new HashSet<>(b.agentNames());
    agentNames.removeIf(n -> shared.word(WordBag.fold(n)));

    WordBag earlier = WordBag.of(earlierRequest);
    List<int[]> spans = new ArrayList<>();
    List<EntityRules.Kind> kindOf = new ArrayList<>();
    for (EntityExtractor.Match m : entities.find(body)) {
      if (shared.value(m.value())) continue;
      spans.add(new int[] {m.start(), m.end()});
      kindOf.add(m.kind());
    }
    List<int[]> links = new ArrayList<>();
    List<int[]> carrying = new ArrayList<>();
    List<EntityRules.Kind> carried = new ArrayList<>();
    Matcher u = URL.matcher(body);
    while (u.find()) {
      // a help-center link is the team's, whatever the digits of its path; a link carrying the earlier ticket's
      // reference (a parcel-tracking link with the tracking number in its query) is that ticket's, as a whole
      carriedReference(u.group(), body, spans, kindOf, shared).ifPresent(kind -> {
        carrying.add(new int[] {u.start(), u.end()});
        carried.add(kind);
      });
      links.add(new int[] {u.start(), u.end()});
    }
    EntityRules.Kind name = entities.rules().kind("name");
    EntityRules.Kind detail = entities.rules().kind("detail");
    Matcher w = WORD.matcher(body);
    while (w.find()) {
      int s = w.start(), e = w.end();
      if (covered(spans, s, e) || covered(links, s, e)) continue;
      String word = w.group();
      String folded = WordBag.fold(word);
      EntityRules.Kind kind = null;
      if (names.contains(word) || agentNames.contains(word)) {
        kind = name;
      } else if (!shared.word(folded)) {
        Shape shape = shape(word, language, sentenceStart(body, s));
        // a code or a proper noun only this reply has is its customer's (a plan, a device, a place); a figure or
        // an acronym only when that customer wrote it too ("14 jours" stays, "your 3 boxes" of theirs goes)
        boolean echoed = earlier.contains(folded);
        boolean onlyHere = shape == Shape.CODE || (shape == Shape.PROPER && shared.replies().size() >= MIN_OTHERS_FOR_PROPER);
        if (onlyHere || (shape != Shape.NONE && echoed)) kind = detail;
      }
      if (kind == null) continue;
      // "iPad Air", "Pixel 8": neighbouring details are one slot
      int last = spans.size() - 1;
      if (kind == detail && last >= 0 && kindOf.get(last) == detail && body.substring(spans.get(last)[1], s).isBlank()) {
        spans.get(last)[1] = e;
      } else {
        spans.add(new int[] {s, e});
        kindOf.add(kind);
      }
    }
    spans.addAll(carrying);
    kindOf.addAll(carried);
    return template(body, spans, kindOf);
  }

  private static final Pattern QUERY_CODE = Pattern.compile("[A-Za-z0-9]*\\d[A-Za-z0-9]*");

  /**
   * The kind of the earlier ticket's reference a link carries: one found elsewhere in the reply, or a code of six
   * characters or more with a digit in its query or fragment that no other reply or article has.
   */
  private Optional<EntityRules.Kind> carriedReference(String url, String body, List<int[]> spans, List<EntityRules.Kind> kinds,
                                                      SharedWording shared) {
    for (int i = 0; i < spans.size(); i++) {
      String value = body.substring(spans.get(i)[0], spans.get(i)[1]);
      if (value.length() >= 4 && url.contains(value)) return Optional.of(kinds.get(i));
    }
    int q = url.indexOf('?') >= 0 ? url.indexOf('?') : url.indexOf('#');
    if (q < 0) return Optional.empty();
    Matcher m = QUERY_CODE.matcher(url.substring(q));
    while (m.find()) {
      if (m.group().length() >= 6 && !shared.value(m.group())) return Optional.of(entities.rules().kind("detail"));
    }
    return Optional.empty();
  }

  /**
   * A reply without its greeting, sign-off and name-only signature.
   *
   * @param customerNames capitalised words of the greeting ("Hi Fiona," -> Fiona)
   * @param agentNames capitalised words of the sign-off and signature ("Cheers, Emma", "Lucas at Kaffeo")
   */
  record Body(String text, Set<String> customerNames, Set<String> agentNames) {}

  Body body(String reply) {
    List<String> lines = new ArrayList<>(List.of(reply.strip().split("\\R")));
    Set<String> names = new HashSet<>();
    while (!lines.isEmpty() && (lines.get(0).isBlank() || phrases.greetingLine().matcher(lines.get(0).strip()).find())) {
      capitalised(lines.remove(0), true, names);
    }
    Set<String> agentNames = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      if (phrases.signoffLine().matcher(lines.get(i).strip()).find()) {
        capitalised(lines.get(i), true, agentNames); // "Cheers, Emma"
        for (String tail : lines.subList(i + 1, lines.size())) capitalised(tail, false, agentNames);
        lines.subList(i, lines.size()).clear();
        break;
      }
    }
    dropSignature(lines, agentNames);
    names.removeIf(n -> HONORIFICS.contains(n.toLowerCase(java.util.Locale.ROOT)));
    agentNames.removeIf(n -> HONORIFICS.contains(n.toLowerCase(java.util.Locale.ROOT)));
    return new Body(String.join("\n", lines).strip(), names, agentNames);
  }

  private static ReplyTemplate template(String body, List<int[]> spans, List<EntityRules.Kind> kinds) {
    Integer[] order = new Integer[spans.size()];
    for (int i = 0; i < order.length; i++) order[i] = i;
    java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> spans.get(i)[0]));
    List<ReplyTemplate.Part> parts = new ArrayList<>();
    int at = 0;
    for (int i : order) {
      int[] sp = spans.get(i);
      if (sp[0] < at) continue;
      if (sp[0] > at) parts.add(new ReplyTemplate.Text(body.substring(at, sp[0])));
      parts.add(new ReplyTemplate.Slot(kinds.get(i), body.substring(sp[0], sp[1])));
      at = sp[1];
    }
    if (at < body.length()) parts.add(new ReplyTemplate.Text(body.substring(at)));
    return new ReplyTemplate(parts);
  }

  private static boolean covered(List<int[]> spans, int s, int e) {
    for (int[] sp : spans) if (s < sp[1] && sp[0] < e) return true;
    return false;
  }

  /**
   * A proper noun no other reply has is only taken for the earlier customer's when there are this many other replies
   * to compare with; with fewer, "no other reply has it" says little.
   */
  static final int MIN_OTHERS_FOR_PROPER = 3;
  /** Capitalised in mid-sentence by the language's own rules, not because they name something. */
  private static final Set<String> ALWAYS_CAPITALISED = Set.of("i", "i'm", "i've", "i'll", "i'd", "i’m", "i’ve", "i’ll", "i’d",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april",
      "may", "june", "july", "august", "september", "october", "november", "december");

  /** The shapes of the details a customer gives. */
  enum Shape { NONE, NUMBER, CODE, MIXED_CASE, CAPITALS, PROPER }

  /**
   * NUMBER: figures only; CODE: letters and figures (SUMMER15, 4.13.0 counts as NUMBER); MIXED_CASE: a capital
   * inside (iPhone); CAPITALS: an acronym; PROPER: outside German (which capitalises every noun), a capitalised
   * word in mid-sentence.
   */
  static Shape shape(String word, String language, boolean sentenceStart) {
    if (word.length() < 2) return Shape.NONE;
    boolean digit = false, upperInside = false;
    int upper = 0, letters = 0;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isDigit(c)) digit = true;
      if (Character.isLetter(c)) letters++;
      if (Character.isUpperCase(c)) {
        upper++;
        if (i > 0 && Character.isLowerCase(word.charAt(i - 1))) upperInside = true;
      }
    }
    if (digit) return letters > 0 ? Shape.CODE : Shape.NUMBER;
    if (upperInside) return Shape.MIXED_CASE;
    if (letters >= 3 && upper == letters) return Shape.CAPITALS;
    if (!language.equals("de") && !sentenceStart && Character.isUpperCase(word.charAt(0))
        && !ALWAYS_CAPITALISED.contains(word.toLowerCase(java.util.Locale.ROOT))) return Shape.PROPER;
    return Shape.NONE;
  }

  private static boolean sentenceStart(String text, int pos) {
    for (int i = pos - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n') return true;
      if (Character.isWhitespace(c)) continue;
      if (c == '"' || c == '«' || c == '(' || c == '„' || c == '“' || c == '\'' || c == '‘' || c == '¿' || c == '¡') return true;
      // after a menu arrow or inside quotes a capital starts a label ("Account > Security", « Mettre en pause »)
      return c == '.' || c == '!' || c == '?' || c == ':' || c == '-' || c == '–' || c == '•' || c == '*' || c == '>';
    }
    return true;
  }

  /** One to four words, each capitalised or a joining word ("Lucía", "Emma at Kaffeo", "Jonas vom Kaffeo-Team"). */
  static boolean nameOnly(String line) {
    String l = line.strip();
    if (l.isEmpty() || l.length() > SIGNATURE_CHARS || l.matches(".*[.!?:;,\\d@/].*")) return false;
    String[] words = l.split("[\\s–|-]+");
    if (words.length > SIGNATURE_WORDS) return false;
    for (String w : words) {
      if (w.isEmpty() || JOINERS.contains(w.toLowerCase(java.util.Locale.ROOT))) continue;
      if (!Character.isUpperCase(w.charAt(0))) return false;
    }
    return true;
  }

  private static final Set<String> JOINERS = Set.of("at", "from", "of", "the", "de", "du", "del", "la", "le", "vom", "von", "der",
      "das", "team", "équipe", "equipo", "y", "and", "et", "und");

  /** Adds the capitalised words of a line (a greeting's or signature's names) to {@code into}. */
  private static void capitalised(String line, boolean skipFirst, Set<String> into) {
    Matcher m = WORD.matcher(line);
    boolean first = true;
    while (m.find()) {
      String w = m.group();
      boolean isFirst = first;
      first = false;
      if (skipFirst && isFirst) continue; // the greeting or sign-off word itself
      if (w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).allMatch(Character::isLowerCase)) into.add(w);
    }
  }

  /**
   * Removes a last paragraph that is only a signature: one or two short lines without a sentence's punctuation or
   * figures, set apart by a blank line. Agents often sign with their name alone ("Lucas", "Lena – Kaffeo"), which no
   * sign-off phrase catches; its words are the agent's names.
   */
  private static void dropSignature(List<String> lines, Set<String> agentNames) {
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
    // a name on the last line right under the text ("...at any time.\nLucía")
    while (lines.size() > 1 && nameOnly(lines.get(lines.size() - 1)) && !lines.get(lines.size() - 2).isBlank()) {
      capitalised(lines.remove(lines.size() - 1), false, agentNames);
    }
    int start = lines.size();
    while (start > 0 && !lines.get(start - 1).isBlank()) start--;
    if (start == 0 || lines.size() - start > 2) return; // a reply needs something above its signature
    for (String line : lines.subList(start, lines.size())) {
      String l = line.strip();
      if (l.length() > SIGNATURE_CHARS || l.split("\\s+").length > SIGNATURE_WORDS || l.matches(".*[.!?:;,\\d].*")) return;
    }
    for (String line : lines.subList(start, lines.size())) capitalised(line, false, agentNames);
    lines.subList(start, lines.size()).clear();
  }
}
