package io.deskhand.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.draft.Draft;
import io.deskhand.entity.EntityExtractor;
import io.deskhand.support.DemoServices;
import io.deskhand.ticket.Entity;
import io.deskhand.ticket.TicketText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Drafts on the bundled demo knowledge base, as an agent reads them. */
class DemoDraftsTest {
  static final Services s = DemoServices.get();

  private static Triage triage(String subject, String description) {
    return s.pipeline().triage(new TicketText(subject, description, List.of(), Optional.empty()));
  }

  private static void sourcedDraftIn(String language, Triage t) {
    Draft d = t.draft();
    assertEquals(language, t.language().code(), d.body());
    assertEquals(Draft.EXTRACTIVE, d.method(), d.body() + " / " + d.reason());
    assertEquals(language, d.language());
    assertFalse(d.sources().isEmpty());
    assertTrue(d.confidence() > 0 && d.confidence() <= 1, "confidence " + d.confidence());
  }

  @Test
  void refund_tickets_in_four_languages_each_get_a_sourced_draft_in_their_own_language() {
    sourcedDraftIn("de", triage("Rückerstattung fehlt", "Hallo, ich habe mein Paket vor zwei Wochen zurückgeschickt und noch keine Rückerstattung erhalten."));
    sourcedDraftIn("es", triage("Reembolso pendiente", "Hola, devolví mi paquete hace dos semanas y todavía no he recibido el reembolso."));
    sourcedDraftIn("fr", triage("Remboursement", "Bonjour, je n'ai toujours pas reçu le remboursement de ma commande retournée il y a deux semaines."));
    sourcedDraftIn("en", triage("Refund missing", "Hi, I sent my parcel back two weeks ago and still have not received my refund."));
  }

  @Test
  void the_draft_gate_is_fitted_at_ingest_on_held_back_tickets_and_reaches_its_target_precision_there() {
    var gate = s.draftGate().orElseThrow();
    assertTrue(gate.heldBack() >= 300, "held-back drafts: " + gate.heldBack());
    assertTrue(gate.reply().threshold() > 0 && gate.reply().threshold() <= 1, "threshold " + gate.reply().threshold());
    assertTrue(gate.reply().heldBackPrecision() >= s.config().drafting().targetPrecision(), gate.reply().toString());
    assertTrue(gate.reply().heldBackCoverage() > 0.3, "drafts most held-back tickets: " + gate.reply());
    for (String lang : List.of("en", "fr")) assertTrue(gate.usableRougeL().containsKey(lang), gate.usableRougeL().toString());
  }

  @Test
  void a_request_the_knowledge_base_does_not_cover_gets_no_reused_reply_but_a_question_in_its_language() {
    Triage t = triage("Wholesale prices", "Hello, we run a small café in Bristol and would like wholesale prices for about 15 kg of "
        + "beans a month, delivered every two weeks. Do you offer trade accounts with invoicing at 30 days?");
    Draft d = t.draft();
    assertEquals("en", d.language());
    assertTrue(d.method().equals(Draft.CLARIFY) || d.declined(), d.method() + " at confidence " + d.confidence() + ": " + d.body());
    assertTrue(d.sources().stream().noneMatch(x -> x.kind().equals("ticket")), d.sources().toString());
    assertTrue(d.reason().isPresent());
  }

  @Test
  void a_reply_chain_is_drafted_from_its_new_message_not_from_the_old_subject() {
    Triage t = triage("RE: Re: Pause de mon abonnement", "Bonjour, autre sujet : j'ai renvoyé ma commande il y a deux semaines et "
        + "je n'ai toujours pas reçu le remboursement. Pouvez-vous vérifier ?\n\nLe 3 mars, Kaffeo a écrit :\n> Bonjour, votre "
        + "abonnement est en pause pour un mois.\n> Cordialement");
    assertEquals("billing.refund", t.fields().get("intent").label());
    assertEquals(Draft.EXTRACTIVE, t.draft().method(), t.draft().body());
    assertTrue(t.draft().body().toLowerCase().contains("rembours"), t.draft().body());
  }

  /**
   * Every demo ticket's text triaged as a new ticket from another customer: whatever reply is reused, the references
   * of the ticket it came from (order and tracking numbers, amounts, codes, e-mail addresses, phone numbers) and its
   * customer's name never reach the draft, unless the new ticket gave the same value itself.
   */
  @Test
  void nothing_of_the_customer_a_reused_reply_was_written_for_reaches_another_customers_draft() throws Exception {
    EntityExtractor entities = s.entities().extractor();
    Map<Long, JsonNode> demo = new HashMap<>();
    List<JsonNode> tickets = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("eval/demo/tickets.ndjson"))) {
      JsonNode t = new ObjectMapper().readTree(line);
      demo.put(t.get("id").asLong(), t);
      tickets.add(t);
    }
    int checked = 0;
    for (int i = 0; i < tickets.size(); i += 4) {
      JsonNode ticket = tickets.get(i);
      String text = ticket.get("subject").asText() + "\n" + ticket.get("description").asText();
      // another customer's ticket: the same request, this ticket's own references replaced
      String rewritten = text;
      for (var m : entities.find(text)) rewritten = rewritten.replace(m.value(), "");
      Triage t = triage("", rewritten);
      if (!t.draft().method().equals(Draft.EXTRACTIVE)) continue;
      for (Draft.Source src : t.draft().sources()) {
        if (!src.kind().equals("ticket")) continue;
        JsonNode earlier = demo.get(Long.parseLong(src.id()));
        StringBuilder earlierText = new StringBuilder();
        for (JsonNode c : earlier.get("comments")) earlierText.append(c.get("body").asText()).append('\n');
        for (var m : entities.find(earlierText.toString())) {
          if (m.kind().name().equals("date") || m.kind().name().equals("product")) continue; // dates and devices: by shape below
          if (rewritten.contains(m.value())) continue;
          assertFalse(t.draft().body().contains(m.value()), m.kind().name() + " " + m.value() + " of #" + src.id() + " in: " + t.draft().body());
        }
        String greeting = earlier.get("comments").get(earlier.get("comments").size() - 1).get("body").asText().split("\\R")[0];
        String[] words = greeting.replaceAll("[,!:]", " ").strip().split("\\s+");
        if (!isGreetingWord(words[0])) continue;
        for (String word : words) {
          if (word.length() > 2 && Character.isUpperCase(word.charAt(0)) && !rewritten.contains(word) && !isGreetingWord(word)) {
            assertFalse(t.draft().body().matches("(?s).*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*"),
                "name " + word + " of #" + src.id() + " in: " + t.draft().body());
          }
        }
        checked++;
      }
    }
    assertTrue(checked >= 60, "checked " + checked + " drafts");
  }

  private static boolean isGreetingWord(String w) {
    return List.of("Bonjour", "Bonsoir", "Hello", "Hallo", "Hola", "Dear", "Guten", "Tag", "Morgen", "Liebe", "Lieber", "Sehr",
        "Estimado", "Estimada", "Buenos", "Buenas", "Chère", "Cher", "Madame", "Monsieur", "Frau", "Herr", "Good", "Moin", "Salut",
        "Querida", "Querido", "Hey", "Kaffeo").contains(w);
  }
}
