package io.deskhand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The group-committed intake under kill -9: what a webhook was answered for is in the store after the restart. */
class JobStoreKillIT {
  @TempDir Path dir;

  @Test
  void a_kill_9_during_concurrent_webhooks_loses_no_acknowledged_job_and_makes_no_second_one() throws Exception {
    // given: a process storing the jobs of 3,000 deliveries (1,000 tickets) from 32 request threads
    Path db = dir.resolve("jobs.db");
    String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    Process intake = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), WebhookIntakeProcess.class.getName(),
        db.toString(), "1000", "32").redirectError(ProcessBuilder.Redirect.DISCARD).start();

    // when: SIGKILL once 600 answers are out, while the threads are still storing
    Map<Long, String> acknowledged = new HashMap<>();
    boolean finished = false;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(intake.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = lines.readLine()) != null; ) {
        if (line.equals("all stored")) {
          finished = true;
          break;
        }
        if (!line.startsWith("ack ")) continue; // a log line
        String[] f = line.split(" ");
        String earlier = acknowledged.putIfAbsent(Long.parseLong(f[1]), f[2]);
        if (earlier != null) assertEquals(earlier, f[2], "two jobs answered for ticket " + f[1]);
        if (acknowledged.size() >= 600) break;
      }
      // SIGKILL on Unix: no shutdown hook, no close (through the handle: Process.destroyForcibly also closes our end of
      // the pipe, and the answers printed just before the kill are still to be read)
      intake.toHandle().destroyForcibly();
      assertTrue(intake.waitFor(30, TimeUnit.SECONDS));
      // answers printed before the kill landed also count: their webhooks were acknowledged
      for (String line; (line = lines.readLine()) != null; ) {
        if (!line.startsWith("ack ")) continue;
        String[] f = line.split(" ");
        acknowledged.putIfAbsent(Long.parseLong(f[1]), f[2]);
      }
    }
    assertFalse(finished, "the kill should come while webhooks are still being stored");
    assertEquals(137, intake.exitValue(), "killed by SIGKILL");

    // then: reopened as a restarted serve would, every acknowledged job is there, once
    try (JobStore store = JobStore.open(db, Clock.systemUTC())) {
      Map<Long, String> stored = new HashMap<>();
      for (Job j : store.all()) assertEquals(null, stored.put(j.ticketId(), j.id()), "two jobs for ticket " + j.ticketId());
      for (var e : acknowledged.entrySet()) assertEquals(e.getValue(), stored.get(e.getKey()), "acknowledged job of ticket " + e.getKey());
      // and Zendesk's redelivery of an acknowledged webhook finds its job rather than making another
      long ticket = acknowledged.keySet().iterator().next();
      JobStore.Enqueued redelivery = store.enqueue(ticket, List.of("invocation:" + ticket + "-a"));
      assertFalse(redelivery.created());
      assertEquals(acknowledged.get(ticket), redelivery.job().id());
    }
  }
}
