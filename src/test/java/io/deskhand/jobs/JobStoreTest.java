package io.deskhand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobStoreTest {
  @TempDir Path dir;

  /** One webhook: its ticket and its invocation id (a redelivery repeats the id). */
  record Delivery(long ticket, String invocation) {}

  /** Each ticket delivered twice with one invocation id (a redelivery) and once more with another (a second trigger). */
  static List<Delivery> deliveries(int tickets) {
    List<Delivery> out = new ArrayList<>();
    for (long t = 1; t <= tickets; t++) {
      out.add(new Delivery(t, "invocation:" + t + "-a"));
      out.add(new Delivery(t, "invocation:" + t + "-a"));
      out.add(new Delivery(t, "invocation:" + t + "-b"));
    }
    Collections.shuffle(out, new java.util.Random(15));
    return out;
  }

  @Test
  void many_concurrent_webhooks_get_exactly_one_job_per_ticket_and_every_acknowledged_job_is_there_after_reopening() throws Exception {
    // given
    JobStore store = JobStore.open(dir.resolve("jobs.db"), Clock.systemUTC());
    int tickets = 400;
    ConcurrentLinkedQueue<Delivery> pending = new ConcurrentLinkedQueue<>(deliveries(tickets));
    Map<Long, List<String>> acknowledged = new ConcurrentHashMap<>();
    AtomicInteger created = new AtomicInteger();
    int senders = 32;
    ExecutorService pool = Executors.newFixedThreadPool(senders);
    CountDownLatch go = new CountDownLatch(1);

    // when: 32 request threads at once, as Jetty's would be under a burst
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < senders; i++) {
      done.add(pool.submit(() -> {
        go.await();
        for (Delivery d; (d = pending.poll()) != null; ) {
          JobStore.Enqueued e = store.enqueue(d.ticket(), List.of(d.invocation()));
          assertEquals(d.ticket(), e.job().ticketId());
          if (e.created()) created.incrementAndGet();
          acknowledged.computeIfAbsent(d.ticket(), t -> Collections.synchronizedList(new ArrayList<>())).add(e.job().id());
        }
        return null;
      }));
    }
    go.countDown();
    for (Future<?> f : done) f.get();
    pool.shutdown();
    long commits = store.intakeCommits();
    store.close();

    // then: one job per ticket, created once, the same job answered to all three deliveries
    assertEquals(tickets, created.get());
    assertEquals(tickets, acknowledged.size());
    for (var e : acknowledged.entrySet()) {
      assertEquals(3, e.getValue().size(), "ticket " + e.getKey());
      assertEquals(1, e.getValue().stream().distinct().count(), "ticket " + e.getKey() + " got " + e.getValue());
    }
    assertTrue(commits < 3L * tickets, "concurrent webhooks share commits: " + commits + " for " + 3 * tickets);

    // and: reopened, the store holds exactly the acknowledged jobs, queued
    try (JobStore reopened = JobStore.open(dir.resolve("jobs.db"), Clock.systemUTC())) {
      Map<Long, String> stored = new HashMap<>();
      for (Job j : reopened.all()) {
        assertEquals(JobStatus.QUEUED, j.status());
        assertEquals(null, stored.put(j.ticketId(), j.id()), "two jobs for ticket " + j.ticketId());
      }
      assertEquals(tickets, stored.size());
      for (var e : acknowledged.entrySet()) assertEquals(e.getValue().get(0), stored.get(e.getKey()), "ticket " + e.getKey());
      // a redelivery after the restart still finds its job
      JobStore.Enqueued again = reopened.enqueue(7, List.of("invocation:7-a"));
      assertEquals(false, again.created());
      assertEquals(stored.get(7L), again.job().id());
    }
  }
}
