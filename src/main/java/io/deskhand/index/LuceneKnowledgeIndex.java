package io.deskhand.index;

import io.deskhand.embedding.Embedder;
import io.deskhand.ticket.Retrieved;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index behind {@link KnowledgeIndex}, in two corpora under one folder: solved tickets, and article and
 * doc sections. Three parts: the {@link KnowledgeWriter} (writes and commits), the {@link HybridSearcher} (vector
 * plus BM25, fused) and the {@link IndexStatistics}, the last two over the {@linkplain PublishedReaders published}
 * commits. An index opened with {@link #open} publishes each commit as it is made; one opened with
 * {@link #openStaged} searches only what its owner {@linkplain #publish publishes}, so a run's partial writes are
 * durable (it resumes after a crash) but never searched.
 */
public final class LuceneKnowledgeIndex implements KnowledgeIndex, AutoCloseable {
  private final Path path;
  private final Corpus tickets;
  private final Corpus knowledge;
  private final KnowledgeWriter writer;
  private final PublishedReaders published;
  private final HybridSearcher searcher;
  private final IndexStatistics statistics = new IndexStatistics();
  private final boolean publishEachCommit;
  private final boolean rebuilt;
  private final ViewedIndex publishedIndex = new ViewedIndex(this::onPublished);
  private final ViewedIndex writtenIndex = new ViewedIndex(this::onWritten);

  private LuceneKnowledgeIndex(Path path, String modelId, boolean publishEachCommit, boolean rebuilt) throws IOException {
    this.path = path;
    this.publishEachCommit = publishEachCommit;
    this.rebuilt = rebuilt;
    Analyzer analyzer = Analyzers.perField();
    IndexSchema schema = new IndexSchema();
    this.tickets = new Corpus(path.resolve(IndexSchema.TICKETS_DIR), analyzer);
    this.knowledge = new Corpus(path.resolve(IndexSchema.KNOWLEDGE_DIR), analyzer);
    this.writer = new KnowledgeWriter(tickets, knowledge, schema, modelId);
    this.published = new PublishedReaders();
    this.searcher = new HybridSearcher(analyzer, schema);
  }

  /**
   * Opens (or creates) the index at {@code path}, searching its newest commit and each later one as it is made. An
   * index built with another embedding model is rebuilt from its stored sources with the current model, with progress
   * on {@code log}; the old one is kept until that succeeds.
   */
  public static LuceneKnowledgeIndex open(Path path, Embedder embedder, PrintStream log) throws IOException {
    LuceneKnowledgeIndex index = openWith(path, embedder, log, true);
    index.publish(index.latestCommit());
    return index;
  }

  /** As {@link #open}, but nothing is searched until {@link #publish} names the commits to search. */
  public static LuceneKnowledgeIndex openStaged(Path path, Embedder embedder, PrintStream log) throws IOException {
    return openWith(path, embedder, log, false);
  }

  private static LuceneKnowledgeIndex openWith(Path path, Embedder embedder, PrintStream log, boolean publishEachCommit) throws IOException {
    String built = storedModel(path);
    boolean rebuild = built != null && !built.equals(embedder.modelId());
    if (rebuild) {
      log.println("index at " + path + " was built with embedding model " + built + "; rebuilding it with "
          + embedder.modelId() + " from its stored sources");
      rebuild(path, embedder, log);
    }
    return new LuceneKnowledgeIndex(path, embedder.modelId(), publishEachCommit, rebuild);
  }

  /** The embedding model recorded in the index's last commit, or null for a new index. */
  static String storedModel(Path path) throws IOException {
    String fromTickets = storedModelOf(path.resolve(IndexSchema.TICKETS_DIR));
    return fromTickets != null ? fromTickets : storedModelOf(path.resolve(IndexSchema.KNOWLEDGE_DIR));
  }

  private static String storedModelOf(Path path) throws IOException {
    if (!Files.isDirectory(path)) return null;
    try (Directory dir = FSDirectory.open(path)) {
      if (!DirectoryReader.indexExists(dir)) return null;
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        return reader.getIndexCommit().getUserData().get(IndexSchema.MODEL_KEY);
      }
    }
  }

  private static void rebuild(Path path, Embedder embedder, PrintStream log) throws IOException {
    Path fresh = path.resolveSibling(path.getFileName() + ".rebuild");
    deleteTree(fresh);
    try (LuceneKnowledgeIndex target = new LuceneKnowledgeIndex(fresh, embedder.modelId(), true, false)) {
      Map<String, String> recorded = target.writer.rebuildFrom(path, embedder, log);
      target.writer.recordInCommits(recorded);
      target.commit();
      target.mergeSegments();
    }
    Path old = path.resolveSibling(path.getFileName() + ".old");
    deleteTree(old);
    Files.move(path, old, StandardCopyOption.ATOMIC_MOVE);
    Files.move(fresh, path, StandardCopyOption.ATOMIC_MOVE);
    deleteTree(old);
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (var walk = Files.walk(p)) {
      for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }

  public static String ticketUid(long id) {
    return IndexSchema.ticketUid(id);
  }

  /** Adds, replaces and removes documents; see {@link #commit} and {@link #publish}. */
  public KnowledgeWriter writer() {
    return writer;
  }

  /** True when opening rebuilt the index for another embedding model: what it holds now was never published. */
  public boolean rebuilt() {
    return rebuilt;
  }

  /** Makes everything written so far durable (and searched, for an index from {@link #open}). */
  public CommitPoint commit() throws IOException {
    PublishedReaders.Target target = writer.commit();
    if (publishEachCommit) publish(target);
    return CommitPoint.of(target);
  }

  /**
   * Rewrites the segments still holding deleted or replaced documents, then commits. Lucene only marks such a
   * document deleted and keeps its stored text on disk until a merge; after a sync removed or replaced tickets that
   * text must really go (issue 4). Costs a rewrite of the affected segments, so call it once at the end of a run.
   */
  public void expungeDeletes() throws IOException {
    if (writer.expungeDeletes()) commit();
  }

  /**
   * Merges each corpus into one segment, then commits; true when there was anything to merge. A search walks one HNSW
   * graph and one term dictionary per segment: 20,000 tickets in six segments took 0.86 ms per query at the median,
   * in one 0.23 ms (`bench`, eval/RESULTS.md). Lucene grows the merged graph from the largest segment's, so this costs
   * seconds, not a rebuild; bulk writes (ingest, sync, the demo load) end with it.
   */
  public boolean mergeSegments() throws IOException {
    boolean merged = writer.mergeSegments();
    if (merged) commit();
    return merged;
  }

  /** The newest durable state, published or not. */
  public CommitPoint latestCommit() {
    return CommitPoint.of(writer.latest());
  }

  /** The state searches see now. */
  public CommitPoint published() {
    return CommitPoint.of(published.target());
  }

  /**
   * Switches every search to {@code point} at once (both corpora together) and lets the previously published commit
   * go from disk; false, and nothing changes, when {@code point} is no longer on disk.
   */
  public boolean publish(CommitPoint point) throws IOException {
    var target = writer.commits(point);
    if (target.isEmpty()) return false;
    publish(target.get());
    return true;
  }

  private void publish(PublishedReaders.Target target) throws IOException {
    published.publish(target);
    writer.publish(target);
  }

  @FunctionalInterface
  private interface ViewWork<T> {
    T apply(PublishedReaders.View view) throws IOException;
  }

  /** Runs work on one view of both corpora, held for the work's length. */
  private interface Views {
    <T> T on(ViewWork<T> work) throws IOException;
  }

  /** Search and statistics over one source of views: the published commits, or what is written. */
  private final class ViewedIndex implements KnowledgeIndex {
    private final Views views;

    ViewedIndex(Views views) {
      this.views = views;
    }

    <T> T on(ViewWork<T> work) {
      try {
        return views.on(work);
      } catch (IOException e) {
        throw new UncheckedIOException("index search failed", e);
      }
    }

    @Override
    public Retrieved search(SearchRequest r) {
      return on(view -> searcher.search(view, r));
    }

    @Override
    public IndexCounts counts() {
      return on(statistics::counts);
    }

    @Override
    public long documentsInLanguage(String language) {
      return on(view -> statistics.documentsInLanguage(view, language));
    }
  }

  private <T> T onPublished(ViewWork<T> work) throws IOException {
    PublishedReaders.View view = published.acquire();
    try {
      return work.apply(view);
    } finally {
      published.release(view);
    }
  }

  private <T> T onWritten(ViewWork<T> work) throws IOException {
    return tickets.searchWritten(t -> knowledge.searchWritten(k -> work.apply(new PublishedReaders.View(t, k, null))));
  }

  /**
   * Searches everything written, published or not: the revision being built, for what is fitted on it before it is
   * published (a model must learn from the index it will be used with). As of the last commit.
   */
  public KnowledgeIndex written() {
    return writtenIndex;
  }

  @Override
  public Retrieved search(SearchRequest r) {
    return publishedIndex.search(r);
  }

  @Override
  public IndexCounts counts() {
    return publishedIndex.counts();
  }

  @Override
  public long documentsInLanguage(String language) {
    return publishedIndex.documentsInLanguage(language);
  }

  /** Segments in the tickets corpus, as searches see them. */
  int ticketSegments() {
    return publishedIndex.on(statistics::ticketSegments);
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
      published.close();
    }
  }
}
