package io.deskhand.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketThreadTest {
  private static final long CUSTOMER = 700L;
  private static final long AGENT = 5L;

  private static TicketThread thread(Object... authorAndBody) {
    List<TicketThread.Comment> comments = new ArrayList<>();
    for (int i = 0; i < authorAndBody.length; i += 2) {
      long author = (Long) authorAndBody[i];
      String body = (String) authorAndBody[i + 1];
      boolean internal = body.startsWith("[internal] ");
      comments.add(new TicketThread.Comment(author, !internal, internal ? body.substring(11) : body, null));
    }
    return new TicketThread(1, "Refund", comments.get(0).body(), "solved", "normal", "question", List.of(), null,
        CUSTOMER, null, Map.of(), comments);
  }

  private static final String ANSWER = "Hello Fiona,\n\nYour return was checked on 28 May and the refund of £35.90 went out the same "
      + "day to your original payment method. Banks usually take 5-7 business days to show it.\n\nLucas";

  @Test
  void the_resolution_is_the_answer_not_the_courtesy_after_the_customers_thanks() {
    TicketThread t = thread(CUSTOMER, "Where is my refund? The return was delivered a week ago.",
        AGENT, "[internal] Return scanned, refund triggered.",
        AGENT, ANSWER,
        CUSTOMER, "Brilliant, thank you.\n\nGet Outlook for Android",
        AGENT, "You're welcome, Fiona! Enjoy your coffee.\n\nLucas");

    assertEquals(ANSWER, t.resolution());
  }

  @Test
  void a_short_reply_with_figures_or_to_a_long_follow_up_is_still_the_resolution() {
    String withFigures = "It was issued today; allow 5 to 7 business days.";
    assertEquals(withFigures, thread(CUSTOMER, "Where is my refund?", AGENT, ANSWER, CUSTOMER, "Thanks! When will I see it?",
        AGENT, withFigures).resolution());

    String shortAnswer = "No, nothing to do on your side: it is all taken care of.";
    String longQuestion = "Thanks. I also paid for express shipping on that order, which never arrived on time; is that "
        + "part of the refund, or do I need to ask for it separately?";
    assertEquals(shortAnswer, thread(CUSTOMER, "Where is my refund?", AGENT, ANSWER, CUSTOMER, longQuestion,
        AGENT, shortAnswer).resolution());
  }

  @Test
  void a_lone_short_reply_and_a_thread_without_agent_reply() {
    assertEquals("Done, refunded.", thread(CUSTOMER, "Refund please", AGENT, "Done, refunded.").resolution());
    assertEquals("", thread(CUSTOMER, "Refund please", AGENT, "[internal] looking", CUSTOMER, "Any news?").resolution());
  }
}
