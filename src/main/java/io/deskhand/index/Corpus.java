package io.deskhand.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene directory with its writer and near-real-time searcher manager. Tickets and articles live in separate
 * corpora: a search for a few hundred article sections must not walk the postings of 100,000 tickets.
 */
final class Corpus implements AutoCloseable {
  final Path path;
  final IndexWriter writer;
  private final Directory directory;
  private final SearcherManager manager;

  Corpus(Path path, Analyzer analyzer) throws IOException {
    this.path = path;
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(48);
    // forceMergeDeletes rewrites every segment with a deleted document, not only those over 10% deleted (the
    // default): a ticket deleted or redacted in Zendesk must leave the files, not just the search results
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setForceMergeDeletesPctAllowed(0);
    config.setMergePolicy(merges);
    this.writer = new IndexWriter(directory, config);
    this.manager = new SearcherManager(writer, null);
  }

  @FunctionalInterface
  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  <T> T search(SearcherWork<T> work) throws IOException {
    IndexSearcher s = manager.acquire();
    try {
      return work.apply(s);
    } finally {
      manager.release(s);
    }
  }

  void commit(Map<String, String> userData) throws IOException {
    writer.setLiveCommitData(userData.entrySet());
    writer.commit();
    manager.maybeRefreshBlocking();
  }

  /** Merges away the deleted documents' bytes, if there are any; true when it did. */
  boolean expungeDeletes() throws IOException {
    if (!writer.hasDeletions()) return false;
    writer.forceMergeDeletes(true);
    return true;
  }

  /**
   * Merges the corpus into one segment when it has several, or deleted documents; true when it did. Call
   * {@link #commit} after it.
   */
  boolean mergeSegments() throws IOException {
    int segments = search(s -> s.getIndexReader().leaves().size());
    if (segments <= 1 && !writer.hasDeletions()) return false;
    writer.forceMerge(1);
    return true;
  }

  void refresh() throws IOException {
    manager.maybeRefreshBlocking();
  }

  long sizeBytes() throws IOException {
    long total = 0;
    for (String f : directory.listAll()) {
      try {
        total += directory.fileLength(f);
      } catch (IOException | RuntimeException e) {
        // a file merged away between list and length
      }
    }
    return total;
  }

  @Override
  public void close() throws IOException {
    manager.close();
    writer.close();
    directory.close();
  }
}
