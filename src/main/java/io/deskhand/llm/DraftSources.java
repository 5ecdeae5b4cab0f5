package io.deskhand.llm;

import io.deskhand.draft.Draft;
import io.deskhand.modelserver.Privacy;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.Retrieved;
import io.deskhand.ticket.TicketHit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The numbered sources a draft prompt carries: the closest solved tickets' replies, then article sections, then
 * internal doc sections (marked INTERNAL: the model may use them, never quote them), as many as the context allows.
 */
record DraftSources(List<Source> sources) {
  static final int MAX_TICKETS = 3;
  static final int MAX_ARTICLES = 3;
  static final int MAX_DOCS = 2;
  /** One source's text is cut here: a solved reply or a section says what it says in its first thousand characters. */
  static final int MAX_SOURCE_CHARS = 1200;

  /**
   * @param number as the prompt lists it, from 1
   * @param text as sent (another customer's details replaced when redacting)
   * @param internal an internal doc: the answer must not repeat it
   */
  record Source(int number, Draft.Source ref, String heading, String text, boolean internal, double similarity) {}

  /** Sources from {@code retrieved}, best first, within {@code budgetChars} of text in all. */
  static DraftSources select(Retrieved retrieved, Privacy privacy, int budgetChars) {
    List<Source> out = new ArrayList<>();
    int used = 0;
    int tickets = 0;
    for (TicketHit h : retrieved.similarTickets()) {
      if (tickets == MAX_TICKETS || h.ticket().resolution().isBlank()) continue;
      String text = privacy.others(cut(h.ticket().resolution()));
      if (used + text.length() > budgetChars) break;
      used += text.length();
      tickets++;
      out.add(new Source(out.size() + 1, new Draft.Source("ticket", Long.toString(h.ticket().id()), null),
          "Solved ticket #" + h.ticket().id() + " (" + h.ticket().language() + ", \"" + oneLine(privacy.others(h.ticket().subject()))
              + "\"): the agent's reply", text, false, h.similarity()));
    }
    used = chunks(out, retrieved.articles(), MAX_ARTICLES, false, privacy, budgetChars, used);
    chunks(out, retrieved.docs(), MAX_DOCS, true, privacy, budgetChars, used);
    return new DraftSources(List.copyOf(out));
  }

  private static int chunks(List<Source> out, List<ChunkHit> hits, int max, boolean internal, Privacy privacy, int budget, int used) {
    Set<String> seen = new HashSet<>();
    for (ChunkHit h : hits) {
      if (seen.size() == max) break;
      if (!seen.add(h.chunk().sourceId() + "#" + h.chunk().chunk())) continue;
      String text = privacy.others(cut(h.chunk().text()));
      if (used + text.length() > budget) break;
      used += text.length();
      String kind = internal ? "doc" : "article";
      String heading = (internal ? "INTERNAL doc" : "Help-center article") + " \"" + oneLine(h.chunk().title()) + "\" ("
          + h.chunk().language() + ")" + (h.chunk().url() == null ? "" : ", " + h.chunk().url());
      out.add(new Source(out.size() + 1, new Draft.Source(kind, h.chunk().sourceId(), h.chunk().url()), heading, text, internal,
          h.similarity()));
    }
    return used;
  }

  boolean isEmpty() {
    return sources.isEmpty();
  }

  int size() {
    return sources.size();
  }

  Source get(int number) {
    return sources.get(number - 1);
  }

  List<Source> internal() {
    return sources.stream().filter(Source::internal).toList();
  }

  /** The sources as the prompt lists them. */
  String render() {
    StringBuilder sb = new StringBuilder();
    for (Source s : sources) sb.append('[').append(s.number()).append("] ").append(s.heading()).append(":\n").append(s.text().strip()).append("\n\n");
    return sb.toString().strip();
  }

  private static String cut(String text) {
    String t = text.strip();
    return t.length() <= MAX_SOURCE_CHARS ? t : t.substring(0, MAX_SOURCE_CHARS) + " …";
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }
}
