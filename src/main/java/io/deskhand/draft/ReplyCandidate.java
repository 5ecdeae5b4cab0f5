package io.deskhand.draft;

import io.deskhand.ticket.SolvedTicket;

/**
 * A solved ticket whose reply may be reused for this ticket.
 *
 * @param similarity cosine of its request to this ticket
 * @param fusedRank its place in the fused (BM25 + vector) list of similar tickets, -1 when it came from the vector
 *     neighbours only
 * @param body its reply without greeting, sign-off and signature
 * @param consensus how much its reply says what the other candidates' replies say (similarity-weighted mean cosine
 *     of their words): the reply most agents would write
 */
record ReplyCandidate(SolvedTicket ticket, double similarity, int fusedRank, ReplyScrubber.Body body, WordBag words,
                      double consensus) {
  ReplyCandidate withConsensus(double c) {
    return new ReplyCandidate(ticket, similarity, fusedRank, body, words, c);
  }

  String intent() {
    return ticket.labels().get("intent");
  }
}
