package io.deskhand.llm;

import io.deskhand.draft.Draft;
import io.deskhand.draft.DraftRequest;
import io.deskhand.draft.Drafter;
import io.deskhand.language.LanguageDetector;
import io.deskhand.modelserver.ModelServerException;
import io.deskhand.modelserver.Privacy;
import io.deskhand.modelserver.Vault;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drafts with a language model from the numbered sources retrieval found, in the customer's language, citing them;
 * the extractive drafter's draft is computed first and is what the agent gets whenever the model is unavailable or
 * its answer fails a check ({@link DraftCheck}), with the reason. The customer's personal data is replaced by
 * placeholders before the prompt leaves for a server that is not on this machine ({@link Privacy}) and put back only
 * where the draft repeats it.
 */
public final class LlmDrafter implements Drafter {
  private static final Logger LOG = LoggerFactory.getLogger(LlmDrafter.class);
  /** Words a reply may have; the customer who wrote a few words gets a short answer. */
  static final int MAX_WORDS = 180;
  static final int BRIEF_MAX_WORDS = 80;
  static final int BRIEF_CUSTOMER_WORDS = 40;
  /** The customer's own text is cut here; a longer message is a thread or a log, its start carries the request. */
  static final int MAX_CUSTOMER_CHARS = 3000;
  /** Characters per token when a prompt is measured against llm.context_tokens: low, so a prompt never overflows. */
  static final double CHARS_PER_TOKEN = 3.0;

  /** @param contextTokens the model's context window; the prompt and the answer ({@code maxOutputTokens}) must fit */
  public record Settings(int maxOutputTokens, int contextTokens) {}

  private final Drafter fallback;
  private final LanguageModel model;
  private final LlmPrompts prompts;
  private final Privacy privacy;
  private final DraftCheck check;
  private final Settings settings;
  private final MeterRegistry meters;

  public LlmDrafter(Drafter fallback, LanguageModel model, LlmPrompts prompts, Privacy privacy, LanguageDetector detector,
                    Settings settings, MeterRegistry meters) {
    this.fallback = fallback;
    this.model = model;
    this.prompts = prompts;
    this.privacy = privacy;
    this.check = new DraftCheck(detector);
    this.settings = settings;
    this.meters = meters;
  }

  @Override
  public Draft draft(DraftRequest request) {
    return draft(request, Optional.empty());
  }

  /**
   * This drafter following an agent's instructions for a redraft ("shorter", "plus formel", "auf Deutsch"): they go
   * into the prompt, and a language they name is the draft's.
   */
  public Drafter following(String instructions) {
    Optional<String> given = Optional.ofNullable(instructions).map(String::strip).filter(i -> !i.isEmpty());
    return request -> draft(request, given);
  }

  private Draft draft(DraftRequest request, Optional<String> instructions) {
    Draft extractive = fallback.draft(request);
    String language = instructions.flatMap(LanguageNames::requested).orElse(request.language());
    boolean brief = request.customerText().strip().split("\\s+").length < BRIEF_CUSTOMER_WORDS && instructions.isEmpty();
    int maxWords = brief ? BRIEF_MAX_WORDS : MAX_WORDS;
    String system = prompts.draftSystem(language, request.tone(), maxWords, brief);
    Vault vault = new Vault(request.requesterName());
    String ticket = ticketPart(request, instructions, vault);
    int budgetChars = (int) ((settings.contextTokens() - settings.maxOutputTokens()) * CHARS_PER_TOKEN) - system.length() - ticket.length();
    DraftSources sources = DraftSources.select(request.retrieved(), privacy, budgetChars);
    if (sources.isEmpty()) return counted("no_source", fellBack(extractive, "nothing was retrieved to ground it in"));
    String user = ticket + "\n\nSources:\n" + sources.render();
    if (!vault.isEmpty()) LOG.debug("event=llm_redacted {}", vault.summary());

    LanguageModel.Completion answer;
    try {
      answer = model.complete(new LanguageModel.Prompt("draft", system, user, settings.maxOutputTokens()));
    } catch (ModelServerException e) {
      return counted("unavailable", fellBack(extractive, "the model server gave no answer: " + e.getMessage()));
    }
    DraftCheck.Verdict v = check.check(answer.text(), answer.truncated(), sources, language, maxWords, prompts.clarifyMarker(),
        prompts.draft());
    if (v.refused().isPresent()) {
      LOG.info("event=llm_draft_refused reason=\"{}\"", v.refused().get());
      return counted("refused", fellBack(extractive, v.refused().get()));
    }
    String body = vault.restore(v.body().orElseThrow());
    double confidence = v.cited().stream().mapToDouble(DraftSources.Source::similarity).max()
        .orElse(sources.sources().stream().mapToDouble(DraftSources.Source::similarity).max().orElse(0));
    Optional<String> reason = v.clarify() ? Optional.of("the sources do not answer the request: the model asks the customer")
        : v.flagged();
    if (v.clarify() && v.flagged().isPresent()) reason = Optional.of(reason.get() + "; " + v.flagged().get());
    Draft draft = new Draft(body, v.clarify() ? Draft.CLARIFY : Draft.LLM, language, DraftCheck.refs(v.cited()),
        Math.max(0, Math.min(1, confidence)), reason);
    return counted(v.clarify() ? "clarify" : "llm", draft);
  }

  /** The ticket part of the prompt: subject, the customer's message, the name to greet, the agent's instructions. */
  private String ticketPart(DraftRequest r, Optional<String> instructions, Vault vault) {
    String text = r.customerText().strip();
    if (text.length() > MAX_CUSTOMER_CHARS) text = text.substring(0, MAX_CUSTOMER_CHARS) + " …";
    StringBuilder sb = new StringBuilder();
    sb.append("Ticket subject: ").append(privacy.own(r.subject(), vault).strip()).append('\n');
    sb.append("Customer's message:\n<<<\n").append(privacy.own(text, vault)).append("\n>>>\n");
    if (r.requesterName().isPresent()) {
      String name = privacy.redacts() ? vault.namePlaceholder().orElse(r.requesterName().get()) : r.requesterName().get();
      sb.append("Customer's name: ").append(name).append('\n');
    }
    r.intent().ifPresent(i -> sb.append("Request type: ").append(i).append('\n'));
    instructions.ifPresent(i -> sb.append("The agent's instructions for this draft (follow them within the rules): ")
        .append(privacy.own(i.strip(), vault)).append('\n'));
    return sb.toString().strip();
  }

  /** The extractive draft, saying why the model's was not used. */
  private static Draft fellBack(Draft extractive, String why) {
    return extractive.withReason(Draft.LLM_NOT_USED + why + extractive.reason().map(r -> "; " + r).orElse(""));
  }

  private Draft counted(String outcome, Draft d) {
    meters.counter("deskhand_llm_drafts", "outcome", outcome).increment();
    return d;
  }
}
