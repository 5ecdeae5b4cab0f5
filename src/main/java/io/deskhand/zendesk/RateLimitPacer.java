package io.deskhand.zendesk;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Slows one of Zendesk's budgets down before it answers 429. Zendesk says what is left with every answer
 * ({@code X-Rate-Limit-Remaining}, {@code ratelimit-remaining}, per endpoint {@code Zendesk-RateLimit-tickets-update:
 * total=100; remaining=99; resets=41}); the client-side limiter alone cannot know that agents' own edits spend the
 * same Update Ticket budget. Once less than a tenth is left, the remaining calls are spread over the time until the
 * budget resets; after a 429 nothing is sent before its Retry-After.
 */
final class RateLimitPacer {
  /** A wait past this is treated as this: a header gone wrong must not park the caller for long. */
  static final Duration MAX_WAIT = Duration.ofSeconds(60);
  private static final Duration UNKNOWN_WINDOW = Duration.ofSeconds(60);
  private static final Pattern ENDPOINT = Pattern.compile("(?i)(total|remaining|resets)\\s*=\\s*(\\d+)");

  private final String name;
  private long notBeforeNanos = System.nanoTime();

  RateLimitPacer(String name) {
    this.name = name;
  }

  /** Waits until this budget may be spent again. */
  void await() throws InterruptedException {
    long wait;
    synchronized (this) {
      wait = notBeforeNanos - System.nanoTime();
    }
    if (wait > 0) Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
  }

  /** Zendesk answered 429: nothing more before {@code retryAfter}. */
  void pause(Duration retryAfter) {
    delay(min(retryAfter, MAX_WAIT));
  }

  /** What an answer said is left: {@code remaining} of {@code limit} until {@code resetIn} (each may be unknown). */
  void observe(Optional<Long> remaining, Optional<Long> limit, Optional<Duration> resetIn) {
    if (remaining.isEmpty()) return;
    long left = remaining.get();
    long lowWater = Math.max(2, limit.orElse(100L) / 10);
    if (left > lowWater) return;
    Duration window = min(resetIn.filter(d -> !d.isNegative() && !d.isZero()).orElse(UNKNOWN_WINDOW), MAX_WAIT);
    delay(left <= 0 ? window : window.dividedBy(left + 1));
  }

  /** The endpoint header's parts: total, remaining and resets (seconds); missing parts are empty. */
  void observeEndpoint(String header) {
    if (header == null) return;
    Long total = null;
    Long remaining = null;
    Long resets = null;
    Matcher m = ENDPOINT.matcher(header);
    while (m.find()) {
      long v = Long.parseLong(m.group(2));
      switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
        case "total" -> total = v;
        case "remaining" -> remaining = v;
        default -> resets = v;
      }
    }
    observe(Optional.ofNullable(remaining), Optional.ofNullable(total), Optional.ofNullable(resets).map(Duration::ofSeconds));
  }

  private synchronized void delay(Duration d) {
    notBeforeNanos = Math.max(notBeforeNanos, System.nanoTime() + d.toNanos());
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public String toString() {
    return "RateLimitPacer[" + name + "]";
  }
}
