package io.deskhand.index;

import io.deskhand.embedding.Embedder;
import io.deskhand.progress.Progress;
import io.deskhand.ticket.KnowledgeChunk;
import io.deskhand.ticket.SolvedTicket;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The write side of the index: puts and removes tickets, article and doc sections, commits them durably, and reads
 * back what it wrote (whether a source is current, the newest tickets to train on). Nothing written here is searched
 * until the commit holding it is published ({@link LuceneKnowledgeIndex#publish}).
 */
public final class KnowledgeWriter {
  private final Corpus tickets;
  private final Corpus knowledge;
  private final IndexSchema schema;
  private final String modelId;
  /** Recorded in every commit (e.g. the revision a run is building), next to the embedding model. */
  private volatile Map<String, String> commitData = Map.of();

  KnowledgeWriter(Corpus tickets, Corpus knowledge, IndexSchema schema, String modelId) {
    this.tickets = tickets;
    this.knowledge = knowledge;
    this.schema = schema;
    this.modelId = modelId;
  }

  /** A solved ticket as stored, with its embedding. */
  public record StoredTicket(SolvedTicket ticket, float[] vector) {}

  private Corpus corpusOf(String uid) {
    return IndexSchema.isTicket(uid) ? tickets : knowledge;
  }

  /** True when the document with this uid exists with this content hash (so it need not be embedded again). */
  public boolean isCurrent(String uid, String hash) throws IOException {
    return corpusOf(uid).searchWritten(s -> {
      TopDocs top = s.search(new TermQuery(new Term(IndexSchema.UID, uid)), 1);
      return top.scoreDocs.length > 0 && hash.equals(s.storedFields().document(top.scoreDocs[0].doc).get(IndexSchema.HASH));
    });
  }

  public void putTicket(SolvedTicket t, float[] vector, String hash) throws IOException {
    tickets.writer.updateDocument(new Term(IndexSchema.UID, IndexSchema.ticketUid(t.id())), schema.ticket(t, vector, hash));
  }

  /** Replaces every section of one article or doc. */
  public void putChunks(String sourceUid, List<KnowledgeChunk> chunks, List<float[]> vectors, String hash) throws IOException {
    knowledge.writer.deleteDocuments(new Term(IndexSchema.SOURCE_UID, sourceUid));
    for (int i = 0; i < chunks.size(); i++) {
      knowledge.writer.addDocument(schema.chunk(sourceUid + "#" + i, sourceUid, chunks.get(i), vectors.get(i), hash));
    }
  }

  /** Removes a ticket, article or doc (all its sections). */
  public void delete(String sourceUid) throws IOException {
    corpusOf(sourceUid).writer.deleteDocuments(new Term(IndexSchema.SOURCE_UID, sourceUid));
  }

  public void deleteTicket(long id) throws IOException {
    delete(IndexSchema.ticketUid(id));
  }

  /** Empties both corpora (the bundled demo making way for a team's own data); durable at the next commit. */
  public void deleteAll() throws IOException {
    tickets.writer.deleteAll();
    knowledge.writer.deleteAll();
  }

  /** Data recorded in every following commit (replaces what was set before); the embedding model is always there. */
  public void recordInCommits(Map<String, String> data) {
    commitData = Map.copyOf(data);
  }

  /** The data recorded in the newest commit of the tickets corpus (empty for a new index). */
  public Map<String, String> latestCommitData() throws IOException {
    var latest = tickets.latestCommit();
    return latest.isPresent() ? latest.get().getUserData() : Map.of();
  }

  /** Durable, not yet searched: returns the commits to publish. */
  PublishedReaders.Target commit() throws IOException {
    Map<String, String> data = new LinkedHashMap<>(commitData);
    data.put(IndexSchema.MODEL_KEY, modelId);
    return new PublishedReaders.Target(tickets.commit(data), knowledge.commit(data));
  }

  PublishedReaders.Target latest() {
    return new PublishedReaders.Target(tickets.latestCommit().orElse(null), knowledge.latestCommit().orElse(null));
  }

  /** True when either corpus has deleted documents still on disk; merges them away (see LuceneKnowledgeIndex). */
  boolean expungeDeletes() throws IOException {
    boolean t = tickets.expungeDeletes();
    boolean k = knowledge.expungeDeletes();
    return t || k;
  }

  boolean mergeSegments() throws IOException {
    boolean t = tickets.mergeSegments();
    boolean k = knowledge.mergeSegments();
    return t || k;
  }

  /** Tickets, articles and docs written so far (committed), published or not. */
  public IndexCounts writtenCounts() throws IOException {
    long t = tickets.searchWritten(s -> (long) s.count(IndexSchema.primary(IndexSchema.KIND_TICKET)));
    return knowledge.searchWritten(s -> new IndexCounts(t, s.count(IndexSchema.primary(IndexSchema.KIND_ARTICLE)),
        s.count(IndexSchema.primary(IndexSchema.KIND_DOC))));
  }

  /** The newest {@code max} solved tickets written, with their stored embeddings: the training data of a revision. */
  public List<StoredTicket> newestTickets(int max) throws IOException {
    tickets.refreshWritten();
    return tickets.searchWritten(s -> {
      TopDocs newest = s.search(IndexSchema.kind(IndexSchema.KIND_TICKET), Math.max(1, max),
          new Sort(new SortField(IndexSchema.CREATED, SortField.Type.LONG, true)));
      List<LeafReaderContext> leaves = s.getIndexReader().leaves();
      Map<Integer, TreeMap<Integer, Integer>> byLeaf = new LinkedHashMap<>(); // leaf -> local doc -> position
      for (int i = 0; i < newest.scoreDocs.length; i++) {
        int doc = newest.scoreDocs[i].doc;
        int leaf = ReaderUtil.subIndex(doc, leaves);
        byLeaf.computeIfAbsent(leaf, k -> new TreeMap<>()).put(doc - leaves.get(leaf).docBase, i);
      }
      StoredTicket[] out = new StoredTicket[newest.scoreDocs.length];
      for (var e : byLeaf.entrySet()) {
        LeafReaderContext leaf = leaves.get(e.getKey());
        FloatVectorValues values = leaf.reader().getFloatVectorValues(IndexSchema.VECTOR);
        KnnVectorValues.DocIndexIterator it = values.iterator();
        StoredFields stored = leaf.reader().storedFields();
        for (var docPos : e.getValue().entrySet()) {
          int local = docPos.getKey();
          if (it.docID() < local && it.advance(local) == DocIdSetIterator.NO_MORE_DOCS) break;
          if (it.docID() != local) continue;
          float[] v = values.vectorValue(it.index()).clone();
          SolvedTicket t = schema.json.readValue(stored.document(local, Set.of(IndexSchema.SOURCE)).getBinaryValue(IndexSchema.SOURCE).bytes,
              SolvedTicket.class);
          out[docPos.getValue()] = new StoredTicket(t, v);
        }
      }
      List<StoredTicket> list = new ArrayList<>();
      for (StoredTicket t : out) if (t != null) list.add(t);
      return list;
    });
  }

  /**
   * Writes every document of the index at {@code old} (its newest commit) here, embedded with {@code embedder}, and
   * returns that commit's recorded data (to record again).
   */
  Map<String, String> rebuildFrom(Path old, Embedder embedder, PrintStream log) throws IOException {
    Map<String, String> data = Map.of();
    for (String corpus : List.of(IndexSchema.TICKETS_DIR, IndexSchema.KNOWLEDGE_DIR)) {
      Path dirPath = old.resolve(corpus);
      if (!Files.isDirectory(dirPath)) continue;
      try (Directory dir = FSDirectory.open(dirPath)) {
        if (!DirectoryReader.indexExists(dir)) continue;
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
          if (corpus.equals(IndexSchema.TICKETS_DIR)) data = reader.getIndexCommit().getUserData();
          Progress progress = new Progress("rebuild index (" + corpus + ")", reader.numDocs(), log);
          List<Document> batch = new ArrayList<>();
          for (LeafReaderContext leaf : reader.leaves()) {
            StoredFields stored = leaf.reader().storedFields();
            var live = leaf.reader().getLiveDocs();
            for (int d = 0; d < leaf.reader().maxDoc(); d++) {
              if (live != null && !live.get(d)) continue;
              batch.add(stored.document(d));
              if (batch.size() == 256) {
                reembed(batch, embedder);
                progress.advance(batch.size());
                batch.clear();
              }
            }
          }
          reembed(batch, embedder);
          progress.advance(batch.size());
          progress.finish();
        }
      }
    }
    return data;
  }

  private void reembed(List<Document> stored, Embedder embedder) throws IOException {
    if (stored.isEmpty()) return;
    List<String> texts = new ArrayList<>();
    for (Document d : stored) texts.add(schema.embeddingText(d.get(IndexSchema.KIND), d.getBinaryValue(IndexSchema.SOURCE).utf8ToString()));
    List<float[]> vectors = embedder.embedAll(texts);
    for (int i = 0; i < stored.size(); i++) {
      Document d = stored.get(i);
      String source = d.getBinaryValue(IndexSchema.SOURCE).utf8ToString();
      if (IndexSchema.KIND_TICKET.equals(d.get(IndexSchema.KIND))) {
        putTicket(schema.json.readValue(source, SolvedTicket.class), vectors.get(i), d.get(IndexSchema.HASH));
      } else {
        KnowledgeChunk c = schema.json.readValue(source, KnowledgeChunk.class);
        knowledge.writer.updateDocument(new Term(IndexSchema.UID, d.get(IndexSchema.UID)),
            schema.chunk(d.get(IndexSchema.UID), d.get(IndexSchema.SOURCE_UID), c, vectors.get(i), d.get(IndexSchema.HASH)));
      }
    }
  }

  /** The commit of each corpus with these generations, if both are on disk. */
  Optional<PublishedReaders.Target> commits(CommitPoint point) {
    Optional<IndexCommit> t = point.tickets() < 0 ? Optional.empty() : tickets.commit(point.tickets());
    Optional<IndexCommit> k = point.knowledge() < 0 ? Optional.empty() : knowledge.commit(point.knowledge());
    if ((point.tickets() >= 0 && t.isEmpty()) || (point.knowledge() >= 0 && k.isEmpty())) return Optional.empty();
    return Optional.of(new PublishedReaders.Target(t.orElse(null), k.orElse(null)));
  }

  void publish(PublishedReaders.Target target) throws IOException {
    tickets.publish(target.tickets());
    knowledge.publish(target.knowledge());
  }
}
