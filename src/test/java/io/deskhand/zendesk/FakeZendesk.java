package io.deskhand.zendesk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Zendesk Support account on a real HTTP server (port 0), shaped after Zendesk's public API documentation
 * (/work/shared/ZENDESK_API.md), never after our client: paths with or without .json, {"ticket": {...}} bodies,
 * RecordNotFound 404s, UpdateConflict 409s on a stale updated_stamp, tags replacing the list, cursor pagination
 * (meta.has_more, links.next), the cursor ticket export, time-based ticket events with comment child events,
 * help-center articles and groups, comment authors sideloaded with their locale (include=users). Rate limits as documented: every answer says what is left
 * of the account's budget (X-Rate-Limit-Remaining, ratelimit-*) and Update Ticket's own
 * (Zendesk-RateLimit-tickets-update), and a request over either gets 429 + Retry-After. Faults (429 + Retry-After,
 * 5xx, slow answers) on demand; credentials can be revoked; every request recorded.
 */
public final class FakeZendesk implements AutoCloseable {
  /** One recorded request; header names lower-cased. */
  public record Request(String method, String path, String query, Map<String, String> headers, String body, Instant at) {}

  private record Fault(String method, Pattern path, int status, Integer retryAfter, Duration delay, int[] skip, int[] remaining) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern TICKET = Pattern.compile("/api/v2/tickets/(\\d+)");
  private static final Pattern COMMENTS = Pattern.compile("/api/v2/tickets/(\\d+)/comments");
  private static final Pattern HC_ARTICLES = Pattern.compile("/api/v2/help_center(?:/([a-z]{2}(?:-[a-z]{2})?))?/articles");

  private final HttpServer server;
  private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
  private final String email;
  private volatile String authorization;
  private final Map<Long, ObjectNode> users = new TreeMap<>();
  private final Map<Long, ObjectNode> tickets = new TreeMap<>();
  private final Map<Long, List<ObjectNode>> comments = new TreeMap<>();
  private final List<ObjectNode> events = new ArrayList<>();
  private final List<ObjectNode> groups = new ArrayList<>();
  private final List<ObjectNode> articles = new ArrayList<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private final List<Fault> faults = new CopyOnWriteArrayList<>();
  private Instant clock = Instant.parse("2024-01-01T00:00:00Z");
  private long nextTicketId = 1;
  private long nextId = 10_000;
  private int exportPageSize = 1000;
  private int eventsPageSize = 1000;
  private int maxCursorPageSize = 100;
  // rate limits (RL, T): the account's per minute (Enterprise: 700) and Update Ticket's own (100)
  private int accountLimit = 700;
  private int updateLimit = 100;
  private Duration limitWindow = Duration.ofMinutes(1);
  private Instant windowStart = Instant.now();
  private int accountUsed;
  private int updatesUsed;

  private FakeZendesk(String email, String token) throws IOException {
    this.email = email;
    this.authorization = basic(email, token);
    this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  public static FakeZendesk start(String email, String token) {
    try {
      return new FakeZendesk(email, token);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String basic(String email, String token) {
    return "Basic " + Base64.getEncoder().encodeToString((email + "/token:" + token).getBytes(StandardCharsets.UTF_8));
  }

  /** An admin replaced the API token: calls with any other get 401 from now on. */
  public void acceptToken(String token) {
    authorization = basic(email, token);
  }

  /**
   * The account's limits: {@code account} requests and {@code updates} Update Ticket requests per {@code window}
   * (Zendesk's minute; shorter in tests). The current window starts afresh.
   */
  public synchronized void rateLimits(int account, int updates, Duration window) {
    accountLimit = account;
    updateLimit = updates;
    limitWindow = window;
    windowStart = Instant.now();
    accountUsed = 0;
    updatesUsed = 0;
  }

  /** Agents' own edits in the agent workspace spend Update Ticket's budget too (KB 8638126078234). */
  public synchronized void agentsUpdated(int times) {
    rollWindow(Instant.now());
    updatesUsed += times;
    accountUsed += times;
  }

  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  // ---- account data -------------------------------------------------------------------------------------------

  /** Creates a ticket as if an end user had: {@code description} becomes the first (public) comment. */
  public synchronized long addTicket(String subject, String description, String status, List<String> tags) {
    long id = nextTicketId++;
    Instant now = tick();
    ObjectNode t = JSON.createObjectNode();
    t.put("url", baseUrl() + "/api/v2/tickets/" + id + ".json").put("id", id).putNull("external_id");
    t.put("created_at", now.toString()).put("updated_at", now.toString()).put("generated_timestamp", now.getEpochSecond());
    t.put("type", (String) null).put("subject", subject).put("raw_subject", subject).put("description", description);
    t.putNull("priority");
    t.put("status", status).put("requester_id", 500 + id).put("submitter_id", 500 + id).putNull("assignee_id").putNull("organization_id");
    t.putNull("group_id");
    ArrayNode tagArray = t.putArray("tags");
    tags.forEach(tagArray::add);
    t.putArray("custom_fields");
    t.putObject("via").put("channel", "email");
    tickets.put(id, t);
    ObjectNode user = JSON.createObjectNode().put("id", 500 + id).put("name", "Customer " + id)
        .put("email", "customer" + id + "@example.com").put("locale", "en-US").put("locale_id", 1176).put("role", "end-user");
    user.putNull("organization_id");
    users.put(500 + id, user);
    comments.put(id, new ArrayList<>());
    addComment(id, 500 + id, description, true, now);
    return id;
  }

  /** Adds a comment (an agent reply, a note) and the ticket event that goes with it. */
  public synchronized void addComment(long ticketId, long authorId, String body, boolean isPublic) {
    addComment(ticketId, authorId, body, isPublic, tick());
    touch(tickets.get(ticketId), clock);
  }

  private void addComment(long ticketId, long authorId, String body, boolean isPublic, Instant at) {
    long auditId = nextId++;
    ObjectNode c = JSON.createObjectNode();
    c.put("id", nextId++).put("type", "Comment").put("author_id", authorId).put("body", body)
        .put("html_body", "<div class=\"zd-comment\"><p>" + escape(body) + "</p></div>")
        .put("plain_body", body).put("public", isPublic).put("audit_id", auditId).put("created_at", at.toString());
    c.putArray("attachments");
    c.putObject("via").put("channel", "api");
    c.putObject("metadata");
    comments.get(ticketId).add(c);
    ObjectNode e = JSON.createObjectNode();
    e.put("id", auditId).put("ticket_id", ticketId).put("timestamp", at.getEpochSecond()).put("created_at", at.toString())
        .put("updater_id", authorId).put("event_type", "Audit");
    ObjectNode child = c.deepCopy();
    child.remove("plain_body");
    ArrayNode children = e.putArray("child_events");
    children.add(child);
    events.add(e);
  }

  /** The requester's chosen language, as in the user's profile (e.g. "fr", "de", "en-US"). */
  public synchronized void setRequesterLocale(long ticketId, String locale) {
    users.get(tickets.get(ticketId).get("requester_id").asLong()).put("locale", locale);
  }

  public synchronized void setStatus(long ticketId, String status) {
    ObjectNode t = tickets.get(ticketId);
    t.put("status", status);
    touch(t, tick());
  }

  /**
   * Redacts {@code text} in one comment as an agent does in the agent workspace: every character becomes U+2587 in
   * body, html_body and plain_body, and the ticket changes (updated_at, generated_timestamp). The ticket's
   * description is its first comment (ZENDESK_API.md §1), so redacting that comment redacts the description too.
   * The events export keeps the comment event as it was created: only the comments endpoint shows the redaction.
   */
  public synchronized void redactComment(long ticketId, long commentId, String text) {
    List<ObjectNode> list = comments.get(ticketId);
    ObjectNode c = list.stream().filter(x -> x.get("id").asLong() == commentId).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("ticket " + ticketId + " has no comment " + commentId));
    String mask = "\u2587".repeat(text.length());
    c.put("body", c.get("body").asText().replace(text, mask));
    c.put("plain_body", c.get("plain_body").asText().replace(text, mask));
    c.put("html_body", c.get("html_body").asText().replace(escape(text), mask));
    ObjectNode t = tickets.get(ticketId);
    if (list.get(0) == c) t.put("description", t.get("description").asText().replace(text, mask));
    touch(t, tick());
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;");
  }

  /** Soft-deletes a ticket: it shows as status "deleted" in the export and as RecordNotFound elsewhere. */
  public synchronized void deleteTicket(long ticketId) {
    setStatus(ticketId, "deleted");
  }

  /** Sets the tags as an agent would in the agent workspace. */
  public synchronized void setTags(long ticketId, List<String> tags) {
    ObjectNode t = tickets.get(ticketId);
    ArrayNode arr = t.putArray("tags");
    tags.forEach(arr::add);
    touch(t, tick());
  }

  /** Changes the ticket as an agent would (so a stamp read earlier becomes stale). */
  public synchronized void agentTouch(long ticketId) {
    touch(tickets.get(ticketId), tick());
  }

  public synchronized void addGroup(long id, String name) {
    Instant now = tick();
    groups.add((ObjectNode) JSON.createObjectNode().put("id", id).put("name", name).put("description", "").put("default", false)
        .put("deleted", false).put("is_public", true).put("created_at", now.toString()).put("updated_at", now.toString())
        .put("url", baseUrl() + "/api/v2/groups/" + id + ".json"));
  }

  public synchronized void addArticle(long id, String locale, String title, String htmlBody) {
    Instant now = tick();
    ObjectNode a = JSON.createObjectNode().put("id", id).put("url", baseUrl() + "/api/v2/help_center/" + locale + "/articles/" + id + ".json")
        .put("html_url", baseUrl() + "/hc/" + locale + "/articles/" + id).put("title", title).put("name", title).put("body", htmlBody)
        .put("locale", locale).put("source_locale", locale).put("section_id", 1).put("author_id", 1).put("draft", false)
        .put("promoted", false).put("outdated", false).put("created_at", now.toString()).put("updated_at", now.toString());
    a.putArray("label_names");
    articles.add(a);
  }

  public synchronized ObjectNode ticket(long id) {
    return tickets.get(id).deepCopy();
  }

  public synchronized List<ObjectNode> commentsOf(long id) {
    return comments.get(id).stream().map(ObjectNode::deepCopy).toList();
  }

  public synchronized int ticketCount() {
    return tickets.size();
  }

  public synchronized void exportPageSize(int n) {
    exportPageSize = n;
  }

  public synchronized void eventsPageSize(int n) {
    eventsPageSize = n;
  }

  // ---- faults and recording ---------------------------------------------------------------------------------------

  /** The next {@code times} requests matching method and path regex get {@code status}, with Retry-After when given. */
  public void fail(String method, String pathRegex, int times, int status, Integer retryAfterSeconds) {
    failAfter(method, pathRegex, 0, times, status, retryAfterSeconds);
  }

  /** As {@link #fail}, after letting {@code skip} matching requests through. */
  public void failAfter(String method, String pathRegex, int skip, int times, int status, Integer retryAfterSeconds) {
    faults.add(new Fault(method, Pattern.compile(pathRegex), status, retryAfterSeconds, null, new int[] {skip}, new int[] {times}));
  }

  /** The next {@code times} matching requests are answered normally but only after {@code delay}. */
  public void slow(String method, String pathRegex, int times, Duration delay) {
    faults.add(new Fault(method, Pattern.compile(pathRegex), 0, null, delay, new int[] {0}, new int[] {times}));
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public List<Request> requests(String method, Predicate<String> path) {
    return requests.stream().filter(r -> r.method().equals(method) && path.test(r.path())).toList();
  }

  // ---- HTTP ----------------------------------------------------------------------------------------------------------

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String method = ex.getRequestMethod();
      String rawPath = ex.getRequestURI().getRawPath();
      String path = rawPath.endsWith(".json") ? rawPath.substring(0, rawPath.length() - 5) : rawPath;
      String query = ex.getRequestURI().getRawQuery();
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Map<String, String> headers = new TreeMap<>();
      ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), v.isEmpty() ? "" : v.get(0)));
      requests.add(new Request(method, path, query, headers, body, Instant.now()));
      for (Fault f : faults) {
        if (!f.method().equals(method) || !f.path().matcher(path).matches()) continue;
        synchronized (f) {
          if (f.skip()[0] > 0) {
            f.skip()[0]--;
            continue;
          }
          if (f.remaining()[0] <= 0) continue;
          f.remaining()[0]--;
        }
        if (f.delay() != null) {
          try {
            Thread.sleep(f.delay().toMillis());
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
          break;
        }
        if (f.retryAfter() != null) ex.getResponseHeaders().add("Retry-After", Integer.toString(f.retryAfter()));
        String error = f.status() == 429 ? "{\"error\":\"APIRateLimitExceeded\",\"description\":\"Number of allowed API requests per minute exceeded\"}"
            : "{\"error\":\"ServiceUnavailable\",\"description\":\"Server error\"}";
        send(ex, f.status(), error);
        return;
      }
      if (!rateLimit(ex, method, path)) {
        send(ex, 429, "{\"error\":\"APIRateLimitExceeded\",\"description\":\"Number of allowed API requests per minute exceeded\"}");
        return;
      }
      if (!authorization.equals(headers.get("authorization"))) {
        send(ex, 401, "{\"error\":\"Couldn't authenticate you\"}");
        return;
      }
      Map<String, String> params = params(query);
      Answer a = route(method, path, params, body);
      send(ex, a.status(), a.body().toString());
    }
  }

  private void rollWindow(Instant now) {
    if (Duration.between(windowStart, now).compareTo(limitWindow) >= 0) {
      windowStart = now;
      accountUsed = 0;
      updatesUsed = 0;
    }
  }

  /** Counts the request against the budgets and adds the rate-limit headers; false when it is over one of them. */
  private synchronized boolean rateLimit(HttpExchange ex, String method, String path) {
    Instant now = Instant.now();
    rollWindow(now);
    boolean update = method.equals("PUT") && TICKET.matcher(path).matches();
    accountUsed++;
    if (update) updatesUsed++;
    long resets = Math.max(1, (long) Math.ceil((limitWindow.toMillis() - Duration.between(windowStart, now).toMillis()) / 1000.0));
    var h = ex.getResponseHeaders();
    h.set("X-Rate-Limit", Integer.toString(accountLimit));
    h.set("X-Rate-Limit-Remaining", Integer.toString(Math.max(0, accountLimit - accountUsed)));
    h.set("ratelimit-limit", Integer.toString(accountLimit));
    h.set("ratelimit-remaining", Integer.toString(Math.max(0, accountLimit - accountUsed)));
    h.set("ratelimit-reset", Long.toString(resets));
    if (update) {
      h.set("Zendesk-RateLimit-tickets-update", "total=" + updateLimit + "; remaining=" + Math.max(0, updateLimit - updatesUsed)
          + "; resets=" + resets);
    }
    boolean over = accountUsed > accountLimit || (update && updatesUsed > updateLimit);
    if (over) {
      h.set("Retry-After", Long.toString(resets));
      rateLimited++;
    }
    return !over;
  }

  private int rateLimited;

  /** How many requests got 429 for being over a budget (not the faults a test asked for). */
  public synchronized int rateLimitedRequests() {
    return rateLimited;
  }

  private record Answer(int status, JsonNode body) {}

  private synchronized Answer route(String method, String path, Map<String, String> q, String body) {
    Matcher m;
    if ((m = COMMENTS.matcher(path)).matches() && method.equals("GET")) {
      long id = Long.parseLong(m.group(1));
      if (!visible(id)) return notFound();
      // oldest first; sort_order=desc reverses it (TC: offset pagination's sort_order=asc|desc)
      List<ObjectNode> items = new ArrayList<>(comments.get(id));
      if ("desc".equals(q.get("sort_order"))) items = items.reversed();
      Answer page = list("comments", items, q, path);
      // include=users (TC) sideloads the users the page's comments name; the fake knows its requesters
      if (page.status() == 200 && "users".equals(q.get("include"))) {
        ArrayNode sideloaded = ((ObjectNode) page.body()).putArray("users");
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (JsonNode c : page.body().path("comments")) {
          long author = c.path("author_id").asLong();
          if (seen.add(author) && users.containsKey(author)) sideloaded.add(users.get(author).deepCopy());
        }
      }
      return page;
    }
    if ((m = TICKET.matcher(path)).matches()) {
      long id = Long.parseLong(m.group(1));
      if (!visible(id)) return notFound();
      if (method.equals("GET")) return new Answer(200, JSON.createObjectNode().set("ticket", tickets.get(id).deepCopy()));
      if (method.equals("PUT")) return update(id, body);
      return invalidEndpoint();
    }
    if (path.equals("/api/v2/tickets") && method.equals("POST")) return create(body);
    if (path.equals("/api/v2/groups") && method.equals("GET")) return list("groups", new ArrayList<>(groups), q, path);
    if (path.equals("/api/v2/incremental/tickets/cursor") && method.equals("GET")) return export(q, path);
    if (path.equals("/api/v2/incremental/ticket_events") && method.equals("GET")) return ticketEvents(q, path);
    if ((m = HC_ARTICLES.matcher(path)).matches() && method.equals("GET")) {
      String locale = m.group(1);
      List<ObjectNode> items = articles.stream().filter(a -> locale == null || a.get("locale").asText().equals(locale)).toList();
      return list("articles", new ArrayList<>(items), q, path);
    }
    return invalidEndpoint();
  }

  private boolean visible(long id) {
    ObjectNode t = tickets.get(id);
    return t != null && !"deleted".equals(t.path("status").asText());
  }

  private Answer update(long id, String body) {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (IOException e) {
      return new Answer(400, JSON.createObjectNode().put("error", "Unprocessable JSON"));
    }
    JsonNode u = root == null ? null : root.get("ticket");
    if (u == null || !u.isObject()) return new Answer(400, JSON.createObjectNode().put("error", "InvalidValue").put("description", "ticket is required"));
    ObjectNode t = tickets.get(id);
    // safe_update: false acts like true (T); only omitting it forces the update
    if (u.has("safe_update") && u.hasNonNull("updated_stamp")
        && !Instant.parse(u.get("updated_stamp").asText()).equals(Instant.parse(t.get("updated_at").asText()))) {
      return new Answer(409, JSON.createObjectNode().put("error", "UpdateConflict")
          .put("description", "Safe Update prevented the update due to outdated ticket data. Please fetch the latest ticket data and try again."));
    }
    Instant now = tick();
    u.fields().forEachRemaining(e -> {
      switch (e.getKey()) {
        case "comment" -> {
          JsonNode c = e.getValue();
          String text = c.hasNonNull("body") ? c.get("body").asText() : c.path("html_body").asText("").replaceAll("<[^>]+>", "");
          addComment(id, c.path("author_id").asLong(1), text, c.path("public").asBoolean(true), now);
        }
        case "safe_update", "updated_stamp", "id", "url", "created_at", "updated_at", "description" -> { }
        default -> t.set(e.getKey(), e.getValue().deepCopy());
      }
    });
    touch(t, now);
    ObjectNode out = JSON.createObjectNode();
    out.set("ticket", t.deepCopy());
    out.putObject("audit").putArray("events");
    return new Answer(200, out);
  }

  private Answer create(String body) {
    JsonNode u;
    try {
      u = JSON.readTree(body).get("ticket");
    } catch (IOException | NullPointerException e) {
      return new Answer(400, JSON.createObjectNode().put("error", "Unprocessable JSON"));
    }
    if (u == null || !u.hasNonNull("comment")) {
      return new Answer(422, JSON.createObjectNode().put("error", "RecordInvalid").put("description", "Record validation errors"));
    }
    List<String> tags = new ArrayList<>();
    u.path("tags").forEach(x -> tags.add(x.asText()));
    String text = u.get("comment").hasNonNull("body") ? u.get("comment").get("body").asText() : u.get("comment").path("html_body").asText("");
    long id = addTicket(u.path("subject").asText(text.length() > 40 ? text.substring(0, 40) : text), text,
        u.path("status").asText("new"), tags);
    ObjectNode out = JSON.createObjectNode();
    out.set("ticket", tickets.get(id).deepCopy());
    out.putObject("audit").putArray("events");
    return new Answer(201, out);
  }

  /** Cursor-based incremental export, ordered by generated_timestamp then id; a changed ticket moves to the end. */
  private Answer export(Map<String, String> q, String path) {
    int perPage = Math.min(1000, Integer.parseInt(q.getOrDefault("per_page", Integer.toString(exportPageSize))));
    perPage = Math.min(perPage, exportPageSize);
    long afterTs;
    long afterId;
    if (q.containsKey("cursor")) {
      String[] parts = new String(Base64.getUrlDecoder().decode(q.get("cursor")), StandardCharsets.UTF_8).split(":");
      afterTs = Long.parseLong(parts[0]);
      afterId = Long.parseLong(parts[1]);
    } else if (q.containsKey("start_time")) {
      afterTs = Long.parseLong(q.get("start_time"));
      afterId = -1;
    } else {
      return new Answer(400, JSON.createObjectNode().put("error", "InvalidValue").put("description", "start_time or cursor is required"));
    }
    List<ObjectNode> ordered = tickets.values().stream()
        .filter(t -> {
          long ts = t.get("generated_timestamp").asLong();
          return ts > afterTs || (ts == afterTs && t.get("id").asLong() > afterId);
        })
        .sorted(Comparator.comparingLong((ObjectNode t) -> t.get("generated_timestamp").asLong()).thenComparingLong(t -> t.get("id").asLong()))
        .toList();
    List<ObjectNode> page = ordered.subList(0, Math.min(perPage, ordered.size()));
    ObjectNode out = JSON.createObjectNode();
    ArrayNode arr = out.putArray("tickets");
    page.forEach(t -> arr.add(t.deepCopy()));
    String after = page.isEmpty() ? q.getOrDefault("cursor", cursor(afterTs, afterId))
        : cursor(page.get(page.size() - 1).get("generated_timestamp").asLong(), page.get(page.size() - 1).get("id").asLong());
    out.put("after_cursor", after).put("after_url", baseUrl() + path + ".json?cursor=" + after);
    String before = page.isEmpty() ? after : cursor(page.get(0).get("generated_timestamp").asLong(), page.get(0).get("id").asLong() - 1);
    out.put("before_cursor", before).put("before_url", baseUrl() + path + ".json?cursor=" + before);
    out.put("end_of_stream", ordered.size() <= perPage);
    return new Answer(200, out);
  }

  private static String cursor(long ts, long id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((ts + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /** Time-based export: start_time is inclusive, so the boundary event may come twice (as documented: duplicates). */
  private Answer ticketEvents(Map<String, String> q, String path) {
    if (!q.containsKey("start_time")) return new Answer(400, JSON.createObjectNode().put("error", "InvalidValue"));
    long start = Long.parseLong(q.get("start_time"));
    boolean withComments = q.getOrDefault("include", "").contains("comment_events");
    List<ObjectNode> matching = events.stream().filter(e -> e.get("timestamp").asLong() >= start)
        .sorted(Comparator.comparingLong((ObjectNode e) -> e.get("timestamp").asLong()).thenComparingLong(e -> e.get("id").asLong())).toList();
    List<ObjectNode> page = matching.subList(0, Math.min(eventsPageSize, matching.size()));
    ObjectNode out = JSON.createObjectNode();
    ArrayNode arr = out.putArray("ticket_events");
    for (ObjectNode e : page) {
      ObjectNode copy = e.deepCopy();
      if (!withComments) {
        JsonNode c = copy.remove("child_events").get(0);
        copy.put("comment_present", true).put("comment_public", c.path("public").asBoolean());
      }
      arr.add(copy);
    }
    long end = page.isEmpty() ? start : page.get(page.size() - 1).get("timestamp").asLong();
    boolean eos = matching.size() <= eventsPageSize;
    out.put("next_page", baseUrl() + path + ".json?start_time=" + end + (withComments ? "&include=comment_events" : ""));
    out.put("end_time", end).put("count", page.size()).put("end_of_stream", eos);
    return new Answer(200, out);
  }

  /** Cursor pagination when page[size] is sent, else offset pagination (page, per_page). */
  private Answer list(String field, List<ObjectNode> items, Map<String, String> q, String path) {
    ObjectNode out = JSON.createObjectNode();
    ArrayNode arr = out.putArray(field);
    if (q.containsKey("page[size]")) {
      int size = Math.min(maxCursorPageSize, Integer.parseInt(q.get("page[size]")));
      int from = q.containsKey("page[after]") ? Integer.parseInt(new String(Base64.getUrlDecoder().decode(q.get("page[after]")), StandardCharsets.UTF_8)) : 0;
      int to = Math.min(items.size(), from + size);
      items.subList(Math.min(from, items.size()), to).forEach(i -> arr.add(i.deepCopy()));
      String after = Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(to).getBytes(StandardCharsets.UTF_8));
      String before = Base64.getUrlEncoder().withoutPadding().encodeToString(Integer.toString(from).getBytes(StandardCharsets.UTF_8));
      boolean more = to < items.size();
      out.putObject("meta").put("has_more", more).put("after_cursor", after).put("before_cursor", before);
      ObjectNode links = out.putObject("links");
      String include = q.containsKey("include") ? "&include=" + q.get("include") : "";
      links.put("next", baseUrl() + path + ".json?page%5Bsize%5D=" + size + "&page%5Bafter%5D=" + after + include);
      links.put("prev", baseUrl() + path + ".json?page%5Bsize%5D=" + size + "&page%5Bbefore%5D=" + before + include);
      return new Answer(200, out);
    }
    int perPage = Math.min(100, Integer.parseInt(q.getOrDefault("per_page", field.equals("articles") ? "30" : "100")));
    int pageNo = Integer.parseInt(q.getOrDefault("page", "1"));
    int from = (pageNo - 1) * perPage;
    if (from >= 10_000) return new Answer(400, JSON.createObjectNode().put("error", "InvalidPaginationParameter"));
    int to = Math.min(items.size(), from + perPage);
    if (from < items.size()) items.subList(from, to).forEach(i -> arr.add(i.deepCopy()));
    if (to < items.size()) out.put("next_page", baseUrl() + path + ".json?page=" + (pageNo + 1) + "&per_page=" + perPage);
    else out.putNull("next_page");
    if (pageNo > 1) out.put("previous_page", baseUrl() + path + ".json?page=" + (pageNo - 1) + "&per_page=" + perPage);
    else out.putNull("previous_page");
    out.put("count", items.size());
    return new Answer(200, out);
  }

  private static Answer notFound() {
    return new Answer(404, JSON.createObjectNode().put("error", "RecordNotFound").put("description", "Not found"));
  }

  private static Answer invalidEndpoint() {
    return new Answer(404, JSON.createObjectNode().put("error", "InvalidEndpoint").put("description", "Not found"));
  }

  private Instant tick() {
    clock = clock.plusSeconds(1);
    return clock;
  }

  private static void touch(ObjectNode t, Instant at) {
    t.put("updated_at", at.toString()).put("generated_timestamp", at.getEpochSecond());
  }

  private static Map<String, String> params(String rawQuery) {
    Map<String, String> out = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) return out;
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
      out.put(k, v);
    }
    return out;
  }

  private static void send(HttpExchange ex, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
