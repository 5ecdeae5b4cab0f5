package io.deskhand.zendesk;

import io.deskhand.config.Secret;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach one Zendesk account and how politely.
 *
 * @param requestsPerMinute client-side budget for all calls; 200/min is the smallest plan (Team), so the default is safe
 * @param incrementalPerMinute separate budget for /incremental/* (10/min without the High Volume add-on)
 * @param maxAttempts attempts per call, the first included, for 429, 5xx and timeouts
 * @param baseDelay first backoff delay for 5xx and timeouts; doubled per attempt up to {@code maxDelay}, with jitter
 * @param updatesPerMinute separate budget for Update Ticket (its own account limit: 100/min, 300 with High Volume)
 */
public record ZendeskSettings(URI baseUrl, String email, Secret token, int requestsPerMinute, int incrementalPerMinute,
                              int maxAttempts, Duration baseDelay, Duration maxDelay, Duration timeout, int updatesPerMinute) {
  public ZendeskSettings(URI baseUrl, String email, Secret token, int requestsPerMinute, int incrementalPerMinute,
                         int maxAttempts, Duration baseDelay, Duration maxDelay, Duration timeout) {
    this(baseUrl, email, token, requestsPerMinute, incrementalPerMinute, maxAttempts, baseDelay, maxDelay, timeout, 100);
  }

  public ZendeskSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(token, "token");
    if (requestsPerMinute < 1) throw new IllegalArgumentException("requestsPerMinute must be at least 1, got " + requestsPerMinute);
    if (incrementalPerMinute < 1) throw new IllegalArgumentException("incrementalPerMinute must be at least 1, got " + incrementalPerMinute);
    if (updatesPerMinute < 1) throw new IllegalArgumentException("updatesPerMinute must be at least 1, got " + updatesPerMinute);
    if (maxAttempts < 1) throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
    String s = baseUrl.toString();
    if (s.endsWith("/")) baseUrl = URI.create(s.substring(0, s.length() - 1));
  }

  public static ZendeskSettings defaults(URI baseUrl, String email, Secret token) {
    return new ZendeskSettings(baseUrl, email, token, 200, 10, 5, Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofSeconds(30));
  }

  @Override
  public String toString() {
    return "ZendeskSettings[baseUrl=" + baseUrl + ", email=" + email + ", token=***]";
  }
}
