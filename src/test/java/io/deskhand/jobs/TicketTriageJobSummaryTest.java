package io.deskhand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.deskhand.config.DeskhandConfig;
import io.deskhand.draft.TicketAssistant;
import io.deskhand.triage.Triage;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a language model adds reaches Zendesk: the summary and translation in the note, the summary in its field. */
class TicketTriageJobSummaryTest {
  static final String SUMMARY = "Problem: refund missing.\nRequest: check it.\nTried: nothing yet.\nNext step: check the refund.";
  @TempDir Path dir;

  static Triager withSummary(SampleTriage sample) {
    return ticket -> {
      Triage t = sample.triage(ticket);
      return new Triage(t.cleanedText(), t.language(), t.fields(), t.groupId(), t.tags(), t.similarTickets(), t.articles(), t.docs(),
          t.draft(), t.abstained(), t.timingsMs(), t.entities(), Optional.of(SUMMARY),
          Optional.of(new TicketAssistant.Translation("en", "My refund has not arrived.")));
    };
  }

  TicketTriageJob job(ZendeskTestRig rig, DeskhandConfig.Mode mode, SampleTriage sample) {
    return new TicketTriageJob(rig.client, withSummary(sample), new NoteFormatter(rig.zendesk.baseUrl(), () -> false), mode,
        new ApplyPolicy(DeskhandConfig.Policy.defaults()), rig.meters, Optional.of(360099L));
  }

  @Test
  void apply_mode_writes_the_summary_to_its_field_and_the_note_carries_it() {
    try (ZendeskTestRig rig = new ZendeskTestRig(dir)) {
      long id = rig.zendesk.addTicket("Remboursement", "Je n'ai pas reçu mon remboursement.", "new", List.of());
      rig.zendesk.addComment(id, 5001, "Nous vérifions.", true);
      SampleTriage sample = new SampleTriage();

      var outcome = job(rig, DeskhandConfig.Mode.APPLY, sample).run(rig.store.enqueue(id, List.of()).job());

      assertEquals(JobStatus.DONE, outcome.status(), outcome.detail());
      JsonNode fields = rig.zendesk.ticket(id).get("custom_fields");
      assertEquals(360099L, fields.get(0).get("id").asLong(), fields.toString());
      assertEquals(SUMMARY, fields.get(0).get("value").asText());
      String note = rig.zendesk.commentsOf(id).get(2).get("body").asText();
      assertTrue(note.contains("Summary (language model):\n" + SUMMARY), note);
      assertTrue(note.contains("Customer's message in en (language model):\nMy refund has not arrived."), note);
      assertEquals(List.of("agent: Nous vérifions."), sample.seen.peek().laterComments(), "the summary gets the thread");
    }
  }

  @Test
  void note_mode_writes_no_field() {
    try (ZendeskTestRig rig = new ZendeskTestRig(dir)) {
      long id = rig.zendesk.addTicket("Remboursement", "Je n'ai pas reçu mon remboursement.", "new", List.of());
      job(rig, DeskhandConfig.Mode.NOTE, new SampleTriage()).run(rig.store.enqueue(id, List.of()).job());
      assertEquals(0, rig.zendesk.ticket(id).get("custom_fields").size());
      assertFalse(rig.zendesk.requests("PUT", p -> true).get(0).body().contains("custom_fields"));
    }
  }
}
