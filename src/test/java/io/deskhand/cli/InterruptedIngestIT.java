package io.deskhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.Services;
import io.deskhand.bench.Bench;
import io.deskhand.index.IndexCounts;
import io.deskhand.index.KnowledgeWriter;
import io.deskhand.index.LuceneKnowledgeIndex;
import io.deskhand.support.DemoServices;
import io.deskhand.support.JarProcess;
import io.deskhand.support.MiniDemo;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An ingest killed (kill -9) halfway through, then run again, as an admin would: the kill leaves the demo in force
 * (not an empty index), the rerun skips what the first run committed, and the end holds every ticket once and
 * nothing of the demo.
 */
class InterruptedIngestIT {
  private static final Pattern PROGRESS = Pattern.compile("ingest tickets: (\\d+)/1500");
  private static final Pattern REPORT = Pattern.compile("tickets: (\\d+) written, (\\d+) unchanged");
  @TempDir Path dir;

  @Test
  void a_kill_at_mid_ingest_and_a_rerun_leave_every_ticket_once_and_no_demo() throws Exception {
    // given: a data dir as `serve` leaves it on first start (a demo loaded), and a team's bundle of 1,500 tickets
    Path data = dir.resolve("data");
    Map<String, String> env = Map.of("DESKHAND_DATA_DIR", data.toString(), "DESKHAND_DEMO_DIR", MiniDemo.write(dir.resolve("demo")).toString());
    IndexCounts demo;
    try (Services s = new Services(DemoServices.config(data, env), DemoServices.quiet())) {
      s.knowledge().loadDemo();
      demo = s.knowledge().index().counts();
    }
    Path bundle = new Bench(DemoServices.quiet()).syntheticBundle(Path.of("eval/demo/tickets.ndjson"), 1500, dir.resolve("team.ndjson"));

    // when: the ingest is killed once about half the tickets are read
    try (JarProcess first = JarProcess.start(env, "ingest", "--tickets", bundle.toString())) {
      first.awaitLine(l -> {
        Matcher m = PROGRESS.matcher(l);
        return m.find() && Integer.parseInt(m.group(1)) >= 750;
      }, Duration.ofMinutes(5));
      assertEquals(137, first.kill(), "killed by SIGKILL");
    }

    // then: what a service started now would answer from is still the whole demo
    try (Services s = new Services(DemoServices.config(data, env), DemoServices.quiet())) {
      assertTrue(s.knowledge().holdsDemo());
      assertEquals(demo, s.knowledge().index().counts());
      assertTrue(s.knowledge().status().unpublished());
    }

    // when: the same ingest runs again to its end
    int written;
    int unchanged;
    try (JarProcess rerun = JarProcess.start(env, "ingest", "--tickets", bundle.toString())) {
      assertEquals(0, rerun.waitFor(Duration.ofMinutes(10)), rerun.output());
      Matcher m = REPORT.matcher(rerun.output());
      assertTrue(m.find(), rerun.output());
      written = Integer.parseInt(m.group(1));
      unchanged = Integer.parseInt(m.group(2));
    }

    // then: it skipped the tickets the killed run had committed, and wrote only the rest
    assertTrue(unchanged >= 256, "the killed run commits every 256 tickets; unchanged: " + unchanged);
    assertEquals(1500, written + unchanged);
    try (Services s = new Services(DemoServices.config(data, env), DemoServices.quiet())) {
      assertFalse(s.knowledge().holdsDemo());
      assertEquals(new IndexCounts(1500, 0, 0), s.knowledge().index().counts());
      Triage t = s.pipeline().triage(new TicketText("Remboursement", "Je n'ai pas reçu mon remboursement", List.of(), Optional.empty()));
      assertTrue(t.similarTickets().stream().allMatch(h -> h.ticket().id() >= 5_000_000), "a demo ticket: " + t.similarTickets());
    }
    try (var embedder = io.deskhand.embedding.OnnxEmbedder.create(DemoServices.config(data, env).embedding(), Path.of("models"));
         LuceneKnowledgeIndex index = LuceneKnowledgeIndex.open(data.resolve("lucene"), embedder, DemoServices.quiet())) {
      List<KnowledgeWriter.StoredTicket> all = index.writer().newestTickets(10_000);
      Set<Long> ids = new HashSet<>();
      for (KnowledgeWriter.StoredTicket t : all) ids.add(t.ticket().id());
      assertEquals(1500, all.size(), "documents");
      assertEquals(1500, ids.size(), "distinct tickets");
    }
  }
}
