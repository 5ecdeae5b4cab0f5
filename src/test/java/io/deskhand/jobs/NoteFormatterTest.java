package io.deskhand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.draft.Draft;
import io.deskhand.ticket.TicketText;
import io.deskhand.triage.Triage;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NoteFormatterTest {
  private static final URI ACCOUNT = URI.create("https://acme.zendesk.com");

  private static Triage sample(String language) {
    return new SampleTriage(language, 0.9).triage(new TicketText("Refund", "Where is my refund?", List.of(), Optional.empty()));
  }

  @Test
  void while_the_knowledge_base_is_the_demo_the_note_says_so_in_the_tickets_language() {
    String demo = new NoteFormatter(ACCOUNT, () -> true).format(sample("fr"));
    assertTrue(demo.contains("la démo fournie avec Deskhand") && demo.contains("deskhand sync"), demo);
    String own = new NoteFormatter(ACCOUNT, () -> false).format(sample("fr"));
    assertFalse(own.contains("démo"), own);
  }

  @Test
  void a_declined_draft_gives_its_reason_once() {
    Triage t = sample("en");
    Draft declined = Draft.declined("No draft: no solved ticket or article in English is close enough to this request.", "en", "no source");
    Triage withDecline = new Triage(t.cleanedText(), t.language(), t.fields(), t.groupId(), t.tags(), t.similarTickets(),
        t.articles(), t.docs(), declined, t.abstained(), t.timingsMs(), t.entities(), t.summary(), t.translation());
    String note = new NoteFormatter(ACCOUNT, () -> false).format(withDecline);
    assertEquals(1, note.split("No draft", -1).length - 1, note);
  }

  @Test
  void an_article_whose_url_is_not_http_is_listed_without_its_link() {
    Triage t = sample("en");
    var hostile = new io.deskhand.ticket.KnowledgeChunk(io.deskhand.ticket.KnowledgeChunk.Kind.ARTICLE, "457", 0, "Refund FAQ",
        "javascript:alert(document.domain)", "en", "Refunds.");
    Draft draft = new Draft(t.draft().body(), t.draft().method(), "en", List.of(new Draft.Source("article", "457", "javascript:alert(1)")),
        t.draft().confidence(), Optional.empty());
    Triage withHostile = new Triage(t.cleanedText(), t.language(), t.fields(), t.groupId(), t.tags(), t.similarTickets(),
        List.of(new io.deskhand.ticket.ChunkHit(hostile, 0.7)), t.docs(), draft, t.abstained(), t.timingsMs());
    String note = new NoteFormatter(ACCOUNT, () -> false).format(withHostile);
    assertTrue(note.contains("Refund FAQ"), note);
    assertFalse(note.toLowerCase(java.util.Locale.ROOT).contains("javascript:"), note);
  }
}
