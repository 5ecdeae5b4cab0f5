package io.deskhand.jobs;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Not a test: the webhook intake of a serve process, run on its own by {@code JobStoreKillIT} so that it can be
 * killed with SIGKILL mid-way. Request threads store the jobs of {@link JobStoreTest#deliveries} concurrently, as
 * Jetty's would, and print {@code ack <ticket> <job id>} once {@link JobStore#enqueue} returned: the moment serve
 * answers 202. Args: the jobs.db file, the number of tickets, the number of request threads.
 */
public final class WebhookIntakeProcess {
  public static void main(String[] args) throws Exception {
    JobStore store = JobStore.open(Path.of(args[0]), Clock.systemUTC());
    ConcurrentLinkedQueue<JobStoreTest.Delivery> pending = new ConcurrentLinkedQueue<>(JobStoreTest.deliveries(Integer.parseInt(args[1])));
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    Thread[] threads = new Thread[Integer.parseInt(args[2])];
    for (int i = 0; i < threads.length; i++) {
      threads[i] = Thread.ofPlatform().start(() -> {
        for (JobStoreTest.Delivery d; (d = pending.poll()) != null; ) {
          String job = store.enqueue(d.ticket(), List.of(d.invocation())).job().id();
          synchronized (out) {
            out.println("ack " + d.ticket() + " " + job);
            out.flush();
          }
        }
      });
    }
    for (Thread t : threads) t.join();
    synchronized (out) {
      out.println("all stored");
      out.flush();
    }
    Thread.sleep(Long.MAX_VALUE); // waits for the kill, as serve would
  }
}
