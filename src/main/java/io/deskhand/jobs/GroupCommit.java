package io.deskhand.jobs;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Group commit (issue 15): concurrent callers' items are written in one transaction, and each caller returns only
 * once the transaction holding its item has committed. There is no writer thread: the first caller to find no commit
 * under way becomes the leader, takes every item queued so far (its own included) and commits them; callers arriving
 * meanwhile wait, and when the leader is done one of those still waiting leads the next batch with whatever arrived
 * during the commit. A caller alone therefore commits on its own thread with no hand-off, as before; under load a
 * commit costs once per batch instead of once per item. If a batch fails, each of its items is tried again in a
 * transaction of its own, so one bad item fails only its own caller.
 *
 * @param <T> what a caller hands in
 * @param <R> what its commit gives back
 */
final class GroupCommit<T, R> {
  /** Writes the items in one transaction and commits it; the results in the items' order, or throws having written none. */
  @FunctionalInterface
  interface Batch<T, R> {
    List<R> commit(List<T> items);
  }

  /** Bounds one transaction, so a burst after a stall does not hold the writers' lock for long. */
  static final int MAX_BATCH = 256;

  private final Batch<T, R> batch;
  private final int maxBatch;
  private final Object monitor = new Object();
  private final ArrayDeque<Pending<T, R>> queue = new ArrayDeque<>();
  private final AtomicLong commits = new AtomicLong();
  private boolean leading;

  GroupCommit(Batch<T, R> batch) {
    this(batch, MAX_BATCH);
  }

  GroupCommit(Batch<T, R> batch, int maxBatch) {
    this.batch = batch;
    this.maxBatch = maxBatch;
  }

  private static final class Pending<T, R> {
    final T item;
    boolean done;
    R result;
    RuntimeException failure;

    Pending(T item) {
      this.item = item;
    }
  }

  /** Commits {@code item}, with whatever else is waiting, and returns its result once the commit is done. */
  R submit(T item) {
    Pending<T, R> mine = new Pending<>(item);
    boolean interrupted = false;
    synchronized (monitor) {
      queue.add(mine);
    }
    try {
      while (true) {
        List<Pending<T, R>> taken = new ArrayList<>();
        synchronized (monitor) {
          while (leading && !mine.done) {
            try {
              monitor.wait();
            } catch (InterruptedException e) {
              // a commit takes milliseconds and the item may be in one already: answering before it ends could
              // acknowledge nothing or lose an acknowledgement, so wait it out and keep the interrupt for the caller
              interrupted = true;
            }
          }
          if (mine.done) {
            if (mine.failure != null) throw mine.failure;
            return mine.result;
          }
          // lead: the oldest items first, so past maxBatch this one is in a later round of the same loop
          leading = true;
          while (!queue.isEmpty() && taken.size() < maxBatch) taken.add(queue.poll());
        }
        try {
          commit(taken);
        } finally {
          synchronized (monitor) {
            leading = false;
            monitor.notifyAll();
          }
        }
      }
    } finally {
      if (interrupted) Thread.currentThread().interrupt();
    }
  }

  /** Transactions committed so far (batches, and single items retried after a failed batch). */
  long commits() {
    return commits.get();
  }

  private void commit(List<Pending<T, R>> taken) {
    List<R> results = null;
    RuntimeException failure = null;
    try {
      results = batch.commit(taken.stream().map(p -> p.item).toList());
      commits.incrementAndGet();
      if (results.size() != taken.size()) {
        throw new IllegalStateException("a batch of " + taken.size() + " items gave " + results.size() + " results");
      }
    } catch (RuntimeException e) {
      failure = e;
    } catch (Error e) {
      // every taken item must end done, or its caller would lead a batch without it and return nothing
      failure = new IllegalStateException(e);
    }
    if (failure != null && taken.size() > 1) {
      // which item broke it is unknown: each alone, so the others still get their commit
      for (Pending<T, R> p : taken) commit(List.of(p));
      return;
    }
    synchronized (monitor) {
      for (int i = 0; i < taken.size(); i++) {
        Pending<T, R> p = taken.get(i);
        p.done = true;
        if (failure != null) p.failure = failure;
        else p.result = results.get(i);
      }
    }
  }
}
