package io.deskhand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.zendesk.FakeZendesk;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
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
    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 8);
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
    // every failed call put its job back in the queue: none was retried inside the client, holding a worker
    assertTrue(metrics.contains("deskhand_zendesk_retries_total 0.0"), metrics);
    assertTrue(Pattern.compile("deskhand_job_duration_seconds_count\\{outcome=\"retry\"} 8(\\.0)?\\b").matcher(metrics).find(), metrics);
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

  private void awaitStatus(String jobId, JobStatus status, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (rig.store.find(jobId).orElseThrow().status() == status) return;
      Thread.sleep(20);
    }
    throw new AssertionError("job " + jobId + " is not " + status + " after " + timeout + ": " + rig.store.find(jobId));
  }

  @Test
  void a_ticket_getting_500s_does_not_hold_the_worker_from_a_healthy_tickets_note() throws Exception {
    // given: one worker, serve's backoff (5 s in the job store; 1 s doubling inside a client that retried itself),
    // and a first ticket whose comments always answer 500
    rig.productionBackoff();
    long sick = rig.zendesk.addTicket("Refund", "Where is my refund?", "new", List.of());
    long healthy = rig.zendesk.addTicket("Parcel", "Where is my parcel?", "new", List.of());
    rig.zendesk.fail("GET", "/api/v2/tickets/" + sick + "/comments", 1000, 500, null);
    String sickJob = rig.store.enqueue(sick, List.of()).job().id();
    rig.store.enqueue(healthy, List.of());

    // when
    long start = System.nanoTime();
    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 8, 1, Duration.ofSeconds(5));
    while (rig.notesOn(healthy) == 0 && System.nanoTime() - start < Duration.ofSeconds(20).toNanos()) Thread.sleep(10);
    long ms = (System.nanoTime() - start) / 1_000_000;

    // then: the healthy note did not wait out the sick ticket's retries (the client's own took 15 s per attempt)
    assertEquals(1, rig.notesOn(healthy));
    assertTrue(ms < 2000, "the healthy ticket's note took " + ms + " ms");
    Job retrying = rig.store.find(sickJob).orElseThrow();
    assertEquals(JobStatus.QUEUED, retrying.status(), retrying.toString());
    assertEquals(1, retrying.attempts());
    assertTrue(retrying.lastError().orElse("").contains("500"), retrying.toString());
    assertEquals(1, rig.zendesk.requests("GET", p -> p.equals("/api/v2/tickets/" + sick + "/comments")).size(),
        "one call per attempt; the next waits in the queue");
  }

  @Test
  void a_ticket_skipped_as_not_found_gets_a_new_job_from_a_later_webhook() throws Exception {
    // given: a webhook that beat its ticket (Zendesk answers 404), then the ticket exists
    long id = rig.zendesk.addTicket("First", "An earlier ticket.", "new", List.of()) + 1;
    String early = rig.store.enqueue(id, List.of("invocation:a")).job().id();
    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 3);
    awaitStatus(early, JobStatus.SKIPPED, Duration.ofSeconds(10));
    assertEquals(id, rig.zendesk.addTicket("Refund", "Where is my refund?", "new", List.of()));

    // when: a later webhook for the same ticket, and a redelivery of the early one
    JobStore.Enqueued later = rig.store.enqueue(id, List.of("invocation:b"));
    JobStore.Enqueued redelivery = rig.store.enqueue(id, List.of("invocation:a"));

    // then
    assertTrue(later.created(), "a new job, not the skipped one");
    assertEquals(early, redelivery.job().id(), "the same delivery still finds its own job");
    rig.worker.wake();
    awaitStatus(later.job().id(), JobStatus.DONE, Duration.ofSeconds(10));
    assertEquals(1, rig.notesOn(id));
    assertEquals(later.job().id(), rig.store.enqueue(id, List.of("invocation:c")).job().id(), "done holds for good");
  }

  /** Starts the worker with a token Zendesk no longer accepts, and waits until a job is held for it. */
  private void startDuringACredentialsOutage() throws InterruptedException {
    rig.zendesk.acceptToken("a-new-token");
    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 3);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (rig.store.count(JobStatus.BLOCKED_AUTH) == 0 && System.nanoTime() < deadline) Thread.sleep(20);
  }

  @Test
  void a_credentials_outage_holds_jobs_without_spending_their_attempts_and_they_resume_once_a_call_succeeds() throws Exception {
    // given: the token Deskhand has was revoked
    List<Long> ids = tickets(3);

    // when
    startDuringACredentialsOutage();
    Thread.sleep(2000); // several check intervals: attempts that counted would have failed the jobs by now

    // then: held or still queued, none failed, no attempt spent, and Zendesk asked about once per check interval
    assertEquals("failing", rig.client.authState().wire());
    var counts = rig.store.counts();
    assertTrue(counts.get(JobStatus.BLOCKED_AUTH) >= 1, counts.toString());
    assertEquals(3L, counts.get(JobStatus.BLOCKED_AUTH) + counts.get(JobStatus.QUEUED), counts.toString());
    for (Job j : rig.store.all()) {
      assertEquals(0, j.attempts(), j.toString());
      if (j.status() == JobStatus.BLOCKED_AUTH) assertTrue(j.lastError().orElse("").contains("401"), j.toString());
    }
    int calls = rig.zendesk.requests().size();
    assertTrue(calls <= 2 * 2 + 2000 / 300 + 2, calls + " calls during the outage");
    assertTrue(ids.stream().allMatch(id -> rig.notesOn(id) == 0));

    // when: the admin puts the token back
    rig.zendesk.acceptToken(ZendeskTestRig.TOKEN);

    // then: the next check succeeds and every job runs
    rig.awaitIdle(Duration.ofSeconds(10));
    for (Job j : rig.store.all()) assertEquals(JobStatus.DONE, j.status(), j.toString());
    for (long id : ids) assertEquals(1, rig.notesOn(id));
    assertEquals("ok", rig.client.authState().wire());
  }

  @Test
  void jobs_held_by_an_earlier_process_resume_at_start_once_the_credentials_work() throws Exception {
    // given: a process that stopped during an outage, leaving a job held
    List<Long> ids = tickets(2);
    startDuringACredentialsOutage();
    rig.restartStore();
    assertTrue(rig.store.counts().get(JobStatus.BLOCKED_AUTH) >= 1, rig.store.counts().toString());

    // when: restarted with the token fixed and a probe interval longer than the test
    rig.zendesk.acceptToken(ZendeskTestRig.TOKEN);
    rig.authProbeEvery = Duration.ofMinutes(10);
    rig.client = rig.freshClient();
    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 3);

    // then
    rig.awaitIdle(Duration.ofSeconds(10));
    for (long id : ids) assertEquals(1, rig.notesOn(id));
  }

  @Test
  void a_403_that_only_one_ticket_gets_ends_that_job_failed_and_holds_up_no_other() throws Exception {
    // given: the token is fine, but Zendesk keeps one ticket from it (an agent restricted to other groups)
    List<Long> ids = tickets(4);
    long forbidden = ids.get(0);
    rig.zendesk.fail("GET", "/api/v2/tickets/" + forbidden, 1000, 403, null);

    // when
    rig.startWorker(new SampleTriage(), DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 3, 1);
    rig.awaitIdle(Duration.ofSeconds(20));

    // then
    for (Job j : rig.store.all()) {
      assertEquals(j.ticketId() == forbidden ? JobStatus.FAILED : JobStatus.DONE, j.status(), j.toString());
    }
    Job failed = rig.store.all().stream().filter(j -> j.ticketId() == forbidden).findFirst().orElseThrow();
    assertEquals(3, failed.attempts());
    assertTrue(failed.lastError().orElse("").contains("403"), failed.toString());
    for (long id : ids.subList(1, ids.size())) assertEquals(1, rig.notesOn(id));
    assertEquals("ok", rig.client.authState().wire());
  }

  /** Runs the worker (5 attempts a job) with {@code triager} until nothing is pending; the store's one job. */
  private Job onlyJobOnceIdle(Triager triager) throws InterruptedException {
    rig.startWorker(triager, DeskhandConfig.Mode.NOTE, DeskhandConfig.Policy.defaults(), 5);
    rig.awaitIdle(Duration.ofSeconds(20));
    return rig.store.all().get(0);
  }

  @Test
  void a_job_whose_triage_throws_a_bug_fails_after_one_attempt_with_the_error_recorded() throws Exception {
    // given: a triage that fails the same way every time (a bug, not a passing condition)
    List<Long> ids = tickets(1);
    AtomicInteger calls = new AtomicInteger();
    Triager broken = ticket -> {
      calls.incrementAndGet();
      throw new IllegalStateException("classifier for field intent was never trained");
    };

    // when
    Job job = onlyJobOnceIdle(broken);

    // then: failed at once, not after five attempts and their backoff
    assertEquals(JobStatus.FAILED, job.status(), job.toString());
    assertEquals(1, job.attempts());
    assertEquals(1, calls.get());
    assertEquals("IllegalStateException: classifier for field intent was never trained", job.lastError().orElseThrow());
    assertEquals(0, rig.notesOn(ids.get(0)));
    assertTrue(Pattern.compile("deskhand_job_duration_seconds_count\\{outcome=\"failed\"} 1(\\.0)?\\b")
        .matcher(rig.meters.scrape()).find(), rig.meters.scrape());
  }

  @Test
  void a_timeout_and_a_503_are_retried_until_the_job_is_done() throws Exception {
    // given: the first triage times out on I/O, and Zendesk's first comments read answers 503
    List<Long> ids = tickets(1);
    rig.zendesk.fail("GET", "/api/v2/tickets/\\d+/comments", 1, 503, null);
    AtomicInteger calls = new AtomicInteger();
    SampleTriage sample = new SampleTriage();
    Triager flaky = ticket -> {
      if (calls.incrementAndGet() == 1) throw new UncheckedIOException(new SocketTimeoutException("Read timed out"));
      return sample.triage(ticket);
    };

    // when
    Job job = onlyJobOnceIdle(flaky);

    // then: one attempt lost to the 503, one to the timeout, the third wrote the note
    assertEquals(JobStatus.DONE, job.status(), job.toString());
    assertEquals(3, job.attempts());
    assertEquals(2, calls.get());
    assertEquals(1, rig.notesOn(ids.get(0)));
  }
}
