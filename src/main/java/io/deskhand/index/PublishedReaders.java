package io.deskhand.index;

import java.io.IOException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * What searches see: both corpora as of one published commit each, switched together. Runs write and commit
 * underneath (so an interrupted one resumes), and searches keep answering from the previous commits until
 * {@link #publish} swaps in the new pair at once; a search under way finishes on the pair it started with.
 */
final class PublishedReaders extends ReferenceManager<PublishedReaders.View> {

  /** A published pair of commits; null for a corpus that has nothing published. */
  record Target(IndexCommit tickets, IndexCommit knowledge) {
    static final Target NONE = new Target(null, null);
  }

  /** Searchers over one published pair ({@code target} null: over what the writers hold, published or not). */
  record View(IndexSearcher tickets, IndexSearcher knowledge, Target target) {}

  private volatile Target target;

  PublishedReaders() throws IOException {
    this.target = Target.NONE;
    current = new View(new IndexSearcher(new MultiReader()), new IndexSearcher(new MultiReader()), Target.NONE);
  }

  /** Switches searches to {@code next} (blocking until the readers are open). */
  void publish(Target next) throws IOException {
    target = next;
    maybeRefreshBlocking();
  }

  Target target() {
    return target;
  }

  @Override
  protected View refreshIfNeeded(View old) throws IOException {
    Target next = target;
    if (next.equals(old.target())) return null;
    IndexReader tickets = reopen(old.tickets().getIndexReader(), next.tickets());
    try {
      IndexReader knowledge = reopen(old.knowledge().getIndexReader(), next.knowledge());
      return new View(new IndexSearcher(tickets), new IndexSearcher(knowledge), next);
    } catch (IOException | RuntimeException e) {
      tickets.decRef();
      throw e;
    }
  }

  /** A reader at {@code commit}, sharing the unchanged segments of {@code old}; holds its own reference. */
  private static IndexReader reopen(IndexReader old, IndexCommit commit) throws IOException {
    if (commit == null) return new MultiReader();
    if (old instanceof DirectoryReader d) {
      if (commit.equals(d.getIndexCommit())) {
        d.incRef();
        return d;
      }
      DirectoryReader changed = DirectoryReader.openIfChanged(d, commit);
      if (changed != null) return changed;
      d.incRef();
      return d;
    }
    return DirectoryReader.open(commit);
  }

  @Override
  protected void decRef(View v) throws IOException {
    try {
      v.tickets().getIndexReader().decRef();
    } finally {
      v.knowledge().getIndexReader().decRef();
    }
  }

  @Override
  protected boolean tryIncRef(View v) {
    if (!v.tickets().getIndexReader().tryIncRef()) return false;
    if (v.knowledge().getIndexReader().tryIncRef()) return true;
    try {
      v.tickets().getIndexReader().decRef();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return false;
  }

  @Override
  protected int getRefCount(View v) {
    return v.tickets().getIndexReader().getRefCount();
  }
}
