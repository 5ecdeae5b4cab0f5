package io.deskhand.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.http.RetryAfter;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** The one place where an HTTP status becomes an exception type. */
final class ZendeskErrors {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ZendeskErrors() {}

  static ZendeskException forStatus(String call, int status, HttpHeaders headers, String body) {
    String error = errorCode(body);
    String message = call + " -> " + status + (error.isEmpty() ? "" : " " + error);
    if (status == 429 || status == 503) {
      return new ZendeskRetryableException(message, status, retryAfter(headers).orElse(null));
    }
    if (status >= 500 || status == 408) return new ZendeskRetryableException(message, status, null);
    if (status == 401 || status == 403) return new ZendeskAuthException(message, status, error);
    if (status >= 400) return new ZendeskRejectedException(message, status, error);
    return new ZendeskException(message + " (unexpected status)", status);
  }

  /** Zendesk sends whole seconds; RFC 9110 also allows an HTTP date. */
  static Optional<Duration> retryAfter(HttpHeaders headers) {
    return RetryAfter.parse(headers.firstValue("Retry-After"), Clock.systemUTC());
  }

  /** Zendesk's {@code error} field: a string (RecordNotFound) or an object with a title; short, never the whole body. */
  private static String errorCode(String body) {
    if (body == null || body.isBlank()) return "";
    try {
      JsonNode root = JSON.readTree(body);
      JsonNode e = root == null ? null : root.get("error");
      if (e == null) return "";
      String s = e.isTextual() ? e.asText() : e.path("title").asText(e.toString());
      s = s.replaceAll("[\\r\\n]", " ");
      return s.length() > 80 ? s.substring(0, 80) : s;
    } catch (Exception notJson) {
      return "";
    }
  }
}
