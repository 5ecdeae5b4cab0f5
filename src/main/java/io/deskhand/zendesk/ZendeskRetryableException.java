package io.deskhand.zendesk;

import java.time.Duration;
import java.util.Optional;

/** 429, 5xx, timeouts and connection failures: the same call may succeed later, after {@link #retryAfter()} if given. */
public class ZendeskRetryableException extends ZendeskException {
  private final Duration retryAfter;

  public ZendeskRetryableException(String message, int status, Duration retryAfter) {
    super(message, status);
    this.retryAfter = retryAfter;
  }

  public ZendeskRetryableException(String message, int status, Duration retryAfter, Throwable cause) {
    super(message, status, cause);
    this.retryAfter = retryAfter;
  }

  /** What Zendesk asked us to wait (the Retry-After header), when it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
