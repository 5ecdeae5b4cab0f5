package io.deskhand.index;

import io.deskhand.ticket.Retrieved;

/** Finds solved tickets, articles and docs close to a ticket. Thread-safe; stays searchable while ingest writes. */
public interface KnowledgeIndex {
  Retrieved search(SearchRequest request);

  IndexCounts counts();

  /** How many solved tickets and article sections are in the given language (coverage check before triage). */
  long documentsInLanguage(String language);
}
