package io.deskhand.index;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Counts over one published view: sources by kind, and documents per language (cached until the next publish). */
final class IndexStatistics {
  /** Per-language document counts for one view (each triage asks; the answer only changes when a revision is published). */
  private record LanguageCounts(PublishedReaders.Target target, Map<String, Long> counts) {}

  private final AtomicReference<LanguageCounts> languageCounts = new AtomicReference<>();

  IndexCounts counts(PublishedReaders.View view) throws IOException {
    return new IndexCounts(view.tickets().count(IndexSchema.primary(IndexSchema.KIND_TICKET)),
        view.knowledge().count(IndexSchema.primary(IndexSchema.KIND_ARTICLE)),
        view.knowledge().count(IndexSchema.primary(IndexSchema.KIND_DOC)));
  }

  long documentsInLanguage(PublishedReaders.View view, String language) throws IOException {
    if (view.target() == null) return count(view, language); // what is written changes with every commit: not cached
    LanguageCounts c = languageCounts.get();
    if (c == null || c.target() != view.target()) {
      c = new LanguageCounts(view.target(), new ConcurrentHashMap<>());
      languageCounts.set(c);
    }
    Long n = c.counts().get(language);
    if (n == null) {
      n = count(view, language);
      c.counts().put(language, n);
    }
    return n;
  }

  private static long count(PublishedReaders.View view, String language) throws IOException {
    Query q = new TermQuery(new Term(IndexSchema.LANG, language));
    return (long) view.tickets().count(q) + view.knowledge().count(q);
  }

  /** Segments in the tickets corpus: a search walks one HNSW graph and one term dictionary per segment. */
  int ticketSegments(PublishedReaders.View view) {
    return view.tickets().getIndexReader().leaves().size();
  }
}
