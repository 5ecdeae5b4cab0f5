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
import java.net.http.HttpHeaders;
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
 * rate limiter (separate, smaller ones for /incremental/* and for Update Ticket, which have account limits of their
 * own), waits while Zendesk's rate-limit headers say a budget is nearly spent, then retries 429 after Retry-After and
 * 5xx, timeouts and connection errors with capped exponential backoff and jitter. {@link #withoutRetries()} is the
 * same client giving up at the first failure, for the job worker, which schedules its own retries.
 */
public final class HttpZendeskClient implements ZendeskClient {
  private static final Logger LOG = LoggerFactory.getLogger(HttpZendeskClient.class);
  private static final int PAGE_SIZE = 100;
  private static final java.util.regex.Pattern UPDATE_TICKET = java.util.regex.Pattern.compile("PUT /api/v2/tickets/\\d+(\\.json)?");

  private final ZendeskSettings settings;
  private final HttpClient http;
  private final ObjectMapper json = new ObjectMapper();
  private final String authorization;
  private final RateLimiter<Object> general;
  private final RateLimiter<Object> incremental;
  private final RateLimiter<Object> updates;
  private final RateLimitPacer accountPacer;
  private final RateLimitPacer incrementalPacer;
  private final RateLimitPacer updatePacer;
  private final RetryPolicy<HttpResult> retry;
  private final MeterRegistry meters;
  private final Counter rateLimited;
  private final Counter retries;
  private final ZendeskAuthState auth;

  public HttpZendeskClient(ZendeskSettings settings, MeterRegistry meters) {
    this(settings, meters, new ZendeskAuthState());
  }

  /** @param auth told of every accepted and every refused call (401, 403) */
  public HttpZendeskClient(ZendeskSettings settings, MeterRegistry meters, ZendeskAuthState auth) {
    this.settings = settings;
    this.meters = meters;
    this.auth = auth;
    this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (settings.email() + "/token:" + settings.token().value()).getBytes(StandardCharsets.UTF_8));
    // smooth limiters spread the budget over the minute instead of bursting it and then hitting Zendesk's 429s
    this.general = RateLimiter.smoothBuilder(settings.requestsPerMinute(), Duration.ofMinutes(1)).build();
    this.incremental = RateLimiter.smoothBuilder(settings.incrementalPerMinute(), Duration.ofMinutes(1)).build();
    this.updates = RateLimiter.smoothBuilder(settings.updatesPerMinute(), Duration.ofMinutes(1)).build();
    this.accountPacer = new RateLimitPacer("account");
    this.incrementalPacer = new RateLimitPacer("incremental");
    this.updatePacer = new RateLimitPacer("tickets-update");
    this.rateLimited = Counter.builder("deskhand_zendesk_rate_limited").description("429 answers from Zendesk").register(meters);
    this.retries = Counter.builder("deskhand_zendesk_retries").description("Zendesk calls retried").register(meters);
    this.retry = retryPolicy(settings.maxAttempts());
  }

  /** The same account, budgets and pacing as {@code base}, with {@code attempts} per call. */
  private HttpZendeskClient(HttpZendeskClient base, int attempts) {
    this.settings = base.settings;
    this.meters = base.meters;
    this.auth = base.auth;
    this.http = base.http;
    this.authorization = base.authorization;
    this.general = base.general;
    this.incremental = base.incremental;
    this.updates = base.updates;
    this.rateLimited = base.rateLimited;
    this.retries = base.retries;
    this.accountPacer = base.accountPacer;
    this.incrementalPacer = base.incrementalPacer;
    this.updatePacer = base.updatePacer;
    this.retry = retryPolicy(attempts);
  }

  /**
   * One attempt per call, sharing this client's budgets: the job worker puts a failed job back in the queue with a
   * due time instead, so a ticket whose calls fail does not hold a worker through the backoff while others wait.
   */
  public HttpZendeskClient withoutRetries() {
    return new HttpZendeskClient(this, 1);
  }

  /** What the last answers said about the credentials. */
  public ZendeskAuthState authState() {
    return auth;
  }

  private RetryPolicy<HttpResult> retryPolicy(int attempts) {
    return RetryPolicy.<HttpResult>builder()
        .handle(ZendeskRetryableException.class)
        .withMaxAttempts(attempts)
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
  public ZendeskTicket ticket(long id) {
    return ZendeskJson.ticket(get("/api/v2/tickets/" + id + ".json").path("ticket"));
  }

  @Override
  public List<JsonNode> comments(long ticketId) {
    return collect("/api/v2/tickets/" + ticketId + "/comments.json?page%5Bsize%5D=" + PAGE_SIZE, "comments");
  }

  @Override
  public ZendeskTicket updateTicket(long id, TicketUpdate update) {
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
    return ZendeskJson.ticket(send("PUT", "/api/v2/tickets/" + id + ".json", body).path("ticket"));
  }

  @Override
  public CommentThread commentThread(long ticketId) {
    List<ZendeskUser> users = new ArrayList<>();
    List<JsonNode> comments = collect("/api/v2/tickets/" + ticketId + "/comments.json?include=users&page%5Bsize%5D=" + PAGE_SIZE,
        "comments", page -> page.path("users").forEach(u -> users.add(ZendeskJson.user(u))));
    return new CommentThread(comments.stream().map(ZendeskJson::comment).toList(), users);
  }

  @Override
  public void checkCredentials() {
    get("/api/v2/groups.json?page%5Bsize%5D=1");
  }

  @Override
  public List<ZendeskGroup> groups() {
    return collect("/api/v2/groups.json?page%5Bsize%5D=" + PAGE_SIZE, "groups").stream().map(ZendeskJson::group).toList();
  }

  @Override
  public ZendeskTicket createTicket(ObjectNode ticket) {
    ObjectNode body = json.createObjectNode();
    body.set("ticket", ticket);
    return ZendeskJson.ticket(send("POST", "/api/v2/tickets.json", body).path("ticket"));
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
    return collect(firstPath, field, page -> { });
  }

  /** Every page's {@code field} items; {@code eachPage} sees each page whole (for sideloads). */
  private List<JsonNode> collect(String firstPath, String field, java.util.function.Consumer<JsonNode> eachPage) {
    List<JsonNode> out = new ArrayList<>();
    JsonNode page = get(firstPath);
    int pages = 1;
    while (true) {
      page.path(field).forEach(out::add);
      eachPage.accept(page);
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
    return Failsafe.with(retry).get(() -> attempt(method, pathAndQuery, body, call)).body();
  }

  /** The budget a call spends besides the account's: /incremental/*, Update Ticket, or none. */
  private enum Budget { ACCOUNT, INCREMENTAL, UPDATE }

  private static Budget budget(String call) {
    if (call.startsWith("GET /api/v2/incremental/")) return Budget.INCREMENTAL;
    if (UPDATE_TICKET.matcher(call).matches()) return Budget.UPDATE;
    return Budget.ACCOUNT;
  }

  private void waitForBudget(String call, Budget budget) {
    try {
      accountPacer.await();
      switch (budget) {
        case INCREMENTAL -> {
          incrementalPacer.await();
          incremental.acquirePermit();
        }
        case UPDATE -> {
          updatePacer.await();
          updates.acquirePermit();
          general.acquirePermit();
        }
        case ACCOUNT -> general.acquirePermit();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ZendeskException(call + " interrupted while waiting for the rate limiter", 0, e);
    }
  }

  /** Reads what Zendesk says is left of the budgets this call spent, so the next calls slow down in time. */
  private void observeLimits(HttpHeaders headers, Budget budget, int status) {
    Optional<Long> remaining = Optional.empty();
    for (String name : List.of("X-Rate-Limit-Remaining", "ratelimit-remaining")) {
      Optional<Long> v = number(headers, name);
      if (v.isPresent() && (remaining.isEmpty() || v.get() < remaining.get())) remaining = v;
    }
    Optional<Long> limit = number(headers, "X-Rate-Limit").or(() -> number(headers, "ratelimit-limit"));
    accountPacer.observe(remaining, limit, number(headers, "ratelimit-reset").map(Duration::ofSeconds));
    if (budget == Budget.UPDATE) headers.firstValue("Zendesk-RateLimit-tickets-update").ifPresent(updatePacer::observeEndpoint);
    if (status == 429) {
      Duration wait = ZendeskErrors.retryAfter(headers).orElse(Duration.ofSeconds(60));
      (budget == Budget.UPDATE ? updatePacer : budget == Budget.INCREMENTAL ? incrementalPacer : accountPacer).pause(wait);
    }
  }

  private static Optional<Long> number(HttpHeaders headers, String name) {
    try {
      return headers.firstValue(name).map(String::trim).map(Long::parseLong);
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private HttpResult attempt(String method, String pathAndQuery, JsonNode body, String call) {
    Budget budget = budget(call);
    waitForBudget(call, budget);
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
    observeLimits(res.headers(), budget, status);
    if (status == 429) rateLimited.increment();
    if (status == 401 || status == 403) auth.refused();
    else if (status >= 200 && status < 300) auth.succeeded();
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
