package io.deskhand.modelserver;

import dev.failsafe.RetryPolicy;
import java.time.Duration;

/**
 * How a call to a model server is retried: only {@link ModelServerException#retryable()} failures (429, 5xx,
 * timeouts), after the server's {@code Retry-After} when it sends one, else after a doubling backoff; a wait that
 * would end past {@code deadlineNanos} ends the call at once instead.
 */
public final class Retries {
  static final Duration MAX_BACKOFF = Duration.ofSeconds(4);

  private Retries() {}

  public static <T> RetryPolicy<T> policy(int maxAttempts, Duration backoff, long deadlineNanos, Runnable onRetry) {
    return RetryPolicy.<T>builder()
        .handleIf(e -> e instanceof ModelServerException m && m.retryable())
        .withMaxAttempts(maxAttempts)
        .withDelayFn(ctx -> delay(ctx.getAttemptCount(), ctx.getLastException(), backoff))
        .abortIf((result, e) -> e != null && System.nanoTime() + delay(1, e, backoff).toNanos() >= deadlineNanos)
        .onRetry(e -> onRetry.run())
        .build();
  }

  static Duration delay(int attempts, Throwable last, Duration backoff) {
    if (last instanceof ModelServerException m && m.retryAfter().isPresent()) return m.retryAfter().get();
    long millis = backoff.toMillis() << Math.min(6, Math.max(0, attempts - 1));
    return Duration.ofMillis(Math.min(millis, MAX_BACKOFF.toMillis()));
  }
}
