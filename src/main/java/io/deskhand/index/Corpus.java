package io.deskhand.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexDeletionPolicy;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene directory with its writer. Tickets and articles live in separate corpora: a search for a few hundred
 * article sections must not walk the postings of 100,000 tickets.
 *
 * <p>Two commits are kept on disk: the newest (what a run has written so far, durable so an interrupted run resumes
 * from it) and the published one (what searches see, see {@link PublishedReaders}). The writer's own near-real-time
 * view serves the write side: "is this ticket already in?" and the training data of the next revision.
 */
final class Corpus implements AutoCloseable {
  final Path path;
  final IndexWriter writer;
  private final Directory directory;
  private final KeepPublished commits = new KeepPublished();
  private final SearcherManager written;

  Corpus(Path path, Analyzer analyzer) throws IOException {
    this.path = path;
    Files.createDirectories(path);
    this.directory = FSDirectory.open(path);
    IndexWriterConfig config = new IndexWriterConfig(analyzer);
    config.setRAMBufferSizeMB(48);
    config.setIndexDeletionPolicy(commits);
    // forceMergeDeletes rewrites every segment with a deleted document, not only those over 10% deleted (the
    // default): a ticket deleted or redacted in Zendesk must leave the files, not just the search results
    TieredMergePolicy merges = new TieredMergePolicy();
    merges.setForceMergeDeletesPctAllowed(0);
    config.setMergePolicy(merges);
    this.writer = new IndexWriter(directory, config);
    this.written = new SearcherManager(writer, null);
  }

  @FunctionalInterface
  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code work} on what this writer holds, committed or not (as of the last commit or refresh). */
  <T> T searchWritten(SearcherWork<T> work) throws IOException {
    IndexSearcher s = written.acquire();
    try {
      return work.apply(s);
    } finally {
      written.release(s);
    }
  }

  /** Makes everything written durable (not yet searched: see {@link #publish}); returns the new commit. */
  IndexCommit commit(Map<String, String> userData) throws IOException {
    writer.setLiveCommitData(userData.entrySet());
    writer.commit();
    written.maybeRefreshBlocking();
    return commits.latest;
  }

  /** The newest commit on disk, if any. */
  Optional<IndexCommit> latestCommit() {
    return Optional.ofNullable(commits.latest);
  }

  /** The commit with this generation, if it is still on disk. */
  Optional<IndexCommit> commit(long generation) {
    return commits.all.stream().filter(c -> c.getGeneration() == generation).findFirst().map(c -> (IndexCommit) c);
  }

  /** Keeps {@code published} on disk from now on and lets the commit published before it go. */
  void publish(IndexCommit published) throws IOException {
    commits.published = published == null ? -1 : published.getGeneration();
    writer.deleteUnusedFiles();
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
    written.maybeRefreshBlocking();
    int segments = searchWritten(s -> s.getIndexReader().leaves().size());
    if (segments <= 1 && !writer.hasDeletions()) return false;
    writer.forceMerge(1);
    return true;
  }

  void refreshWritten() throws IOException {
    written.maybeRefreshBlocking();
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
    written.close();
    writer.close();
    directory.close();
  }

  /**
   * Keeps the newest commit and the published one. At start-up every commit stays until the published one is known
   * (the caller reads it from its own record and calls {@link #publish}).
   */
  private static final class KeepPublished extends IndexDeletionPolicy {
    volatile long published = Long.MIN_VALUE;
    volatile IndexCommit latest;
    volatile List<? extends IndexCommit> all = List.of();

    @Override
    public void onInit(List<? extends IndexCommit> commits) {
      all = List.copyOf(commits);
      latest = commits.isEmpty() ? null : commits.get(commits.size() - 1);
      if (published != Long.MIN_VALUE) onCommit(commits);
    }

    @Override
    public void onCommit(List<? extends IndexCommit> commits) {
      IndexCommit newest = commits.get(commits.size() - 1);
      latest = newest;
      if (published == Long.MIN_VALUE) {
        all = List.copyOf(commits);
        return;
      }
      for (IndexCommit c : commits) {
        if (c != newest && c.getGeneration() != published) c.delete();
      }
      all = commits.stream().filter(c -> !c.isDeleted()).map(c -> (IndexCommit) c).toList();
    }
  }
}
