package io.deskhand.jobs;

import com.sun.jna.Library;
import com.sun.jna.Native;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the jobs' triage on threads the operating system schedules after everything else in the process (nice 10 on
 * Linux). Triage is CPU-bound (the embedding alone keeps a core busy), and on two cores it made webhook
 * acknowledgements and {@code /api/triage} wait for a core: p99 of tens of milliseconds. The job worker threads keep
 * normal priority for their short job-store writes, which the webhook's intake shares a lock with; only the
 * computation moves here. Where the priority cannot be lowered (not Linux, no libc) the threads run as usual. The
 * threads are daemons that live as long as the process, like the job worker's.
 */
public final class BackgroundTriager implements Triager {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundTriager.class);
  static final int NICE = 19;

  private final Triager triager;
  private final ExecutorService threads;

  public BackgroundTriager(Triager triager, int threadCount) {
    this.triager = triager;
    AtomicInteger n = new AtomicInteger();
    this.threads = Executors.newFixedThreadPool(threadCount, r -> Thread.ofPlatform().name("deskhand-triage-" + n.incrementAndGet())
        .daemon(true).unstarted(() -> {
          lowerPriority();
          r.run();
        }));
  }

  @Override
  public Triage triage(TicketText ticket) {
    try {
      return threads.submit(() -> triager.triage(ticket)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while triaging", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The calling thread's nice value on Linux ({@code setpriority(PRIO_PROCESS, tid, ...)}); false where unsupported. */
  static boolean lowerPriority() {
    try {
      int tid = Integer.parseInt(threadSelf().getFileName().toString());
      int rc = LibC.INSTANCE.setpriority(0, tid, NICE);
      if (rc != 0) LOG.debug("event=thread_priority_unchanged errno={}", Native.getLastError());
      return rc == 0;
    } catch (Exception | LinkageError e) {
      LOG.debug("event=thread_priority_unsupported cause=\"{}\"", e.toString());
      return false;
    }
  }

  /** /proc/thread-self -> "<pid>/task/<tid>": the kernel thread id without a gettid() binding. */
  private static Path threadSelf() throws IOException {
    return Files.readSymbolicLink(Path.of("/proc/thread-self"));
  }

  /** Current nice value of the calling thread, for tests; null where unsupported. */
  static Integer currentNice() {
    try {
      String stat = Files.readString(Path.of("/proc").resolve(threadSelf()).resolve("stat"));
      // fields after the command's closing parenthesis; nice is field 19 overall, the 17th after ")"
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Integer.parseInt(f[16]);
    } catch (Exception e) {
      return null;
    }
  }

  private interface LibC extends Library {
    LibC INSTANCE = Native.load("c", LibC.class);

    int setpriority(int which, int who, int prio);
  }
}
