package io.deskhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.jobs.BackgroundTriager;
import io.deskhand.jobs.SampleTriage;
import io.deskhand.jobs.Triager;
import io.deskhand.jobs.ZendeskTestRig;
import io.deskhand.support.DemoServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a language model, serve runs more jobs than jobs.workers: a ticket waiting on the model holds up no other. */
class ServeJobsTest {
  @TempDir Path dir;

  /** Ticket "Slow" waits (as on a slow model server) until {@code release}; the others triage at once. */
  static Triager modelWaitsOnSlow(CountDownLatch release) {
    SampleTriage sample = new SampleTriage();
    return ticket -> {
      if (ticket.subject().equals("Slow")) {
        try {
          release.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      return sample.triage(ticket);
    };
  }

  static boolean noteWithin(ZendeskTestRig rig, long ticket, Duration wait) throws InterruptedException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (System.nanoTime() < deadline) {
      if (rig.notesOn(ticket) == 1) return true;
      Thread.sleep(20);
    }
    return false;
  }

  void run(DeskhandConfig config, boolean quickBeforeSlowIsReleased) throws Exception {
    try (ZendeskTestRig rig = new ZendeskTestRig(dir.resolve(config.llm().provider()))) {
      long slow = rig.zendesk.addTicket("Slow", "The model server takes its time with this one.", "new", List.of());
      long quick = rig.zendesk.addTicket("Quick", "This one could be answered at once.", "new", List.of());
      rig.store.enqueue(slow, List.of());
      rig.store.enqueue(quick, List.of());
      CountDownLatch release = new CountDownLatch(1);
      int slots = ServeCommand.jobsAtOnce(config);

      rig.startWorker(new BackgroundTriager(modelWaitsOnSlow(release), slots), DeskhandConfig.Mode.NOTE,
          DeskhandConfig.Policy.defaults(), 1, slots);

      assertEquals(quickBeforeSlowIsReleased, noteWithin(rig, quick, Duration.ofSeconds(quickBeforeSlowIsReleased ? 10 : 2)),
          "the quick ticket's note while the slow one waits, with " + slots + " jobs at once");
      assertEquals(0, rig.notesOn(slow));
      release.countDown();
      rig.awaitIdle(Duration.ofSeconds(20));
      assertTrue(rig.notesOn(slow) == 1 && rig.notesOn(quick) == 1);
    }
  }

  @Test
  void with_a_language_model_a_job_waiting_on_it_does_not_hold_up_the_next() throws Exception {
    run(DemoServices.config(dir, Map.of("DESKHAND_JOBS_WORKERS", "1", "DESKHAND_LLM_PROVIDER", "ollama",
        "DESKHAND_LLM_MODEL", "qwen2.5:7b-instruct")), true);
  }

  @Test
  void without_one_jobs_workers_is_the_limit() throws Exception {
    run(DemoServices.config(dir, Map.of("DESKHAND_JOBS_WORKERS", "1")), false);
  }
}
