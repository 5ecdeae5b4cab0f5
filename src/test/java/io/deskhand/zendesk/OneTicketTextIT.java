package io.deskhand.zendesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.api.TriageJson;
import io.deskhand.config.Secret;
import io.deskhand.eval.ColumnMapping;
import io.deskhand.eval.EvalTicket;
import io.deskhand.eval.InputFormat;
import io.deskhand.eval.TicketReader;
import io.deskhand.index.TicketLabels;
import io.deskhand.jobs.TicketTriageJob;
import io.deskhand.support.DemoServices;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.TriagePipeline;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same Zendesk ticket read by every way in: synced and ingested (the indexed side), fetched by the webhook job,
 * posted to /api/triage, replayed by `eval` from the bundle. If their texts drifted apart, similarity would drop with
 * no error anywhere (issue 14).
 */
class OneTicketTextIT {
  private static final String EMAIL = "admin@example.com";
  private static final String TOKEN = "one-text-token-2291";
  private static final String SUBJECT = "Re: Order 4417";
  private static final String MESSAGE = """
      Hello,

      my order 4417 still has not arrived although the tracking page said it would be delivered last Tuesday.
      Could you check where the parcel is?

      Thanks,
      Anna Keller

      On Mon, 3 Mar 2025 at 10:02, Support <support@example.com> wrote:
      > Your order has shipped and should arrive within three working days.
      """;

  @TempDir Path dir;

  @Test
  void indexed_and_queried_text_of_one_ticket_are_the_same_whichever_way_it_came_in() throws Exception {
    try (FakeZendesk zd = FakeZendesk.start(EMAIL, TOKEN)) {
      // given a solved ticket in Zendesk whose first message quotes an earlier reply, under a reply-chain subject
      long id = zd.addTicket(SUBJECT, MESSAGE, "open", List.of("web"));
      zd.addComment(id, 9001, "Hello Anna, the parcel was held at the depot; it goes out again today.", true);
      zd.setStatus(id, "solved");
      Path data = dir.resolve("data");
      SyncRun run = SyncRun.of(zd, data, EMAIL, TOKEN);
      assertEquals(0, run.code(), run.err());

      try (Services services = new Services(DemoServices.config(data, Map.of()), DemoServices.quiet())) {
        TriagePipeline pipeline = services.pipeline();
        // when the webhook job reads it from the API
        HttpZendeskClient client = new HttpZendeskClient(new ZendeskSettings(zd.baseUrl(), EMAIL, new Secret(TOKEN), 60_000,
            60_000, 1, Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofSeconds(5)), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        TicketText fromJob = TicketTriageJob.ticketText(client.ticket(id), client.commentThread(id)).orElseThrow();
        String queried = pipeline.requestText(fromJob);
        // and /api/triage gets its subject and description as Zendesk shows them
        var body = new ObjectMapper().createObjectNode().put("subject", SUBJECT)
            .put("description", zd.ticket(id).path("description").asText());
        String posted = pipeline.requestText(new TriageJson(new ObjectMapper()).request(body));
        // and eval replays the bundle sync wrote
        TicketReader reader = new TicketReader(new ColumnMapping(List.of(), Map.of(), Optional.empty(), Optional.empty(),
            Optional.empty()), new TicketLabels(Optional.empty(), "intent__"));
        EvalTicket replayed = reader.read(data.resolve("sync").resolve("tickets.ndjson"), InputFormat.ZENDESK, "--input").tickets().get(0);
        String evaluated = pipeline.requestText(replayed.ticketText());
        // and the index holds what the ingest of that bundle embedded
        SolvedTicket indexed = pipeline.triage(fromJob).similarTickets().stream().map(TicketHit::ticket)
            .filter(t -> t.id() == id).findFirst().orElseThrow();

        // then every side reads the same words
        assertEquals(indexed.requestText(), queried, "webhook job against index");
        assertEquals(indexed.requestText(), posted, "/api/triage against index");
        assertEquals(indexed.requestText(), evaluated, "eval against index");
        // and they are the customer's own: the quoted reply and the signature are cut, the chain's subject left out
        assertTrue(queried.contains("still has not arrived"), queried);
        assertFalse(queried.contains("should arrive within three working days"), queried);
        assertFalse(queried.contains("Re:"), queried);
      }
    }
  }
}
