package io.deskhand.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** The {@code Retry-After} header of a 429 or 503 (RFC 9110 §10.2.3): delay-seconds or an HTTP date. */
public final class RetryAfter {
  /** A Retry-After past this is treated as this: a misconfigured proxy must not park a worker for hours. */
  public static final Duration MAX = Duration.ofMinutes(10);

  private RetryAfter() {}

  /** The wait the header asks for, clamped to 0..{@link #MAX}; empty when absent or unreadable. */
  public static Optional<Duration> parse(Optional<String> header, Clock clock) {
    if (header.isEmpty()) return Optional.empty();
    String v = header.get().trim();
    try {
      long seconds = (long) Math.ceil(Double.parseDouble(v));
      return Optional.of(clamp(Duration.ofSeconds(Math.max(0, seconds))));
    } catch (NumberFormatException e) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration d = Duration.between(clock.instant(), at);
        return Optional.of(clamp(d.isNegative() ? Duration.ZERO : d));
      } catch (RuntimeException bad) {
        return Optional.empty();
      }
    }
  }

  private static Duration clamp(Duration d) {
    return d.compareTo(MAX) > 0 ? MAX : d;
  }
}
