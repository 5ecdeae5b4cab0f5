package io.deskhand.draft;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * What a language model adds for the agent beside the draft: a short summary of the ticket's thread, and the
 * customer's message in the agents' language. Work starts as soon as the ticket's language is known and runs beside
 * retrieval, classification and drafting; the future always completes, within the model's time budget, empty where
 * the model gave nothing usable.
 */
public interface TicketAssistant {
  TicketAssistant NONE = request -> CompletableFuture.completedFuture(Assistance.NONE);

  CompletableFuture<Assistance> assist(Request request);

  /**
   * @param language the ticket's detected language
   * @param customerText the cleaned first message
   * @param laterComments the thread's later comments, oldest first ("customer: ...", "agent: ...")
   */
  record Request(String language, String subject, String customerText, List<String> laterComments, Optional<String> requesterName) {
    public Request {
      Objects.requireNonNull(language, "language");
      subject = subject == null ? "" : subject;
      customerText = customerText == null ? "" : customerText;
      laterComments = laterComments == null ? List.of() : List.copyOf(laterComments);
      requesterName = requesterName == null ? Optional.empty() : requesterName;
    }
  }

  /** @param summary at most 100 words: problem, request, what was tried, next step */
  record Assistance(Optional<String> summary, Optional<Translation> translation) {
    public static final Assistance NONE = new Assistance(Optional.empty(), Optional.empty());
  }

  /** The customer's message in {@code language} (llm.agent_language). */
  record Translation(String language, String text) {
    public Translation {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(text, "text");
    }
  }
}
