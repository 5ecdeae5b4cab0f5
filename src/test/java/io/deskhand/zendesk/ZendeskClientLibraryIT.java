package io.deskhand.zendesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.zendesk.client.v2.Zendesk;
import org.zendesk.client.v2.ZendeskResponseException;
import org.zendesk.client.v2.model.Comment;
import org.zendesk.client.v2.model.CommentType;
import org.zendesk.client.v2.model.Group;
import org.zendesk.client.v2.model.SortOrder;
import org.zendesk.client.v2.model.Status;
import org.zendesk.client.v2.model.Ticket;
import org.zendesk.client.v2.model.hc.Article;

/**
 * Drives {@link FakeZendesk} with a Zendesk client we did not write (the community
 * {@code com.cloudbees.thirdparty:zendesk-java-client}), checking its answers with that library's own model classes.
 * If the fake only spoke "our client's dialect", this library would trip over it. Where the library itself departs
 * from /work/shared/ZENDESK_API.md, the test says so in a comment rather than bending the fake.
 */
class ZendeskClientLibraryIT {
  private static final String EMAIL = "agent@example.com";
  private static final String TOKEN = "zd-lib-token-31c7e0";
  private static final ObjectMapper JSON = new ObjectMapper();

  private FakeZendesk fake;
  private Zendesk zd;

  @BeforeEach
  void start() {
    fake = FakeZendesk.start(EMAIL, TOKEN);
    // API-token auth as documented (§0): Basic base64("{email}/token:{token}"); the library builds "{email}/token" itself
    zd = new Zendesk.Builder(fake.baseUrl().toString()).setUsername(EMAIL).setToken(TOKEN).setRetry(false).build();
  }

  @AfterEach
  void stop() {
    if (zd != null) zd.close();
    if (fake != null) fake.close();
  }

  @Test
  void get_ticket_by_id_parses_subject_status_tags_and_updated_at() {
    long id = fake.addTicket("Parcel never arrived", "Order 1182 has not arrived after two weeks.", "open", List.of("shipping", "web"));

    Ticket t = zd.getTicket(id);

    assertNotNull(t);
    assertEquals(id, t.getId());
    assertEquals("Parcel never arrived", t.getSubject());
    assertEquals(Status.OPEN, t.getStatus());
    assertEquals(List.of("shipping", "web"), t.getTags());
    assertEquals("Order 1182 has not arrived after two weeks.", t.getDescription());
    assertEquals(Date.from(Instant.parse(fake.ticket(id).get("updated_at").asText())), t.getUpdatedAt());
    assertEquals(Date.from(Instant.parse(fake.ticket(id).get("created_at").asText())), t.getCreatedAt());
    assertEquals(500 + id, t.getRequesterId());
    assertNull(t.getPriority());
    assertNull(t.getGroupId());
    assertEquals("email", t.getVia().getChannel());
    // the request the library sent: documented path (with .json, which the fake strips) and API-token Basic auth
    FakeZendesk.Request r = fake.requests("GET", p -> p.equals("/api/v2/tickets/" + id)).get(0);
    assertTrue(r.headers().get("authorization").startsWith("Basic "), r.headers().toString());
  }

  @Test
  void lists_comments_in_both_documented_sort_orders() {
    long id = fake.addTicket("Refund", "I want a refund for order 77.", "open", List.of());
    fake.addComment(id, 7, "We have refunded order 77.", true);
    fake.addComment(id, 7, "Refund issued through Stripe, ref re_123.", false);

    List<Comment> asc = list(zd.getTicketComments(id));
    List<Comment> desc = list(zd.getTicketComments(id, SortOrder.DESCENDING));

    assertEquals(List.of("I want a refund for order 77.", "We have refunded order 77.", "Refund issued through Stripe, ref re_123."),
        asc.stream().map(Comment::getBody).toList());
    assertEquals(List.of(true, true, false), asc.stream().map(Comment::isPublic).toList());
    assertEquals(List.of(500 + id, 7L, 7L), asc.stream().map(Comment::getAuthorId).toList());
    asc.forEach(c -> {
      assertEquals(CommentType.COMMENT, c.getType());
      assertNotNull(c.getId());
      assertNotNull(c.getCreatedAt());
      assertNotNull(c.getHtmlBody());
    });
    assertEquals(asc.reversed().stream().map(Comment::getId).toList(), desc.stream().map(Comment::getId).toList(),
        "sort_order=desc (ZENDESK_API.md §5) must reverse the list");
  }

  @Test
  void update_with_an_internal_note_and_tags_is_recorded_by_the_fake() throws Exception {
    long id = fake.addTicket("Wrong size", "The shoes are a size too small, can I swap them?", "new", List.of("web"));
    Ticket t = zd.getTicket(id);

    // the usual library idiom: change the ticket read a moment ago and send it back (read-only fields ride along)
    Comment note = new Comment("Deskhand: intent=exchange, confidence 0.91");
    note.setPublic(false);
    t.setComment(note);
    t.setTags(List.of("web", "ai_triaged", "intent__exchange"));
    Ticket updated = zd.updateTicket(t);

    assertEquals(List.of("web", "ai_triaged", "intent__exchange"), updated.getTags());
    assertTrue(updated.getUpdatedAt().after(t.getUpdatedAt()), "updated_at moves on with a new comment");
    // the fake recorded it: tags replace the list (§3), the note is a private comment
    ObjectNode stored = fake.ticket(id);
    assertEquals(List.of("web", "ai_triaged", "intent__exchange"), texts(stored.get("tags")));
    List<ObjectNode> comments = fake.commentsOf(id);
    assertEquals(2, comments.size());
    assertEquals("Deskhand: intent=exchange, confidence 0.91", comments.get(1).get("body").asText());
    assertFalse(comments.get(1).get("public").asBoolean());
    // on the wire: PUT /api/v2/tickets/{id} with {"ticket":{"comment":{"body":..,"public":false},"tags":[..]}}
    FakeZendesk.Request put = fake.requests("PUT", p -> p.equals("/api/v2/tickets/" + id)).get(0);
    JsonNode body = JSON.readTree(put.body()).get("ticket");
    assertFalse(body.get("comment").get("public").asBoolean(), put.body());
    assertFalse(body.has("safe_update"), "without safe_update the library forces the update: " + put.body());
    // and a fresh read through the library sees the note as private
    List<Comment> seen = list(zd.getTicketComments(id));
    assertEquals(Boolean.FALSE, seen.get(seen.size() - 1).isPublic());
  }

  @Test
  void a_stale_updated_stamp_gives_the_documented_409() throws Exception {
    long id = fake.addTicket("Invoice copy", "Please send a copy of invoice 5512.", "open", List.of());
    Ticket stale = zd.getTicket(id);
    fake.agentTouch(id); // an agent changes the ticket after we read it

    Comment note = new Comment("Deskhand: intent=billing");
    note.setPublic(false);
    stale.setComment(note);
    stale.setSafeUpdate(true); // the library then sends updated_stamp = the updated_at it read
    ZendeskResponseException e = assertThrows(ZendeskResponseException.class, () -> zd.updateTicket(stale));

    assertEquals(409, e.getStatusCode());
    assertEquals("UpdateConflict", JSON.readTree(e.getBody()).get("error").asText());
    assertEquals(1, fake.commentsOf(id).size(), "nothing written on a conflict");
    JsonNode sent = JSON.readTree(fake.requests("PUT", p -> p.equals("/api/v2/tickets/" + id)).get(0).body()).get("ticket");
    assertTrue(sent.get("safe_update").asBoolean());
    assertTrue(sent.hasNonNull("updated_stamp"), sent.toString());

    // with a fresh stamp the same safe update goes through
    Ticket fresh = zd.getTicket(id);
    fresh.setComment(note);
    fresh.setSafeUpdate(true);
    Ticket ok = zd.updateTicket(fresh);
    assertEquals(2, fake.commentsOf(id).size());
    assertTrue(ok.getUpdatedAt().after(fresh.getUpdatedAt()));
  }

  @Test
  void lists_groups_across_cursor_pages() {
    fake.addGroup(360001, "Billing");
    fake.addGroup(360002, "Orders & Shipping");
    fake.addGroup(360003, "Returns");
    // two per page: the library sends page[size]=2 and follows links.next (§6)
    try (Zendesk small = new Zendesk.Builder(fake.baseUrl().toString()).setUsername(EMAIL).setToken(TOKEN).setCbpPageSize(2).build()) {
      List<Group> groups = list(small.getGroups());

      assertEquals(List.of(360001L, 360002L, 360003L), groups.stream().map(Group::getId).toList());
      assertEquals("Orders & Shipping", groups.get(1).getName());
      assertEquals(Boolean.FALSE, groups.get(0).getDeleted());
      assertNotNull(groups.get(0).getCreatedAt());
    }
    List<FakeZendesk.Request> pages = fake.requests("GET", p -> p.equals("/api/v2/groups"));
    assertTrue(pages.get(0).query().contains("page[size]=2") || pages.get(0).query().contains("page%5Bsize%5D=2"), pages.get(0).query());
    // Library limitation, not a fake bug: it follows links.next until it is absent or null and never reads
    // meta.has_more, the field ZENDESK_API.md §6 says to stop on. Our fake (like the documented example) keeps
    // links.next on the last page, so the library spends one extra request on an empty page. Harmless; noted.
    assertTrue(pages.size() >= 2, "more than one page was fetched");
  }

  @Test
  void lists_help_center_articles_all_and_by_locale() {
    fake.addArticle(900, "en-us", "Where is my parcel?", "<h2>Shipping</h2><p>Parcels arrive in 3 days.</p>");
    fake.addArticle(901, "fr", "Où est mon colis ?", "<p>Les colis arrivent en 3 jours.</p>");
    fake.addArticle(902, "en-us", "Returns", "<p>Send it back within 30 days.</p>");

    List<Article> all = list(zd.getArticles());
    List<Article> en = list(zd.getArticles("en-us"));

    assertEquals(List.of(900L, 901L, 902L), all.stream().map(Article::getId).toList());
    assertEquals(List.of(900L, 902L), en.stream().map(Article::getId).toList());
    Article a = all.get(0);
    assertEquals("Where is my parcel?", a.getTitle());
    assertEquals("<h2>Shipping</h2><p>Parcels arrive in 3 days.</p>", a.getBody());
    assertEquals("en-us", a.getLocale());
    assertEquals(Boolean.FALSE, a.getDraft());
    assertEquals(1L, a.getSectionId());
    assertNotNull(a.getHtmlUrl());
    assertNotNull(a.getUpdatedAt());
    assertEquals(List.of(), a.getLabelNames());
  }

  @Test
  void unknown_and_deleted_tickets_surface_as_not_found() throws Exception {
    long id = fake.addTicket("Gone", "spam", "new", List.of());
    fake.deleteTicket(id);

    // the library's not-found behaviour: a 404 on a single resource becomes null
    assertNull(zd.getTicket(99_999));
    assertNull(zd.getTicket(id));
    // Library limitation: updateTicket uses the same 404-means-null handler, so a write to a missing ticket also
    // returns null instead of throwing; the fake did answer 404 RecordNotFound (§0) and wrote nothing.
    Ticket ghost = new Ticket();
    ghost.setId(99_999L);
    ghost.setComment(new Comment("hello?"));
    assertNull(zd.updateTicket(ghost));
    assertEquals(1, fake.requests("PUT", p -> p.equals("/api/v2/tickets/99999")).size());
    assertEquals(1, fake.ticketCount());
    // other errors are not swallowed: a 404 inside a list call throws, with the status and Zendesk's body
    ZendeskResponseException e = assertThrows(ZendeskResponseException.class, () -> zd.getTicketComments(99_999).iterator().hasNext());
    assertEquals(404, e.getStatusCode());
    assertEquals("RecordNotFound", JSON.readTree(e.getBody()).get("error").asText());
  }

  @Test
  void a_wrong_token_is_a_401() {
    try (Zendesk wrong = new Zendesk.Builder(fake.baseUrl().toString()).setUsername(EMAIL).setToken("not-the-token").build()) {
      ZendeskResponseException e = assertThrows(ZendeskResponseException.class, () -> wrong.getGroups().iterator().hasNext());
      assertEquals(401, e.getStatusCode());
    }
  }

  private static <T> List<T> list(Iterable<T> it) {
    return new ArrayList<>(StreamSupport.stream(it.spliterator(), false).toList());
  }

  private static List<String> texts(JsonNode arr) {
    List<String> out = new ArrayList<>();
    arr.forEach(n -> out.add(n.asText()));
    return out;
  }
}
