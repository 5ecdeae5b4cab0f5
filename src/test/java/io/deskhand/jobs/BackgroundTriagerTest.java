package io.deskhand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.deskhand.ticket.TicketText;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class BackgroundTriagerTest {
  private static final TicketText TICKET = new TicketText("Refund", "Where is my refund?", List.of(), Optional.empty());

  @Test
  void jobs_triage_on_a_lower_priority_thread_than_the_caller_on_linux() {
    Integer callerNice = BackgroundTriager.currentNice();
    assumeTrue(callerNice != null, "no /proc/thread-self here: priorities are not lowered on this system");
    AtomicReference<Integer> seen = new AtomicReference<>();
    AtomicReference<Thread> thread = new AtomicReference<>();
    new BackgroundTriager(t -> {
      seen.set(BackgroundTriager.currentNice());
      thread.set(Thread.currentThread());
      return null;
    }, 1).triage(TICKET);
    assertNotEquals(Thread.currentThread(), thread.get());
    // at least NICE: a caller already running nicer than that keeps its (lower) priority for its threads
    assertTrue(seen.get() >= BackgroundTriager.NICE && seen.get() > callerNice || callerNice >= BackgroundTriager.NICE, "nice " + seen.get());
    assertEquals(callerNice, BackgroundTriager.currentNice(), "the caller keeps its priority");
  }

  @Test
  void a_failing_triage_reaches_the_job_with_its_own_exception() {
    IllegalStateException boom = new IllegalStateException("index closed");
    IllegalStateException thrown = assertThrows(IllegalStateException.class,
        () -> new BackgroundTriager(t -> { throw boom; }, 1).triage(TICKET));
    assertSame(boom, thrown);
  }
}
