package io.deskhand.index;

import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.KnowledgeChunk;
import io.deskhand.ticket.Retrieved;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Hybrid search over one published view: HNSW nearest neighbours and BM25 on the ticket's rarest terms, fused by
 * reciprocal rank, one hit per source, scored by cosine similarity.
 */
final class HybridSearcher {
  /** Reciprocal rank fusion constant from Cormack et al. (2009). */
  private static final int RRF_K = 60;
  /**
   * BM25 sees the start of the ticket only: its cost grows with every query term, and the subject and first
   * sentences carry the request (the vector covers the rest).
   */
  private static final int MAX_QUERY_CHARS = 260;
  private static final int MAX_QUERY_TERMS = 12;

  private final Analyzer analyzer;
  private final IndexSchema schema;

  HybridSearcher(Analyzer analyzer, IndexSchema schema) {
    this.analyzer = analyzer;
    this.schema = schema;
  }

  Retrieved search(PublishedReaders.View view, SearchRequest r) throws IOException {
    String text = r.text().length() > MAX_QUERY_CHARS ? r.text().substring(0, MAX_QUERY_CHARS) : r.text();
    IndexSearcher s = view.tickets();
    int candidates = Math.max(r.tickets(), r.neighbours()) * 2 + 5;
    TopDocs knn = s.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, r.vector(), candidates), candidates);
    List<TicketHit> neighbours = new ArrayList<>();
    for (int i = 0; i < Math.min(r.neighbours(), knn.scoreDocs.length); i++) {
      ScoreDoc sd = knn.scoreDocs[i];
      neighbours.add(new TicketHit(readSource(s, sd.doc, SolvedTicket.class), cosine(sd.score)));
    }
    // the tickets corpus holds only solved tickets: its BM25 needs no filter
    TopDocs bm25 = topHits(s, rarestTerms(s, text, r.language()), candidates);
    List<TicketHit> similar = fused(s, knn, bm25, r.tickets(), r.vector(),
        (doc, sim) -> new TicketHit(readSource(s, doc, SolvedTicket.class), sim), h -> IndexSchema.ticketUid(h.ticket().id()));
    List<TicketHit> sameLanguage = sameLanguage(s, r);
    if (r.articles() == 0) return new Retrieved(similar, neighbours, List.of(), List.of(), sameLanguage);
    IndexSearcher k = view.knowledge();
    Query terms = rarestTerms(k, text, r.language()); // one selection serves articles and docs
    return new Retrieved(similar, neighbours, chunks(k, terms, r, IndexSchema.KIND_ARTICLE), chunks(k, terms, r, IndexSchema.KIND_DOC),
        sameLanguage);
  }

  /** The nearest solved tickets by vector among those in the request's language (the drafter's reply must be in it). */
  private List<TicketHit> sameLanguage(IndexSearcher s, SearchRequest r) throws IOException {
    if (r.sameLanguage() == 0 || r.language() == null) return List.of();
    TopDocs inLanguage = s.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, r.vector(), r.sameLanguage(),
        new TermQuery(new Term(IndexSchema.LANG, r.language()))), r.sameLanguage());
    List<TicketHit> hits = new ArrayList<>();
    for (ScoreDoc sd : inLanguage.scoreDocs) hits.add(new TicketHit(readSource(s, sd.doc, SolvedTicket.class), cosine(sd.score)));
    return hits;
  }

  private List<ChunkHit> chunks(IndexSearcher s, Query terms, SearchRequest r, String kind) throws IOException {
    int candidates = r.articles() * 3 + 5;
    TopDocs knn = s.search(new KnnFloatVectorQuery(IndexSchema.VECTOR, r.vector(), candidates, IndexSchema.kind(kind)), candidates);
    return fused(s, knn, topHits(s, within(terms, kind), candidates), r.articles(), r.vector(),
        (doc, sim) -> new ChunkHit(readSource(s, doc, KnowledgeChunk.class), sim), h -> h.chunk().sourceId());
  }

  /**
   * The best {@code n} hits without counting all matches: Lucene's default counts the first 1,000 before it may skip
   * documents that cannot make the top n, and a ticket's terms match thousands.
   */
  private static TopDocs topHits(IndexSearcher s, Query query, int n) throws IOException {
    return s.search(query, new TopScoreDocCollectorManager(n, null, n));
  }

  private static Query within(Query terms, String kind) {
    return new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST).add(IndexSchema.kind(kind), BooleanClause.Occur.FILTER).build();
  }

  @FunctionalInterface
  private interface HitReader<T> {
    T read(int doc, double similarity) throws IOException;
  }

  /** Reciprocal-rank fusion of vector and BM25 results, one hit per source, reporting cosine similarity. */
  private <T> List<T> fused(IndexSearcher s, TopDocs knn, TopDocs bm25, int limit, float[] vector, HitReader<T> reader,
                            Function<T, String> sourceOf) throws IOException {
    Map<Integer, Double> rrf = new HashMap<>();
    Map<Integer, Double> cos = new HashMap<>();
    for (int i = 0; i < knn.scoreDocs.length; i++) {
      rrf.merge(knn.scoreDocs[i].doc, 1.0 / (RRF_K + i + 1), Double::sum);
      cos.put(knn.scoreDocs[i].doc, cosine(knn.scoreDocs[i].score));
    }
    for (int i = 0; i < bm25.scoreDocs.length; i++) rrf.merge(bm25.scoreDocs[i].doc, 1.0 / (RRF_K + i + 1), Double::sum);
    List<Map.Entry<Integer, Double>> ranked = new ArrayList<>(rrf.entrySet());
    ranked.sort(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<T> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Map.Entry<Integer, Double> e : ranked) {
      if (out.size() >= limit) break;
      int doc = e.getKey();
      double sim = cos.containsKey(doc) ? cos.get(doc) : cosineOf(s, doc, vector);
      T hit = reader.read(doc, sim);
      if (seen.add(sourceOf.apply(hit))) out.add(hit);
    }
    return out;
  }

  /**
   * The BM25 query: the text's {@value #MAX_QUERY_TERMS} rarest terms (by document frequency in this corpus) on the
   * language's stemmed field when it has one, else the accent-folded field. Common words match thousands of tickets,
   * cost the most to score and tell the least apart; the statistics looked up here are handed to the query.
   */
  private Query rarestTerms(IndexSearcher s, String text, String language) throws IOException {
    String stemmed = Analyzers.field(language);
    String field = stemmed != null ? stemmed : Analyzers.TEXT;
    Set<BytesRef> unique = new LinkedHashSet<>();
    try (TokenStream tokens = analyzer.tokenStream(field, text)) {
      TermToBytesRefAttribute term = tokens.addAttribute(TermToBytesRefAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) unique.add(BytesRef.deepCopyOf(term.getBytesRef()));
      tokens.end();
    }
    // One terms enumerator per segment serves every term (TermStates.build opens one per term and segment).
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    TermsEnum[] enums = new TermsEnum[leaves.size()];
    for (int i = 0; i < enums.length; i++) {
      Terms terms = leaves.get(i).reader().terms(field);
      enums[i] = terms == null ? null : terms.iterator();
    }
    List<TermQuery> found = new ArrayList<>();
    for (BytesRef bytes : unique) {
      TermStates states = new TermStates(s.getTopReaderContext());
      for (int i = 0; i < enums.length; i++) {
        if (enums[i] != null && enums[i].seekExact(bytes)) {
          states.register(enums[i].termState(), leaves.get(i).ord, enums[i].docFreq(), enums[i].totalTermFreq());
        }
      }
      if (states.docFreq() > 0) found.add(new TermQuery(new Term(field, bytes), states));
    }
    if (found.isEmpty()) return new MatchNoDocsQuery();
    found.sort(Comparator.comparingInt((TermQuery q) -> q.getTermStates().docFreq()));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (TermQuery q : found.subList(0, Math.min(MAX_QUERY_TERMS, found.size()))) query.add(q, BooleanClause.Occur.SHOULD);
    return query.build();
  }

  /** Lucene scores DOT_PRODUCT as (1 + dot) / 2; we report the cosine itself, floored at 0. */
  private static double cosine(float luceneScore) {
    return Math.max(0, Math.round((2.0 * luceneScore - 1.0) * 1000) / 1000.0);
  }

  private static double cosineOf(IndexSearcher s, int doc, float[] query) throws IOException {
    float[] v = vectorOf(s.getIndexReader().leaves(), doc);
    if (v == null) return 0;
    double dot = 0;
    for (int i = 0; i < v.length; i++) dot += v[i] * query[i];
    return Math.max(0, Math.round(dot * 1000) / 1000.0);
  }

  private static float[] vectorOf(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
    if (values == null) return null;
    KnnVectorValues.DocIndexIterator it = values.iterator();
    int local = doc - leaf.docBase;
    return it.advance(local) == local ? values.vectorValue(it.index()).clone() : null;
  }

  /**
   * Parsed sources by (segment, document): decompressing and parsing stored JSON was a third of a search's time.
   * A document's number never changes inside a segment, so entries stay valid; the cap bounds the heap.
   */
  private record SourceKey(Object segment, int doc) {}

  private static final int SOURCE_CACHE_MAX = 20_000;
  private final ConcurrentHashMap<SourceKey, Object> sourceCache = new ConcurrentHashMap<>();

  private <T> T readSource(IndexSearcher s, int doc, Class<T> type) throws IOException {
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    var helper = leaf.reader().getCoreCacheHelper();
    SourceKey key = helper == null ? null : new SourceKey(helper.getKey(), doc - leaf.docBase);
    Object cached = key == null ? null : sourceCache.get(key);
    if (type.isInstance(cached)) return type.cast(cached);
    T value = schema.json.readValue(leaf.reader().storedFields().document(doc - leaf.docBase, Set.of(IndexSchema.SOURCE))
        .getBinaryValue(IndexSchema.SOURCE).bytes, type);
    if (key != null) {
      if (sourceCache.size() >= SOURCE_CACHE_MAX) sourceCache.clear(); // crude, but cheap and bounded
      sourceCache.put(key, value);
    }
    return value;
  }
}
