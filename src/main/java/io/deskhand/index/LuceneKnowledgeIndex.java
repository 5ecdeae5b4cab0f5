package io.deskhand.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.deskhand.classify.LabelledTicket;
import io.deskhand.embedding.Embedder;
import io.deskhand.progress.Progress;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.KnowledgeChunk;
import io.deskhand.ticket.Retrieved;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * One Lucene index holding solved tickets, article sections and doc sections: an HNSW vector (dot product on unit
 * vectors) and BM25 text fields per document, fused by reciprocal rank. Re-ingesting a source replaces it (its
 * uid); a content hash lets an interrupted ingest resume without re-embedding. Searches go through a
 * near-real-time SearcherManager, so triage keeps working while ingest writes.
 */
public final class LuceneKnowledgeIndex implements KnowledgeIndex, AutoCloseable {
  static final String UID = "uid";
  static final String SOURCE_UID = "source_uid";
  static final String KIND = "kind";
  static final String LANG = "lang";
  static final String HASH = "hash";
  static final String SOURCE = "source";
  static final String VECTOR = "vector";
  static final String PRIMARY = "primary";
  static final String CREATED = "created";
  static final String MODEL_KEY = "embedding_model";
  static final String KIND_TICKET = "ticket";
  static final String KIND_ARTICLE = "article";
  static final String KIND_DOC = "doc";
  /** Reciprocal rank fusion constant from Cormack et al. (2009). */
  private static final int RRF_K = 60;
  /**
   * BM25 sees the start of the ticket only: its cost grows with every query term, and the subject and first
   * sentences carry the request (the vector covers the rest).
   */
  private static final int MAX_QUERY_CHARS = 260;
  private static final int MAX_QUERY_TERMS = 12;

  private final Path path;
  static final String TICKETS_DIR = "tickets";
  static final String KNOWLEDGE_DIR = "knowledge";

  private final Analyzer analyzer = Analyzers.perField();
  private final Corpus tickets;
  private final Corpus knowledge;
  private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
      .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
  private final String modelId;

  private LuceneKnowledgeIndex(Path path, String modelId) throws IOException {
    this.path = path;
    this.modelId = modelId;
    this.tickets = new Corpus(path.resolve(TICKETS_DIR), analyzer);
    this.knowledge = new Corpus(path.resolve(KNOWLEDGE_DIR), analyzer);
  }

  private Corpus corpusOf(String uid) {
    return uid.startsWith(KIND_TICKET + ":") ? tickets : knowledge;
  }

  /**
   * Opens (or creates) the index at {@code path}. An index built with another embedding model is rebuilt from its
   * stored sources with the current model, with progress on {@code log}; the old one is kept until that succeeds.
   */
  public static LuceneKnowledgeIndex open(Path path, Embedder embedder, PrintStream log) throws IOException {
    String built = storedModel(path);
    if (built != null && !built.equals(embedder.modelId())) {
      log.println("index at " + path + " was built with embedding model " + built + "; rebuilding it with "
          + embedder.modelId() + " from its stored sources");
      rebuild(path, embedder, log);
    }
    return new LuceneKnowledgeIndex(path, embedder.modelId());
  }

  /** The embedding model recorded in the index's last commit, or null for a new index. */
  static String storedModel(Path path) throws IOException {
    String fromTickets = storedModelOf(path.resolve(TICKETS_DIR));
    return fromTickets != null ? fromTickets : storedModelOf(path.resolve(KNOWLEDGE_DIR));
  }

  private static String storedModelOf(Path path) throws IOException {
    if (!Files.isDirectory(path)) return null;
    try (Directory dir = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(dir)) return null;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return reader.getIndexCommit().getUserData().get(MODEL_KEY);
      }
    }
  }

  private static void rebuild(Path path, Embedder embedder, PrintStream log) throws IOException {
    Path fresh = path.resolveSibling(path.getFileName() + ".rebuild");
    deleteTree(fresh);
    try (LuceneKnowledgeIndex target = new LuceneKnowledgeIndex(fresh, embedder.modelId())) {
      for (String corpus : List.of(TICKETS_DIR, KNOWLEDGE_DIR)) {
        Path dirPath = path.resolve(corpus);
        if (!Files.isDirectory(dirPath)) continue;
        try (Directory dir = FSDirectory.open(dirPath)) {
          if (!DirectoryReader.indexExists(dir)) continue;
          try (DirectoryReader reader = DirectoryReader.open(dir)) {
            Progress progress = new Progress("rebuild index (" + corpus + ")", reader.numDocs(), log);
            List<Document> batch = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
              StoredFields stored = leaf.reader().storedFields();
              var live = leaf.reader().getLiveDocs();
              for (int d = 0; d < leaf.reader().maxDoc(); d++) {
                if (live != null && !live.get(d)) continue;
                batch.add(stored.document(d));
                if (batch.size() == 256) {
                  target.reembed(batch, embedder);
                  progress.advance(batch.size());
                  batch.clear();
                }
              }
            }
            target.reembed(batch, embedder);
            progress.advance(batch.size());
            progress.finish();
          }
        }
      }
      target.commit();
      target.mergeSegments();
    }
    Path old = path.resolveSibling(path.getFileName() + ".old");
    deleteTree(old);
    Files.move(path, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(fresh, path, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  private void reembed(List<Document> stored, Embedder embedder) throws IOException {
    if (stored.isEmpty()) return;
    List<String> texts = new ArrayList<>();
    for (Document d : stored) texts.add(embeddingText(d.get(KIND), d.getBinaryValue(SOURCE).utf8ToString()));
    List<float[]> vectors = embedder.embedAll(texts);
    for (int i = 0; i < stored.size(); i++) {
      Document d = stored.get(i);
      String source = d.getBinaryValue(SOURCE).utf8ToString();
      if (KIND_TICKET.equals(d.get(KIND))) {
        putTicket(json.readValue(source, SolvedTicket.class), vectors.get(i), d.get(HASH));
      } else {
        KnowledgeChunk c = json.readValue(source, KnowledgeChunk.class);
        knowledge.writer.updateDocument(new Term(UID, d.get(UID)), chunkDocument(d.get(UID), d.get(SOURCE_UID), c, vectors.get(i), d.get(HASH)));
      }
    }
  }

  private String embeddingText(String kind, String source) throws JsonProcessingException {
    return KIND_TICKET.equals(kind) ? json.readValue(source, SolvedTicket.class).requestText()
        : chunkEmbeddingText(json.readValue(source, KnowledgeChunk.class));
  }

  /** Text embedded for a ticket: what the customer asked (a new ticket has no answer to compare with). */
  public static String ticketEmbeddingText(SolvedTicket t) {
    return t.requestText();
  }

  public static String chunkEmbeddingText(KnowledgeChunk c) {
    return c.title().isBlank() ? c.text() : c.title() + "\n" + c.text();
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (var walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }

  // ---- writing ----

  public static String ticketUid(long id) {
    return KIND_TICKET + ":" + id;
  }

  /** True when the document with this uid exists with this content hash (so it need not be embedded again). */
  public boolean isCurrent(String uid, String hash) throws IOException {
    return corpusOf(uid).search(s -> {
      TopDocs top = s.search(new TermQuery(new Term(UID, uid)), 1);
      return top.scoreDocs.length > 0 && hash.equals(s.storedFields().document(top.scoreDocs[0].doc).get(HASH));
    });
  }

  public void putTicket(SolvedTicket t, float[] vector, String hash) throws IOException {
    Document d = new Document();
    String uid = ticketUid(t.id());
    d.add(new StringField(UID, uid, Field.Store.YES));
    d.add(new StringField(SOURCE_UID, uid, Field.Store.YES));
    d.add(new StringField(KIND, KIND_TICKET, Field.Store.YES));
    d.add(new StringField(PRIMARY, "1", Field.Store.NO));
    d.add(new StringField(LANG, t.language(), Field.Store.YES));
    d.add(new StringField(HASH, hash, Field.Store.YES));
    d.add(new NumericDocValuesField(CREATED, t.createdAt().toEpochMilli()));
    addText(d, t.subject() + "\n" + t.customerText() + "\n" + t.resolution(), t.language());
    d.add(new StoredField(SOURCE, json.writeValueAsBytes(t)));
    d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    tickets.writer.updateDocument(new Term(UID, uid), d);
  }

  /** Replaces every section of one article or doc. */
  public void putChunks(String sourceUid, List<KnowledgeChunk> chunks, List<float[]> vectors, String hash) throws IOException {
    knowledge.writer.deleteDocuments(new Term(SOURCE_UID, sourceUid));
    for (int i = 0; i < chunks.size(); i++) {
      knowledge.writer.addDocument(chunkDocument(sourceUid + "#" + i, sourceUid, chunks.get(i), vectors.get(i), hash));
    }
  }

  /** Removes a ticket, article or doc (all its sections). */
  public void delete(String sourceUid) throws IOException {
    corpusOf(sourceUid).writer.deleteDocuments(new Term(SOURCE_UID, sourceUid));
  }

  private Document chunkDocument(String uid, String sourceUid, KnowledgeChunk c, float[] vector, String hash) throws IOException {
    Document d = new Document();
    d.add(new StringField(UID, uid, Field.Store.YES));
    d.add(new StringField(SOURCE_UID, sourceUid, Field.Store.YES));
    d.add(new StringField(KIND, c.kind() == KnowledgeChunk.Kind.ARTICLE ? KIND_ARTICLE : KIND_DOC, Field.Store.YES));
    if (c.chunk() == 0) d.add(new StringField(PRIMARY, "1", Field.Store.NO));
    d.add(new StringField(LANG, c.language(), Field.Store.YES));
    d.add(new StringField(HASH, hash, Field.Store.YES));
    addText(d, c.title() + "\n" + c.text(), c.language());
    d.add(new StoredField(SOURCE, json.writeValueAsBytes(c)));
    d.add(new KnnFloatVectorField(VECTOR, vector, VectorSimilarityFunction.DOT_PRODUCT));
    return d;
  }

  private static void addText(Document d, String text, String language) {
    d.add(new TextField(Analyzers.TEXT, text, Field.Store.NO));
    String stemmed = Analyzers.field(language);
    if (stemmed != null) d.add(new TextField(stemmed, text, Field.Store.NO));
  }

  /**
   * Rewrites the segments still holding deleted or replaced documents, then commits. Lucene only marks such a
   * document deleted and keeps its stored text on disk until a merge; after a sync removed or replaced tickets that
   * text must really go (issue 4). Costs a rewrite of the affected segments, so call it once at the end of a run.
   */
  public void expungeDeletes() throws IOException {
    boolean tickets = this.tickets.expungeDeletes();
    boolean knowledge = this.knowledge.expungeDeletes();
    if (tickets || knowledge) commit();
  }

  /**
   * Merges each corpus into one segment, then commits; true when there was anything to merge. A search walks one HNSW
   * graph and one term dictionary per segment: 20,000 tickets in six segments took 0.86 ms per query at the median,
   * in one 0.23 ms (`bench`, eval/RESULTS.md). Lucene grows the merged graph from the largest segment's, so this costs
   * seconds, not a rebuild; bulk writes (ingest, sync, the demo load) end with it.
   */
  public boolean mergeSegments() throws IOException {
    boolean tickets = this.tickets.mergeSegments();
    boolean knowledge = this.knowledge.mergeSegments();
    if (tickets || knowledge) commit();
    return tickets || knowledge;
  }

  /** Empties both corpora (the bundled demo making way for a team's own data), durably. */
  public void deleteAll() throws IOException {
    tickets.writer.deleteAll();
    knowledge.writer.deleteAll();
    commit();
    sourceCache.clear();
  }

  /** Segments in the tickets corpus, as searches see them. */
  int ticketSegments() throws IOException {
    return tickets.search(s -> s.getIndexReader().leaves().size());
  }

  /** Makes everything written so far durable and visible to searches. */
  public void commit() throws IOException {
    tickets.commit(Map.of(MODEL_KEY, modelId));
    knowledge.commit(Map.of(MODEL_KEY, modelId));
  }

  // ---- reading ----

  @Override
  public Retrieved search(SearchRequest r) {
    try {
      String text = r.text().length() > MAX_QUERY_CHARS ? r.text().substring(0, MAX_QUERY_CHARS) : r.text();
      Retrieved fromTickets = tickets.search(s -> {
        int candidates = Math.max(r.tickets(), r.neighbours()) * 2 + 5;
        TopDocs knn = s.search(new KnnFloatVectorQuery(VECTOR, r.vector(), candidates), candidates);
        List<TicketHit> neighbours = new ArrayList<>();
        for (int i = 0; i < Math.min(r.neighbours(), knn.scoreDocs.length); i++) {
          ScoreDoc sd = knn.scoreDocs[i];
          neighbours.add(new TicketHit(readSource(s, sd.doc, SolvedTicket.class), cosine(sd.score)));
        }
        // the tickets corpus holds only solved tickets: its BM25 needs no filter
        TopDocs bm25 = topHits(s, rarestTerms(s, text, r.language()), candidates);
        List<TicketHit> similar = fused(s, knn, bm25, r.tickets(), r.vector(),
            (doc, sim) -> new TicketHit(readSource(s, doc, SolvedTicket.class), sim), h -> ticketUid(h.ticket().id()));
        List<TicketHit> sameLanguage = new ArrayList<>();
        if (r.sameLanguage() > 0 && r.language() != null) {
          TopDocs inLanguage = s.search(new KnnFloatVectorQuery(VECTOR, r.vector(), r.sameLanguage(),
              new TermQuery(new Term(LANG, r.language()))), r.sameLanguage());
          for (ScoreDoc sd : inLanguage.scoreDocs) sameLanguage.add(new TicketHit(readSource(s, sd.doc, SolvedTicket.class), cosine(sd.score)));
        }
        return new Retrieved(similar, neighbours, List.of(), List.of(), sameLanguage);
      });
      if (r.articles() == 0) return fromTickets;
      return knowledge.search(s -> {
        Query terms = rarestTerms(s, text, r.language()); // one selection serves articles and docs
        return new Retrieved(fromTickets.similarTickets(), fromTickets.neighbours(),
            chunks(s, terms, r, KIND_ARTICLE), chunks(s, terms, r, KIND_DOC), fromTickets.sameLanguage());
      });
    } catch (IOException e) {
      throw new UncheckedIOException("index search failed", e);
    }
  }

  private List<ChunkHit> chunks(IndexSearcher s, Query terms, SearchRequest r, String kind) throws IOException {
    int candidates = r.articles() * 3 + 5;
    TopDocs knn = s.search(new KnnFloatVectorQuery(VECTOR, r.vector(), candidates, kind(kind)), candidates);
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
    return new BooleanQuery.Builder().add(terms, BooleanClause.Occur.MUST).add(kind(kind), BooleanClause.Occur.FILTER).build();
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

  private static Query kind(String kind) {
    return new TermQuery(new Term(KIND, kind));
  }

  /** Lucene scores DOT_PRODUCT as (1 + dot) / 2; we report the cosine itself, floored at 0. */
  private static double cosine(float luceneScore) {
    return Math.max(0, Math.round((2.0 * luceneScore - 1.0) * 1000) / 1000.0);
  }

  private double cosineOf(IndexSearcher s, int doc, float[] query) throws IOException {
    float[] v = vectorOf(s.getIndexReader().leaves(), doc);
    if (v == null) return 0;
    double dot = 0;
    for (int i = 0; i < v.length; i++) dot += v[i] * query[i];
    return Math.max(0, Math.round(dot * 1000) / 1000.0);
  }

  private static float[] vectorOf(List<LeafReaderContext> leaves, int doc) throws IOException {
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
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
    T value = json.readValue(leaf.reader().storedFields().document(doc - leaf.docBase, Set.of(SOURCE)).getBinaryValue(SOURCE).bytes, type);
    if (key != null) {
      if (sourceCache.size() >= SOURCE_CACHE_MAX) sourceCache.clear(); // crude, but cheap and bounded
      sourceCache.put(key, value);
    }
    return value;
  }

  @Override
  public IndexCounts counts() {
    try {
      long ticketCount = tickets.search(s -> (long) s.count(primary(KIND_TICKET)));
      return knowledge.search(s -> new IndexCounts(ticketCount, s.count(primary(KIND_ARTICLE)), s.count(primary(KIND_DOC))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Query primary(String kind) {
    return new BooleanQuery.Builder().add(kind(kind), BooleanClause.Occur.FILTER)
        .add(new TermQuery(new Term(PRIMARY, "1")), BooleanClause.Occur.FILTER).build();
  }

  /** Per-language document counts for one pair of index snapshots (each triage asks; the answer only changes on refresh). */
  private record LanguageCounts(Object ticketsKey, Object knowledgeKey, Map<String, Long> counts) {}

  private final AtomicReference<LanguageCounts> languageCounts = new AtomicReference<>();

  @Override
  public long documentsInLanguage(String language) {
    try {
      return tickets.search(ts -> knowledge.search(ks -> {
        Object tk = ts.getIndexReader().getReaderCacheHelper().getKey();
        Object kk = ks.getIndexReader().getReaderCacheHelper().getKey();
        LanguageCounts c = languageCounts.get();
        if (c == null || c.ticketsKey() != tk || c.knowledgeKey() != kk) {
          c = new LanguageCounts(tk, kk, new ConcurrentHashMap<>());
          languageCounts.set(c);
        }
        Long n = c.counts().get(language);
        if (n == null) {
          Query q = new TermQuery(new Term(LANG, language));
          n = (long) ts.count(q) + ks.count(q);
          c.counts().put(language, n);
        }
        return n;
      }));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The newest {@code max} solved tickets with their stored embeddings, as training data. */
  public List<LabelledTicket> labelledTickets(int max) throws IOException {
    tickets.refresh();
    return tickets.search(s -> {
      TopDocs newest = s.search(kind(KIND_TICKET), Math.max(1, max), new Sort(new SortField(CREATED, SortField.Type.LONG, true)));
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      Map<Integer, TreeMap<Integer, Integer>> byLeaf = new LinkedHashMap<>(); // leaf -> local doc -> position
      for (int i = 0; i < newest.scoreDocs.length; i++) {
        int doc = newest.scoreDocs[i].doc;
        int leaf = ReaderUtil.subIndex(doc, leaves);
        byLeaf.computeIfAbsent(leaf, k -> new TreeMap<>()).put(doc - leaves.get(leaf).docBase, i);
      }
      LabelledTicket[] out = new LabelledTicket[newest.scoreDocs.length];
      for (var e : byLeaf.entrySet()) {
        LeafReaderContext leaf = leaves.get(e.getKey());
        FloatVectorValues values = leaf.reader().getFloatVectorValues(VECTOR);
        KnnVectorValues.DocIndexIterator it = values.iterator();
        StoredFields stored = leaf.reader().storedFields();
        for (var docPos : e.getValue().entrySet()) {
          int local = docPos.getKey();
          if (it.docID() < local && it.advance(local) == DocIdSetIterator.NO_MORE_DOCS) break;
          if (it.docID() != local) continue;
          float[] v = values.vectorValue(it.index()).clone();
          SolvedTicket t = json.readValue(stored.document(local, Set.of(SOURCE)).getBinaryValue(SOURCE).bytes, SolvedTicket.class);
          out[docPos.getValue()] = new LabelledTicket(t.id(), t.requestText(), v, t.labels(), t.tags());
        }
      }
      List<LabelledTicket> list = new ArrayList<>();
      for (LabelledTicket t : out) if (t != null) list.add(t);
      return list;
    });
  }

  public Path path() {
    return path;
  }

  public long sizeOnDiskBytes() throws IOException {
    return tickets.sizeBytes() + knowledge.sizeBytes();
  }

  @Override
  public void close() throws IOException {
    try (Corpus t = tickets; Corpus k = knowledge) {
      // both closed, even when one fails
    }
  }

}
