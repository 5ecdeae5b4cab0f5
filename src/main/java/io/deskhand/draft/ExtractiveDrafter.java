package io.deskhand.draft;

import io.deskhand.language.LanguageDetector;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The default drafter, no LLM: reuses the resolving reply of the closest solved ticket in the ticket's language
 * (preferring one with the same intent), with the earlier customer's greeting, sign-off and personal details
 * removed, and links the closest article in that language. Every factual sentence comes from a source; when no
 * source in the ticket's language is close enough, it declines and says so.
 */
public final class ExtractiveDrafter implements Drafter {
  public static final String METHOD = Draft.EXTRACTIVE;
  private static final int MAX_ARTICLE_PARAGRAPHS = 2;
  /**
   * A solved ticket with the confidently predicted intent may be this much less similar and still be reused: the
   * default embedding is English-only, so French, German or Spanish paraphrases of one request score lower.
   */
  static final double SAME_INTENT_ALLOWANCE = 0.12;

  private final DraftingPhrases phrases;
  private final LanguageDetector detector;
  private final double minTicketSimilarity;
  private final double minArticleSimilarity;

  public ExtractiveDrafter(DraftingPhrases phrases, LanguageDetector detector, double minTicketSimilarity,
                           double minArticleSimilarity) {
    this.phrases = phrases;
    this.detector = detector;
    this.minTicketSimilarity = minTicketSimilarity;
    this.minArticleSimilarity = minArticleSimilarity;
  }

  @Override
  public Draft draft(DraftRequest request) {
    String lang = request.language();
    Optional<DraftingPhrases.Phrases> maybePhrases = phrases.phrases(lang);
    if (maybePhrases.isEmpty()) {
      return Draft.declined("No draft: Deskhand has no drafting phrases for language '" + lang + "'.", lang,
          "no drafting phrases for " + lang + " in models/drafting.yaml");
    }
    DraftingPhrases.Phrases p = maybePhrases.get();
    Optional<TicketHit> ticket = request.retrieved().similarTickets().stream()
        .filter(h -> lang.equals(h.ticket().language()) && !h.ticket().resolution().isBlank()
            && (h.similarity() >= minTicketSimilarity
                || (sameIntent(h, request.intent()) && h.similarity() >= minTicketSimilarity - SAME_INTENT_ALLOWANCE)))
        .min(Comparator.comparing((TicketHit h) -> !sameIntent(h, request.intent())).thenComparing(h -> -h.similarity()));
    Optional<ChunkHit> article = request.retrieved().articles().stream()
        .filter(h -> lang.equals(h.chunk().language()) && h.similarity() >= minArticleSimilarity)
        .max(Comparator.comparingDouble(ChunkHit::similarity));
    if (ticket.isEmpty() && article.isEmpty()) return Draft.declined(p.noSource(), lang, "no source in " + lang + " close enough");

    List<Draft.Source> sources = new ArrayList<>();
    String core;
    String coreLanguage;
    if (ticket.isPresent()) {
      SolvedTicket solved = ticket.get().ticket();
      core = reusableReply(solved.resolution(), lang);
      // The reply's language was detected at ingest; tickets indexed before that are detected here.
      coreLanguage = solved.resolutionLanguage().isEmpty() ? languageOf(core) : solved.resolutionLanguage();
      sources.add(new Draft.Source("ticket", Long.toString(solved.id()), null));
    } else {
      String excerpt = articleExcerpt(article.get().chunk().text());
      core = p.articleOnlyIntro() + "\n\n" + excerpt;
      coreLanguage = languageOf(excerpt);
    }
    if (core.isBlank() || !coreLanguage.equals(lang)) return Draft.declined(p.noSource(), lang, "the closest reply is not in " + lang);
    StringBuilder body = new StringBuilder();
    body.append(p.greeting()).append("\n\n").append(core.strip()).append("\n\n");
    if (article.isPresent()) {
      var chunk = article.get().chunk();
      if (ticket.isPresent()) body.append(p.articleIntro()).append('\n');
      body.append("- ").append(chunk.title()).append(chunk.url() == null ? "" : ": " + chunk.url()).append("\n\n");
      sources.add(new Draft.Source("article", chunk.sourceId(), chunk.url()));
    }
    body.append(p.closing());
    return new Draft(body.toString(), METHOD, lang, sources, 1, java.util.Optional.empty());
  }

  private String languageOf(String text) {
    return detector.detect(text).code(); // the detector reads the opening only
  }

  private static boolean sameIntent(TicketHit h, Optional<String> intent) {
    return intent.isPresent() && intent.get().equals(h.ticket().labels().get("intent"));
  }

  /** The reply without its greeting and sign-off lines (addressed to another customer) and with details masked. */
  String reusableReply(String reply, String language) {
    List<String> lines = new ArrayList<>(List.of(reply.strip().split("\\R")));
    while (!lines.isEmpty() && (lines.get(0).isBlank() || phrases.greetingLine().matcher(lines.get(0).strip()).find())) {
      lines.remove(0);
    }
    for (int i = 0; i < lines.size(); i++) {
      if (i > 0 && phrases.signoffLine().matcher(lines.get(i).strip()).find()) {
        lines.subList(i, lines.size()).clear();
        break;
      }
    }
    dropSignature(lines);
    String text = String.join("\n", lines).strip();
    for (DraftingPhrases.Mask m : phrases.masks()) {
      String replacement = m.replacement().getOrDefault(language, m.replacement().getOrDefault("en", "[...]"));
      text = m.pattern().matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(replacement));
    }
    return text;
  }

  /** Longest line, in characters and words, of a name-only signature block ("Lucas", "Lena – Kaffeo", "Velora Support"). */
  private static final int SIGNATURE_CHARS = 40;
  private static final int SIGNATURE_WORDS = 4;

  /**
   * Removes a last paragraph that is only a signature: one or two short lines without a sentence's punctuation or
   * figures, set apart by a blank line. Agents often sign with their name alone, which no sign-off phrase catches,
   * and the draft then carried another agent's name above its own closing.
   */
  private static void dropSignature(List<String> lines) {
    while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) lines.remove(lines.size() - 1);
    int start = lines.size();
    while (start > 0 && !lines.get(start - 1).isBlank()) start--;
    if (start == 0 || lines.size() - start > 2) return; // a reply needs something above its signature
    for (String line : lines.subList(start, lines.size())) {
      String l = line.strip();
      if (l.length() > SIGNATURE_CHARS || l.split("\\s+").length > SIGNATURE_WORDS || l.matches(".*[.!?:;,\\d].*")) return;
    }
    lines.subList(start, lines.size()).clear();
  }

  private static String articleExcerpt(String sectionText) {
    String[] paragraphs = sectionText.split("\\n\\s*\\n");
    StringBuilder sb = new StringBuilder();
    // The first paragraph of a section is its heading line when the section has one; keep it for context.
    for (int i = 0; i < Math.min(paragraphs.length, MAX_ARTICLE_PARAGRAPHS + 1); i++) sb.append(paragraphs[i].strip()).append("\n\n");
    return sb.toString().strip();
  }
}
