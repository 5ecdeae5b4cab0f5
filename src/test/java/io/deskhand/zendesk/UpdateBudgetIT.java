package io.deskhand.zendesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.config.Secret;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Update Ticket's own account limit (100/min, shared with the agents' edits): the client spends a budget of its own
 * on it and slows down when Zendesk's rate-limit headers say little is left, instead of running into 429s.
 */
class UpdateBudgetIT {
  private static final String EMAIL = "bot@example.com";
  private static final String TOKEN = "zd-token-budget-41c7";
  private final FakeZendesk zendesk = FakeZendesk.start(EMAIL, TOKEN);
  private final PrometheusMeterRegistry meters = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

  @AfterEach
  void stop() {
    zendesk.close();
  }

  private HttpZendeskClient client(int updatesPerMinute) {
    return new HttpZendeskClient(new ZendeskSettings(zendesk.baseUrl(), EMAIL, new Secret(TOKEN), 60_000, 60_000, 3,
        Duration.ofMillis(10), Duration.ofMillis(200), Duration.ofSeconds(5), updatesPerMinute), meters);
  }

  /** An account with {@code updates} Update Ticket requests per {@code window}, {@code spent} by agents; a ticket in it. */
  private long ticketAfterAgentsSpent(int updates, int spent, Duration window) {
    long id = zendesk.addTicket("Refund", "Where is my refund?", "new", List.of());
    zendesk.rateLimits(700, updates, window);
    zendesk.agentsUpdated(spent);
    return id;
  }

  private static TicketUpdate note(String body) {
    return new TicketUpdate(Optional.of(body), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  @Test
  void update_ticket_spends_its_own_budget_and_reads_do_not_wait_for_it() {
    // given: 120 updates per minute (one every half second, spread evenly), reads far from their budget
    HttpZendeskClient client = client(120);
    long id = zendesk.addTicket("Refund", "Where is my refund?", "new", List.of());

    // when
    long start = System.nanoTime();
    for (int i = 0; i < 6; i++) client.ticket(id);
    long readsMs = (System.nanoTime() - start) / 1_000_000;
    start = System.nanoTime();
    for (int i = 0; i < 6; i++) client.updateTicket(id, note("note " + i));
    long updatesMs = (System.nanoTime() - start) / 1_000_000;

    // then
    assertTrue(readsMs < 1000, "six reads took " + readsMs + " ms");
    assertTrue(updatesMs >= 2000, "six updates at 120/min took only " + updatesMs + " ms");
    assertEquals(6, zendesk.requests("PUT", p -> true).size());
  }

  @Test
  void when_the_agents_have_spent_most_of_the_update_budget_the_client_slows_down_before_a_429() {
    // given: 12 updates per 4-second window, 8 of them spent by agents in the agent workspace
    long id = ticketAfterAgentsSpent(12, 8, Duration.ofSeconds(4));
    HttpZendeskClient client = client(100_000);

    // when: more updates than are left in the window
    long start = System.nanoTime();
    for (int i = 0; i < 8; i++) client.updateTicket(id, note("note " + i));
    long ms = (System.nanoTime() - start) / 1_000_000;

    // then: all written, none refused, the rest waited for the next window
    assertEquals(0, zendesk.rateLimitedRequests(), "429s from Zendesk");
    assertEquals(8, zendesk.requests("PUT", p -> true).size());
    assertTrue(ms >= 1000, "the client did not slow down: " + ms + " ms");
  }

  @Test
  void after_a_429_the_next_calls_wait_out_its_retry_after_instead_of_being_refused_too() {
    // given: the agents spent the whole update budget of a 3-second window
    long id = ticketAfterAgentsSpent(10, 10, Duration.ofSeconds(3));
    HttpZendeskClient client = client(100_000);

    // when
    for (int i = 0; i < 3; i++) client.updateTicket(id, note("note " + i));

    // then: one refusal told the client how long to wait; the calls after it waited
    assertEquals(1, zendesk.rateLimitedRequests(), "429s from Zendesk");
    assertEquals(4, zendesk.requests("PUT", p -> true).size(), "the refused call and three written");
  }
}
