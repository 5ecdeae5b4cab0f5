package io.deskhand.zendesk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.ticket.TicketThread;
import org.junit.jupiter.api.Test;

class ZendeskJsonTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void a_comment_reads_plain_body_then_body_then_html_body_without_its_markup() throws Exception {
    assertEquals("plain", ZendeskJson.commentBody(JSON.readTree("{\"plain_body\":\"plain\",\"body\":\"body\",\"html_body\":\"<p>html</p>\"}")));
    assertEquals("body", ZendeskJson.commentBody(JSON.readTree("{\"plain_body\":\" \",\"body\":\"body\",\"html_body\":\"<p>html</p>\"}")));
    // the events export's comment events have no plain_body; some shapes carry only html_body
    assertEquals("Hello,\nwhere is my order?\n> an earlier reply",
        ZendeskJson.commentBody(JSON.readTree("{\"html_body\":\"<div><p>Hello,<br>where is my order?</p><p>&gt; an earlier reply</p></div>\"}")));
    assertEquals("", ZendeskJson.commentBody(JSON.readTree("{\"public\":true}")));
  }

  @Test
  void a_bundle_line_and_the_api_read_the_same_first_message() throws Exception {
    String line = "{\"id\":7,\"subject\":\"Refund\",\"description\":\"Where is my refund?\",\"status\":\"solved\",\"requester_id\":70,"
        + "\"comments\":[{\"author_id\":1,\"public\":false,\"body\":\"internal: VIP customer\"},"
        + "{\"author_id\":70,\"public\":true,\"html_body\":\"<p>Where is my refund?</p>\"},"
        + "{\"author_id\":1,\"public\":true,\"body\":\"It left today.\"}]}";
    TicketThread fromBundle = ZendeskJson.thread(JSON.readTree(line));
    ZendeskTicket ticket = ZendeskJson.ticket(JSON.readTree(line));
    CommentThread comments = new CommentThread(fromBundle.comments().stream()
        .map(c -> new ZendeskComment(0, c.authorId(), c.isPublic(), c.body(), c.createdAt())).toList(), java.util.List.of());

    assertEquals("Where is my refund?", fromBundle.firstMessage(), "an internal note before it is not the customer's message");
    assertEquals(fromBundle.firstMessage(), ticket.thread(comments).firstMessage());
    assertEquals(1, fromBundle.laterComments().size());
  }
}
