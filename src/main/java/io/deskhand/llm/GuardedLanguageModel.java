package io.deskhand.llm;

import dev.failsafe.CircuitBreaker;
import dev.failsafe.CircuitBreakerOpenException;
import dev.failsafe.Failsafe;
import dev.failsafe.RetryPolicy;
import dev.failsafe.Timeout;
import dev.failsafe.TimeoutExceededException;
import io.deskhand.modelserver.ModelServerException;
import io.deskhand.modelserver.Retries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A language model with the limits triage needs: each call has one time budget, retries included, so a slow server
 * never holds a ticket longer than that; only 429, 5xx and timeouts are retried, after the server's
 * {@code Retry-After} when it sends one (a wait past the budget ends the call at once); after repeated failures a
 * circuit breaker stops calling for a while, so every draft is extractive at once instead of after a timeout. Calls,
 * latency and tokens go to /metrics. Retries follow {@link Retries}.
 */
public final class GuardedLanguageModel implements LanguageModel {
  private static final Logger LOG = LoggerFactory.getLogger(GuardedLanguageModel.class);

  /**
   * @param budget the whole time one call may take, retries and their waits included
   * @param maxAttempts attempts of a call on a retryable failure
   * @param failuresToOpen failed attempts in a row that open the circuit
   * @param openFor how long an open circuit refuses calls before one trial call
   * @param backoff the first wait between attempts when the server names none; doubled per attempt
   */
  public record Settings(Duration budget, int maxAttempts, int failuresToOpen, Duration openFor, Duration backoff) {
    public static Settings of(int timeoutSeconds, int maxAttempts, int circuitOpenSeconds) {
      return new Settings(Duration.ofSeconds(timeoutSeconds), maxAttempts, 5, Duration.ofSeconds(circuitOpenSeconds),
          Duration.ofMillis(250));
    }
  }

  private final LanguageModel inner;
  private final Settings settings;
  private final CircuitBreaker<Completion> breaker;
  private final MeterRegistry meters;
  private final LlmUsage usage = new LlmUsage();

  public GuardedLanguageModel(LanguageModel inner, Settings settings, MeterRegistry meters) {
    this.inner = inner;
    this.settings = settings;
    this.meters = meters;
    this.breaker = CircuitBreaker.<Completion>builder()
        .handleIf(e -> e instanceof ModelServerException)
        .withFailureThreshold(settings.failuresToOpen())
        .withDelay(settings.openFor())
        .withSuccessThreshold(1)
        .onOpen(e -> LOG.warn("event=llm_circuit state=open seconds={} reason=\"{} failed calls in a row: drafts are extractive "
            + "until a trial call succeeds\"", settings.openFor().toSeconds(), settings.failuresToOpen()))
        .onClose(e -> LOG.info("event=llm_circuit state=closed"))
        .build();
  }

  @Override
  public Completion complete(Prompt prompt) {
    long start = System.nanoTime();
    long deadline = start + settings.budget().toNanos();
    RetryPolicy<Completion> retry = Retries.policy(settings.maxAttempts(), settings.backoff(), deadline,
        () -> meters.counter("deskhand_llm_retries", "purpose", prompt.purpose()).increment());
    Timeout<Completion> budget = Timeout.<Completion>builder(settings.budget()).withInterrupt().build();
    String outcome = "ok";
    try {
      Completion c = Failsafe.with(budget, retry, breaker).get(() -> inner.complete(prompt));
      usage.answered(c);
      tokens(prompt.purpose(), "prompt").increment(c.promptTokens());
      tokens(prompt.purpose(), "completion").increment(c.completionTokens());
      return c;
    } catch (ModelServerException e) {
      outcome = e.kind().tag();
      usage.failed();
      throw e;
    } catch (CircuitBreakerOpenException e) {
      outcome = ModelServerException.Kind.OPEN_CIRCUIT.tag();
      usage.failed();
      throw new ModelServerException(ModelServerException.Kind.OPEN_CIRCUIT, 0, null,
          "the model server failed repeatedly; no call for " + settings.openFor().toSeconds() + "s after the last failure");
    } catch (TimeoutExceededException e) {
      outcome = ModelServerException.Kind.TIMEOUT.tag();
      usage.failed();
      throw new ModelServerException(ModelServerException.Kind.TIMEOUT, 0, null,
          "no answer within llm.timeout_seconds (" + settings.budget().toSeconds() + "s)");
    } finally {
      // the interrupt Failsafe raises at the budget's end was for the call, not for the caller's thread
      if (outcome.equals(ModelServerException.Kind.TIMEOUT.tag())) Thread.interrupted();
      Timer.builder("deskhand_llm").description("one model server call, retries included").tag("purpose", prompt.purpose())
          .tag("outcome", outcome).publishPercentiles(0.5, 0.99).register(meters).record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
      meters.counter("deskhand_llm_calls", "purpose", prompt.purpose(), "outcome", outcome).increment();
      LOG.info("event=llm_call purpose={} outcome={} ms={}", prompt.purpose(), outcome, (System.nanoTime() - start) / 1_000_000);
    }
  }

  private Counter tokens(String purpose, String kind) {
    return meters.counter("deskhand_llm_tokens", "purpose", purpose, "kind", kind);
  }

  /** {@code open-circuit} while the breaker refuses calls, else {@code ok}, as /health reports it. */
  public String state() {
    return breaker.isOpen() && breaker.getRemainingDelay().toNanos() > 0 ? "open-circuit" : "ok";
  }

  public LlmUsage usage() {
    return usage;
  }
}
