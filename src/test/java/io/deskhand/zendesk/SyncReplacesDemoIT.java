package io.deskhand.zendesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.Services;
import io.deskhand.index.IndexCounts;
import io.deskhand.support.DemoServices;
import io.deskhand.ticket.GroupDirectory;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled demo serves a newcomer until the team's own data arrives; then none of it may reach a real ticket. */
class SyncReplacesDemoIT {
  private static final String EMAIL = "admin@example.com";
  private static final String TOKEN = "demo-swap-token-7731";
  @TempDir Path dir;

  @Test
  void the_first_sync_removes_the_demo_tickets_articles_groups_and_learned_models() throws Exception {
    // given: a data dir as `serve` leaves it on first start (the demo loaded and learned from)
    Path data = dir.resolve("data");
    try (Services demo = new Services(DemoServices.config(data, Map.of()), new PrintStream(new ByteArrayOutputStream()))) {
      demo.knowledge().loadDemo();
      assertTrue(demo.knowledge().holdsDemo());
      assertTrue(demo.knowledge().index().counts().tickets() >= 400);
    }
    try (FakeZendesk zd = FakeZendesk.start(EMAIL, TOKEN)) {
      zd.addGroup(777001, "Bike repairs");
      for (int i = 0; i < 3; i++) {
        long id = zd.addTicket("Flat tyre " + i, "My rental bike number " + i + " has a flat tyre, can you swap it?", "new", List.of());
        zd.addComment(id, 7, "We swapped bike " + i + " at the station; enjoy the ride.", true);
        zd.setStatus(id, "solved");
      }

      // when
      SyncRun run = SyncRun.of(zd, data, EMAIL, TOKEN);

      // then
      assertEquals(0, run.code(), run.err());
      assertTrue(run.err().contains("removed the bundled demo knowledge base"), run.err());
    }
    try (Services after = new Services(DemoServices.config(data, Map.of()), new PrintStream(new ByteArrayOutputStream()))) {
      assertFalse(after.knowledge().holdsDemo());
      assertEquals(new IndexCounts(3, 0, 0), after.knowledge().index().counts());
      Triage t = after.pipeline().triage(new TicketText("Refund", "I returned my coffee grinder, where is my refund?", List.of(), Optional.empty()));
      assertTrue(t.similarTickets().stream().allMatch(h -> h.ticket().subject().startsWith("Flat tyre")), t.similarTickets().toString());
      assertTrue(t.articles().isEmpty(), t.articles().toString());
      java.util.Set<Long> synced = new java.util.HashSet<>();
      t.similarTickets().forEach(h -> synced.add(h.ticket().id()));
      t.fields().values().forEach(p -> p.evidence().forEach(e -> {
        if (e.ticketId() != null) assertTrue(synced.contains(e.ticketId()), "evidence from a demo ticket: " + p);
      }));
      assertTrue(after.pipeline().classifiers().learned().map(m -> m.models().isEmpty()).orElse(true),
          "three tickets teach no field; the demo's learned models are gone");
      GroupDirectory groups = after.knowledge().groups();
      assertTrue(groups.idOf("Bike repairs").isPresent() && groups.idOf("Billing").isEmpty(), groups.toString());
    }
  }
}
