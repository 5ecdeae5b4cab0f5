package io.deskhand.ticket;

import java.util.List;

/**
 * What the knowledge base returned for one ticket.
 *
 * @param similarTickets solved tickets in fused (BM25 + vector) order, for agents and the drafter
 * @param neighbours solved tickets in pure vector order, for the nearest-neighbour vote of the classifiers
 * @param articles help-center article sections, fused order
 * @param docs internal doc sections, fused order
 * @param sameLanguage the nearest solved tickets by vector among those in the ticket's language, for the drafter
 *     (whose reply must be in that language; with an English-only embedding they are often not among the others)
 */
public record Retrieved(List<TicketHit> similarTickets, List<TicketHit> neighbours, List<ChunkHit> articles,
                        List<ChunkHit> docs, List<TicketHit> sameLanguage) {
  public Retrieved {
    similarTickets = List.copyOf(similarTickets);
    neighbours = List.copyOf(neighbours);
    articles = List.copyOf(articles);
    docs = List.copyOf(docs);
    sameLanguage = sameLanguage == null ? List.of() : List.copyOf(sameLanguage);
  }

  public Retrieved(List<TicketHit> similarTickets, List<TicketHit> neighbours, List<ChunkHit> articles, List<ChunkHit> docs) {
    this(similarTickets, neighbours, articles, docs, List.of());
  }
}
