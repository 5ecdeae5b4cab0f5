package io.deskhand.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.failsafe.Failsafe;
import dev.failsafe.RateLimiter;
import dev.failsafe.RetryPolicy;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link ZendeskClient} over java.net.http with API-token auth. Every call first takes a permit from a client-side
 * rate limiter (a separate, smaller one for /incremental/*), then retries 429 after Retry-After and 5xx, timeouts and
 * connection errors with capped exponential backoff and jitter.
 */
public final class HttpZendeskClient implements ZendeskClient {
  private static final Logger LOG = LoggerFactory.getLogger(HttpZendeskClient.class);
  private static final int PAGE_SIZE = 100;

  private final ZendeskSettings settings;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final String authorization;
  private final RateLimiter<Object> general;
  private final RateLimiter<Object> incremental;
  private final RetryPolicy<HttpResult> retry;
  private final MeterRegistry meters;
  private final Counter rateLimited;
  private final Counter retries;

  public HttpZendeskClient(ZendeskSettings settings, MeterRegistry meters) {
    this.settings = settings;
    this.meters = meters;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (settings.email() + "/token:" + settings.token().value()).getBytes(StandardCharsets.UTF_8));
    // smooth limiters spread the budget over the minute instead of bursting it and then hitting Zendesk's 429s
    this.general = RateLimiter.smoothBuilder(settings.requestsPerMinute(), Duration.ofMinutes(1)).build();
    this.incremental = RateLimiter.smoothBuilder(settings.incrementalPerMinute(), Duration.ofMinutes(1)).build();
    this.rateLimited = Counter.builder("deskhand_zendesk_rate_limited").description("429 answers from Zendesk").register(meters);
    this.retries = Counter.builder("deskhand_zendesk_retries").description("Zendesk calls retried").register(meters);
    this.retry = RetryPolicy.<HttpResult>builder()
        .handle(ZendeskRetryableException.class)
        .withMaxAttempts(settings.maxAttempts())
        .withDelayFn(ctx -> delayBefore(ctx.getAttemptCount(), ctx.getLastException()))
        .onRetry(e -> {
          retries.increment();
          LOG.info("event=zendesk_retry attempt={} cause=\"{}\"", e.getAttemptCount(),
              e.getLastException() == null ? "-" : e.getLastException().getMessage());
        })
        .build();
  }

  /** Retry-After when Zendesk gave one; otherwise base * 2^(n-1), capped, with up to 25% jitter either way. */
  Duration delayBefore(int failedAttempts, Throwable last) {
    if (last instanceof ZendeskRetryableException r && r.retryAfter().isPresent()) return r.retryAfter().get();
    long base = settings.baseDelay().toMillis();
    long capped = Math.min(settings.maxDelay().toMillis(), base << Math.min(20, Math.max(0, failedAttempts - 1)));
    double jitter = 1 + (ThreadLocalRandom.current().nextDouble() - 0.5) * 0.5;
    return Duration.ofMillis(Math.max(1, Math.round(capped * jitter)));
  }

  @Override
  public RemoteTicket ticket(long id) {
    return RemoteTicket.of(get("/api/v2/tickets/" + id + ".json").path("ticket"));
  }

  @Override
  public List<JsonNode> comments(long ticketId) {
    return collect("/api/v2/tickets/" + ticketId + "/comments.json?page%5Bsize%5D=" + PAGE_SIZE, "comments");
  }

  @Override
  public RemoteTicket updateTicket(long id, TicketUpdate update) {
    ObjectNode body = json.createObjectNode();
    ObjectNode t = body.putObject("ticket");
    update.internalNote().ifPresent(note -> t.putObject("comment").put("body", note).put("public", false));
    update.tags().ifPresent(tags -> {
      ArrayNode arr = t.putArray("tags");
      tags.forEach(arr::add);
    });
    update.priority().ifPresent(p -> t.put("priority", p));
    update.groupId().ifPresent(g -> t.put("group_id", g));
    if (!update.customFields().isEmpty()) {
      ArrayNode fields = t.putArray("custom_fields");
      update.customFields().forEach((fieldId, value) -> fields.addObject().put("id", fieldId).put("value", value));
    }
    update.updatedStamp().ifPresent(s -> t.put("safe_update", true).put("updated_stamp", s));
    return RemoteTicket.of(send("PUT", "/api/v2/tickets/" + id + ".json", body).path("ticket"));
  }

  @Override
  public List<JsonNode> groups() {
    return collect("/api/v2/groups.json?page%5Bsize%5D=" + PAGE_SIZE, "groups");
  }

  @Override
  public RemoteTicket createTicket(ObjectNode ticket) {
    ObjectNode body = json.createObjectNode();
    body.set("ticket", ticket);
    return RemoteTicket.of(send("POST", "/api/v2/tickets.json", body).path("ticket"));
  }

  @Override
  public Pages.TicketExportPage exportTickets(Pages.ExportStart start) {
    String query = start.cursor().map(c -> "cursor=" + enc(c))
        .orElseGet(() -> "start_time=" + start.startTime().orElse(0L));
    JsonNode page = get("/api/v2/incremental/tickets/cursor.json?" + query);
    List<JsonNode> tickets = new ArrayList<>();
    page.path("tickets").forEach(tickets::add);
    String after = page.path("after_cursor").isNull() ? null : page.path("after_cursor").asText(null);
    return new Pages.TicketExportPage(tickets, after, page.path("end_of_stream").asBoolean(false));
  }

  @Override
  public Pages.TicketEventsPage ticketEvents(long startTime) {
    JsonNode page = get("/api/v2/incremental/ticket_events.json?start_time=" + startTime + "&include=comment_events");
    List<JsonNode> events = new ArrayList<>();
    page.path("ticket_events").forEach(events::add);
    long end = page.path("end_time").asLong(startTime);
    // end_of_stream is the documented stop; a page without it and without next_page is the end as well
    boolean eos = page.path("end_of_stream").asBoolean(false) || page.path("next_page").isNull() || page.path("next_page").isMissingNode();
    return new Pages.TicketEventsPage(events, end, eos);
  }

  @Override
  public Pages.ArticlesPage articles(Optional<String> next) {
    JsonNode page = next.isPresent() ? getLink(next.get()) : get("/api/v2/help_center/articles.json?page%5Bsize%5D=" + PAGE_SIZE);
    List<JsonNode> articles = new ArrayList<>();
    page.path("articles").forEach(articles::add);
    return new Pages.ArticlesPage(articles, nextLink(page));
  }

  /** Cursor pagination (meta.has_more + links.next), falling back to offset next_page. */
  private static Optional<String> nextLink(JsonNode page) {
    JsonNode meta = page.path("meta");
    if (meta.has("has_more")) {
      if (!meta.path("has_more").asBoolean(false)) return Optional.empty();
      String next = page.path("links").path("next").asText("");
      return next.isBlank() ? Optional.empty() : Optional.of(next);
    }
    JsonNode np = page.path("next_page");
    return np.isTextual() && !np.asText().isBlank() ? Optional.of(np.asText()) : Optional.empty();
  }

  private List<JsonNode> collect(String firstPath, String field) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode page = get(firstPath);
    int pages = 1;
    while (true) {
      page.path(field).forEach(out::add);
      Optional<String> next = nextLink(page);
      if (next.isEmpty()) return out;
      if (++pages > 10_000) throw new ZendeskException("more than 10000 pages of " + field + "; stopping", 200);
      page = getLink(next.get());
    }
  }

  private JsonNode get(String pathAndQuery) {
    return send("GET", pathAndQuery, null);
  }

  /** Follows a pagination link; only to our own Zendesk, so the credentials never go anywhere else. */
  private JsonNode getLink(String link) {
    URI uri = URI.create(link);
    URI base = settings.baseUrl();
    if (!(base.getScheme().equals(uri.getScheme()) && base.getHost().equalsIgnoreCase(uri.getHost()) && base.getPort() == uri.getPort())) {
      throw new ZendeskException("refusing to follow a pagination link to another host: " + uri.getHost(), 200);
    }
    return get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
  }

  private record HttpResult(int status, JsonNode body) {}

  private JsonNode send(String method, String pathAndQuery, JsonNode body) {
    String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
    String call = method + " " + path;
    RateLimiter<Object> limiter = path.startsWith("/api/v2/incremental/") ? incremental : general;
    return Failsafe.with(retry).get(() -> attempt(method, pathAndQuery, body, call, limiter)).body();
  }

  private HttpResult attempt(String method, String pathAndQuery, JsonNode body, String call, RateLimiter<Object> limiter) {
    try {
      limiter.acquirePermit();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ZendeskException(call + " interrupted while waiting for the rate limiter", 0, e);
    }
    HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(settings.baseUrl() + pathAndQuery))
        .timeout(settings.timeout())
        .header("Authorization", authorization)
        .header("Accept", "application/json");
    if (body != null) {
      req.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
    } else {
      req.method(method, HttpRequest.BodyPublishers.noBody());
    }
    long start = System.nanoTime();
    HttpResponse<String> res;
    try {
      res = http.send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      count(call, "timeout");
      throw new ZendeskRetryableException(call + " timed out after " + settings.timeout().toSeconds() + "s", 0, null, e);
    } catch (IOException e) {
      count(call, "io_error");
      throw new ZendeskRetryableException(call + " failed: " + e.getClass().getSimpleName(), 0, null, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ZendeskException(call + " interrupted", 0, e);
    }
    int status = res.statusCode();
    count(call, Integer.toString(status));
    LOG.debug("event=zendesk_call call=\"{}\" status={} ms={}", call, status, (System.nanoTime() - start) / 1_000_000);
    if (status == 429) rateLimited.increment();
    if (status < 200 || status >= 300) throw ZendeskErrors.forStatus(call, status, res.headers(), res.body());
    try {
      String text = res.body();
      return new HttpResult(status, text == null || text.isBlank() ? json.createObjectNode() : json.readTree(text));
    } catch (IOException e) {
      throw new ZendeskException(call + " -> " + status + " with a body that is not JSON", status);
    }
  }

  private void count(String call, String status) {
    String endpoint = call.replaceAll("/\\d+", "/{id}").replace(".json", "");
    meters.counter("deskhand_zendesk_calls", "endpoint", endpoint, "status", status).increment();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
