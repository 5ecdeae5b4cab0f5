package io.deskhand.draft;

import java.util.List;

/**
 * What a team writes again and again: the other candidate replies in the ticket's language (their bodies, without
 * greetings and signatures) and the help-center sections found for the ticket. A word or reference found there
 * {@value #SHARED_BY} times (or once in an article) is the team's wording and safe to repeat; one found only in the
 * reply being reused belongs to that earlier ticket.
 */
record SharedWording(List<WordBag> replies, List<String> foldedReplies, WordBag articleWords, String foldedArticles) {
  static final int SHARED_BY = 2;

  SharedWording {
    replies = List.copyOf(replies);
    foldedReplies = List.copyOf(foldedReplies);
  }

  static SharedWording of(List<String> replyBodies, String articleText) {
    return new SharedWording(replyBodies.stream().map(WordBag::of).toList(), replyBodies.stream().map(WordBag::fold).toList(),
        WordBag.of(articleText), WordBag.fold(articleText));
  }

  boolean word(String foldedWord) {
    if (articleWords.contains(foldedWord)) return true;
    int n = 0;
    for (WordBag r : replies) if (r.contains(foldedWord) && ++n >= SHARED_BY) return true;
    return false;
  }

  /** The reference as a whole ("4 september", "support@shop.example"), not word by word. */
  boolean value(String value) {
    String v = WordBag.fold(value).strip();
    if (v.isEmpty()) return false;
    if (foldedArticles.contains(v)) return true;
    int n = 0;
    for (String r : foldedReplies) if (r.contains(v) && ++n >= SHARED_BY) return true;
    return false;
  }
}
