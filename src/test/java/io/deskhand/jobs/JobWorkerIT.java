package io.deskhand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.zendesk.FakeZendesk;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobWorkerIT {
  @TempDir Path dir;
  private ZendeskTestRig rig;

  @BeforeEach
  void setUp() {
    rig = new ZendeskTestRig(dir);
  }

  @AfterEach
  void tearDown() {
    rig.close();
  }

  private List<Long> tickets(int n) {
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) ids.add(rig.zendesk.addTicket("Refund " + i, "Where is my refund number " + i + "?", "new", List.of()));
    for (long id : ids) rig.store.enqueue(id, List.of());
    return ids;
  }

  @Test
  void jobs_survive_a_restart_mid_way_and_no_ticket_gets_two_notes() throws Exception {
    // given: slow writes, so closing the worker interrupts jobs in the middle of their update
    List<Long> ids = tickets(8);
    rig.zendesk.slow("PUT", "/api/v2/tickets/\\d+", 4, Duration.ofMillis(400));
    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 5);
    Thread.sleep(300);

    // when: stop mid-way, and a claimed job whose process died a moment ago (its lease still has minutes to run)
    rig.restartStore();
    assertTrue(rig.store.counts().get(JobStatus.QUEUED) > 0, "the restart should happen mid-way: " + rig.store.counts());
    long orphan = rig.zendesk.addTicket("Orphan", "A job claimed by a crashed process.", "new", List.of());
    rig.store.enqueue(orphan, List.of());
    while (rig.store.claim(Duration.ofMinutes(5)).map(j -> j.ticketId() != orphan).orElse(false)) {
      // claim until the orphan is the running one; the others were claimed too, so release them
    }
    rig.store.all().stream().filter(j -> j.status() == JobStatus.RUNNING && j.ticketId() != orphan).forEach(j -> rig.store.release(j.id()));
    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 5);
    rig.awaitIdle(Duration.ofSeconds(30));

    // then
    ids.add(orphan);
    for (long id : ids) assertEquals(1, rig.notesOn(id), "notes on ticket " + id);
    for (Job j : rig.store.all()) {
      assertTrue(j.status() == JobStatus.DONE || j.status() == JobStatus.SKIPPED, j.toString());
    }
    assertEquals(ids.size(), rig.store.all().size());
  }

  @Test
  void under_429s_and_5xx_every_job_completes_and_waits_honour_retry_after() throws Exception {
    // given
    List<Long> ids = tickets(6);
    long first = ids.get(0);
    rig.zendesk.fail("GET", "/api/v2/tickets/" + first, 2, 429, 1);
    rig.zendesk.fail("GET", "/api/v2/tickets/\\d+/comments", 3, 500, null);
    rig.zendesk.fail("PUT", "/api/v2/tickets/\\d+", 3, 503, null);

    // when
    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 5);
    rig.awaitIdle(Duration.ofSeconds(30));

    // then
    for (Job j : rig.store.all()) assertEquals(JobStatus.DONE, j.status(), j.toString());
    for (long id : ids) assertEquals(1, rig.notesOn(id));
    List<FakeZendesk.Request> reads = rig.zendesk.requests("GET", p -> p.equals("/api/v2/tickets/" + first));
    assertEquals(3, reads.size());
    for (int i = 1; i < reads.size(); i++) {
      long waited = Duration.between(reads.get(i - 1).at(), reads.get(i).at()).toMillis();
      assertTrue(waited >= 950, "waited " + waited + " ms after a 429 with Retry-After: 1");
    }
    String metrics = rig.meters.scrape();
    assertTrue(metrics.contains("deskhand_zendesk_rate_limited_total 2.0"), metrics);
    assertTrue(metrics.contains("deskhand_zendesk_retries_total 8.0"), metrics);
  }

  @Test
  void a_job_that_keeps_failing_ends_failed_after_max_attempts_without_secrets_in_last_error() throws Exception {
    List<Long> ids = tickets(1);
    rig.zendesk.fail("GET", "/api/v2/tickets/" + ids.get(0), 1000, 500, null);

    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 3);
    rig.awaitIdle(Duration.ofSeconds(30));

    Job job = rig.store.all().get(0);
    assertEquals(JobStatus.FAILED, job.status());
    assertEquals(3, job.attempts());
    String error = job.lastError().orElseThrow();
    assertTrue(error.contains("500"), error);
    assertFalse(error.contains(ZendeskTestRig.TOKEN), error);
    assertEquals(0, rig.notesOn(ids.get(0)));
  }

  @Test
  void a_deleted_ticket_is_skipped_and_an_already_triaged_one_is_not_written_again() throws Exception {
    long gone = rig.zendesk.addTicket("Gone", "Spam.", "new", List.of());
    rig.zendesk.deleteTicket(gone);
    long tagged = rig.zendesk.addTicket("Done", "Already triaged.", "open", List.of("deskhand_triaged"));
    rig.store.enqueue(gone, List.of());
    rig.store.enqueue(tagged, List.of());

    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 3);
    rig.awaitIdle(Duration.ofSeconds(30));

    for (Job j : rig.store.all()) assertEquals(JobStatus.SKIPPED, j.status(), j.toString());
    assertTrue(rig.zendesk.requests("PUT", p -> true).isEmpty());
  }
}
