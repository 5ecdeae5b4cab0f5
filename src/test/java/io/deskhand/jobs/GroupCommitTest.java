package io.deskhand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

  /** A "transaction": records the batch after a short commit time, during which more callers arrive. */
  private static final class SlowLog implements GroupCommit.Batch<Integer, String> {
    final List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    final AtomicInteger concurrent = new AtomicInteger();
    volatile int maxConcurrent;

    @Override
    public List<String> commit(List<Integer> items) {
      maxConcurrent = Math.max(maxConcurrent, concurrent.incrementAndGet());
      try {
        Thread.sleep(2);
        if (items.contains(-1)) throw new IllegalStateException("item -1 cannot be stored");
        batches.add(List.copyOf(items));
        return items.stream().map(i -> "stored " + i).toList();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      } finally {
        concurrent.decrementAndGet();
      }
    }
  }

  @Test
  void concurrent_callers_share_commits_and_each_returns_its_own_result_after_its_commit() throws Exception {
    // given
    SlowLog log = new SlowLog();
    GroupCommit<Integer, String> group = new GroupCommit<>(log);
    int callers = 16;
    int each = 50;
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    CountDownLatch go = new CountDownLatch(1);

    // when
    List<Future<List<String>>> answers = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      int caller = c;
      answers.add(pool.submit(() -> {
        go.await();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < each; i++) {
          int item = caller * each + i;
          String result = group.submit(item);
          // the answer comes only after the item's batch committed
          assertTrue(log.batches.stream().anyMatch(b -> b.contains(item)), "answered before commit: " + item);
          out.add(result);
        }
        return out;
      }));
    }
    go.countDown();

    // then
    for (int c = 0; c < callers; c++) {
      List<String> got = answers.get(c).get();
      for (int i = 0; i < each; i++) assertEquals("stored " + (c * each + i), got.get(i));
    }
    pool.shutdown();
    assertEquals(callers * each, log.batches.stream().mapToInt(List::size).sum(), "every item committed exactly once");
    assertEquals(log.batches.size(), group.commits());
    assertTrue(group.commits() < callers * each, "callers waiting during a commit share the next: " + group.commits() + " commits");
    assertEquals(1, log.maxConcurrent, "one transaction at a time");
  }

  @Test
  void an_item_that_breaks_its_batch_fails_only_its_own_caller() throws Exception {
    // given: callers queued behind a slow first commit, so the bad item lands in a batch with others
    SlowLog log = new SlowLog();
    GroupCommit<Integer, String> group = new GroupCommit<>(log);
    ExecutorService pool = Executors.newFixedThreadPool(9);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<String>> answers = new ArrayList<>();

    // when
    for (int i = 0; i < 8; i++) {
      int item = i;
      answers.add(pool.submit(() -> {
        go.await();
        return group.submit(item);
      }));
    }
    Future<String> bad = pool.submit(() -> {
      go.await();
      return group.submit(-1);
    });
    go.countDown();

    // then
    for (int i = 0; i < 8; i++) assertEquals("stored " + i, answers.get(i).get());
    var failure = assertThrows(java.util.concurrent.ExecutionException.class, bad::get);
    assertEquals("item -1 cannot be stored", failure.getCause().getMessage());
    assertTrue(log.batches.stream().noneMatch(b -> b.contains(-1)));
    pool.shutdown();
  }

  @Test
  void callers_beyond_one_batch_are_committed_in_later_batches_of_at_most_the_limit() throws Exception {
    // given: a first commit held open while 20 more callers queue, with at most 3 items a batch
    CountDownLatch firstCommitting = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<List<Integer>> batches = new CopyOnWriteArrayList<>();
    GroupCommit<Integer, Integer> group = new GroupCommit<>(items -> {
      if (batches.isEmpty()) {
        firstCommitting.countDown();
        try {
          release.await();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }
      batches.add(List.copyOf(items));
      return items.stream().map(i -> i * 10).toList();
    }, 3);
    ExecutorService pool = Executors.newFixedThreadPool(21);
    Future<Integer> first = pool.submit(() -> group.submit(0));
    firstCommitting.await();
    List<Future<Integer>> queued = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      int item = i;
      queued.add(pool.submit(() -> group.submit(item)));
    }
    Thread.sleep(200); // let them all queue behind the open commit

    // when
    release.countDown();

    // then
    assertEquals(0, first.get());
    for (int i = 1; i <= 20; i++) assertEquals(i * 10, queued.get(i - 1).get());
    pool.shutdown();
    assertTrue(batches.stream().allMatch(b -> b.size() <= 3), batches.toString());
    assertEquals(21, batches.stream().mapToInt(List::size).sum());
    assertTrue(batches.size() >= 8, "20 queued items in batches of at most 3: " + batches);
  }
}
