package io.deskhand.zendesk;

import java.util.List;

/**
 * Not a test: the fake Zendesk as its own process, for load checks against a real {@code serve}
 * ({@code eval/webhook-load.sh}). Args: email, API token, number of new French tickets to create. Prints the base URL
 * on the first line of stdout, then serves until killed.
 */
public final class FakeZendeskServer {
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3) {
      System.err.println("usage: FakeZendeskServer <email> <api-token> <tickets>");
      System.exit(2);
    }
    FakeZendesk zendesk = FakeZendesk.start(args[0], args[1]);
    // the load check measures webhook intake while jobs run at full speed, not Zendesk's limits
    zendesk.rateLimits(100_000_000, 100_000_000, java.time.Duration.ofMinutes(1));
    int tickets = Integer.parseInt(args[2]);
    for (int i = 0; i < tickets; i++) {
      zendesk.addTicket("Remboursement " + i, "Bonjour, je n'ai pas reçu le remboursement de ma commande " + i
          + ". Pouvez-vous vérifier ?", "new", List.of("web"));
    }
    System.out.println(zendesk.baseUrl());
    System.out.flush();
    Thread.currentThread().join();
  }
}
