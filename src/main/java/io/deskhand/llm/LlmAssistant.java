package io.deskhand.llm;

import io.deskhand.draft.TicketAssistant;
import io.deskhand.language.LanguageDetector;
import io.deskhand.modelserver.ModelServerException;
import io.deskhand.modelserver.Privacy;
import io.deskhand.modelserver.Vault;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread summary and the translation, each one model call on its own virtual thread (they wait on the network,
 * not on a core), both under the model's time budget. Personal data is redacted as for drafts and restored in what
 * comes back: the agent reads the customer's real details.
 */
public final class LlmAssistant implements TicketAssistant, AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LlmAssistant.class);
  static final int SUMMARY_WORDS = 100;
  static final int SUMMARY_TOKENS = 300;
  static final int MAX_THREAD_CHARS = 6000;

  private final LanguageModel model;
  private final LlmPrompts prompts;
  private final Privacy privacy;
  private final LanguageDetector detector;
  private final Optional<String> agentLanguage;
  private final int maxOutputTokens;
  private final ExecutorService calls = Executors.newVirtualThreadPerTaskExecutor();

  /** @param agentLanguage llm.agent_language: tickets in another language get a translation into it */
  public LlmAssistant(LanguageModel model, LlmPrompts prompts, Privacy privacy, LanguageDetector detector,
                      Optional<String> agentLanguage, int maxOutputTokens) {
    this.model = model;
    this.prompts = prompts;
    this.privacy = privacy;
    this.detector = detector;
    this.agentLanguage = agentLanguage;
    this.maxOutputTokens = maxOutputTokens;
  }

  @Override
  public CompletableFuture<Assistance> assist(Request r) {
    CompletableFuture<Optional<String>> summary = call(() -> summary(r));
    CompletableFuture<Optional<Translation>> translation = agentLanguage.isPresent() && !agentLanguage.get().equals(r.language())
        ? call(() -> translation(r, agentLanguage.get())) : CompletableFuture.completedFuture(Optional.empty());
    return summary.thenCombine(translation, Assistance::new);
  }

  private <T> CompletableFuture<Optional<T>> call(Supplier<Optional<T>> work) {
    return CompletableFuture.supplyAsync(work, calls).exceptionally(e -> {
      LOG.warn("event=llm_assist_failed error={}", e.getClass().getSimpleName());
      return Optional.empty();
    });
  }

  private Optional<String> summary(Request r) {
    Vault vault = new Vault(r.requesterName());
    StringBuilder thread = new StringBuilder("Subject: ").append(r.subject().strip()).append("\n\ncustomer: ").append(r.customerText().strip());
    for (String c : r.laterComments()) thread.append("\n\n").append(c.strip());
    String text = thread.length() > MAX_THREAD_CHARS ? thread.substring(thread.length() - MAX_THREAD_CHARS) : thread.toString();
    String language = agentLanguage.orElse(r.language());
    Optional<String> answer = ask("summary", prompts.summarySystem(language), privacy.own(text, vault), SUMMARY_TOKENS);
    return answer.map(a -> vault.restore(words(a, SUMMARY_WORDS)));
  }

  private Optional<Translation> translation(Request r, String into) {
    Vault vault = new Vault(r.requesterName());
    String text = (r.subject().isBlank() ? "" : r.subject().strip() + "\n\n") + r.customerText().strip();
    Optional<String> answer = ask("translation", prompts.translationSystem(into), privacy.own(text, vault), maxOutputTokens);
    if (answer.isEmpty()) return Optional.empty();
    String detected = detector.detect(answer.get()).code();
    if (!detected.equals(into)) {
      LOG.info("event=llm_translation_refused reason=\"the translation is in {}, not {}\"", detected, into);
      return Optional.empty();
    }
    return Optional.of(new Translation(into, vault.restore(answer.get().strip())));
  }

  private Optional<String> ask(String purpose, String system, String user, int maxTokens) {
    try {
      LanguageModel.Completion c = model.complete(new LanguageModel.Prompt(purpose, system, user, maxTokens));
      return c.text().isBlank() ? Optional.empty() : Optional.of(c.text().strip());
    } catch (ModelServerException e) {
      return Optional.empty(); // counted and logged by the guarded model; the note simply has no summary
    }
  }

  /** At most {@code max} words, line breaks kept, cut after the last full sentence or line that fits when there is one. */
  static String words(String text, int max) {
    String t = text.strip();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\S+").matcher(t);
    int count = 0;
    int end = -1;
    while (m.find()) {
      if (++count == max) end = m.end();
      if (count > max) break;
    }
    if (count <= max) return t;
    String cut = t.substring(0, end);
    int boundary = Math.max(cut.lastIndexOf(". "), Math.max(cut.lastIndexOf(".\n"), cut.lastIndexOf('\n')));
    return boundary > cut.length() / 2 ? cut.substring(0, boundary + 1).strip() : cut + " …";
  }

  @Override
  public void close() {
    calls.shutdownNow();
  }
}
