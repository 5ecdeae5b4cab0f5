package io.deskhand.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.entity.EntityExtractor;
import io.deskhand.entity.EntityRules;
import io.deskhand.language.LinguaLanguageDetector;
import io.deskhand.ticket.ChunkHit;
import io.deskhand.ticket.KnowledgeChunk;
import io.deskhand.ticket.Retrieved;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractiveDrafterTest {
  static final DraftingPhrases PHRASES = DraftingPhrases.fromFile(Path.of("models/drafting.yaml"));
  static final EntityExtractor ENTITIES = new EntityExtractor(EntityRules.fromFile(Path.of("models/entities.yaml")));
  /** No fitted gate: the fixed cosine gates of an index too small to learn from. */
  static final ExtractiveDrafter drafter = new ExtractiveDrafter(PHRASES, new LinguaLanguageDetector(List.of("en", "fr", "de", "es")),
      ENTITIES, ExtractiveDrafter.Floors.none(), Optional::empty);
  static final ReplyScrubber scrubber = new ReplyScrubber(PHRASES, ENTITIES);

  static TicketHit solved(long id, String lang, String intent, String reply, double sim) {
    return solved(id, lang, intent, reply, sim, "");
  }

  static TicketHit solved(long id, String lang, String intent, String reply, double sim, String replyLanguage) {
    return new TicketHit(new SolvedTicket(id, "s", "c", reply, lang, Map.of("intent", intent), List.of(), Instant.EPOCH,
        replyLanguage), sim);
  }

  static ChunkHit article(String lang, double sim) {
    return new ChunkHit(new KnowledgeChunk(KnowledgeChunk.Kind.ARTICLE, "44", 0, "Remboursements",
        "https://help.example/hc/fr/articles/44", lang, "Remboursements\n\nLe remboursement arrive sous 5 à 7 jours ouvrés."), sim);
  }

  @Test
  void reuses_the_closest_same_language_reply_without_the_earlier_customers_details() {
    String reply = "Bonjour Marie,\n\nVotre remboursement de 34,90 € pour la commande KF-2026-10422 a été émis aujourd'hui (réf. RF-17439), retour reçu le 13 juin. "
        + "Il apparaîtra sur votre compte sous 5 à 7 jours ouvrés.\n\nCordialement,\nCamille, service client";
    Retrieved r = new Retrieved(List.of(solved(1, "en", "billing.refund", "Your refund is on its way.", 0.9),
        solved(2, "fr", "billing.refund", reply, 0.8)), List.of(), List.of(article("fr", 0.7)), List.of());
    Draft d = drafter.draft(new DraftRequest("fr", "Remboursement", "où est mon remboursement ?", r, Optional.of("billing.refund")));
    assertEquals("extractive", d.method());
    assertTrue(d.body().startsWith("Bonjour,"), d.body());
    assertTrue(d.body().contains("5 à 7 jours ouvrés"), d.body());
    assertFalse(d.body().contains("Marie"), d.body());
    assertFalse(d.body().contains("Camille"), d.body());
    assertFalse(d.body().contains("KF-2026-10422"), d.body());
    assertFalse(d.body().contains("34,90"), d.body());
    assertFalse(d.body().contains("RF-17439"), d.body());
    assertFalse(d.body().contains("13 juin"), d.body());
    assertTrue(d.body().contains("https://help.example/hc/fr/articles/44"), d.body());
    assertEquals(List.of("ticket", "article"), d.sources().stream().map(Draft.Source::kind).toList());
    assertEquals("2", d.sources().get(0).id());
  }

  @Test
  void an_agents_name_alone_at_the_end_is_not_carried_into_the_draft() {
    assertEquals("We swapped the bike at the station; enjoy the ride.",
        scrubber.body("Hi Tom,\n\nWe swapped the bike at the station; enjoy the ride.\n\nVelora Support").text());
    assertEquals("Les remboursements arrivent sous quelques jours.",
        scrubber.body("Les remboursements arrivent sous quelques jours.\n\nLena – Kaffeo").text());
    String lastLineIsContent = "Your refund went out today.\n\nIt shows on your statement within 5 days.";
    assertEquals(lastLineIsContent, scrubber.body(lastLineIsContent).text());
  }

  /** Nothing to reuse: no source reaches the draft; the customer is asked what the team needs, in their language. */
  static void assertClarifies(Draft d, String opening) {
    assertEquals(Draft.CLARIFY, d.method(), d.body());
    assertTrue(d.sources().isEmpty(), d.sources().toString());
    assertTrue(d.body().startsWith(opening), d.body());
    assertTrue(d.reason().isPresent());
    assertEquals(0, d.confidence());
  }

  @Test
  void asks_instead_of_reusing_when_no_source_in_the_language_is_close_enough() {
    Retrieved r = new Retrieved(List.of(solved(1, "fr", "billing.refund", "Votre remboursement est parti.", 0.4),
        solved(2, "en", "billing.refund", "Your refund is on its way.", 0.95)), List.of(), List.of(article("fr", 0.3)), List.of());
    Draft d = drafter.draft(new DraftRequest("fr", "x", "y", r, Optional.empty()));
    assertClarifies(d, "Bonjour,");
    assertTrue(d.body().contains("pourriez-vous nous en dire un peu plus"), d.body());
    Draft withIntent = drafter.draft(new DraftRequest("fr", "x", "y", r, Optional.of("order.damaged")));
    assertTrue(withIntent.body().contains("une photo du produit"), withIntent.body());
  }

  @Test
  void declines_in_a_language_it_has_no_phrases_for() {
    Retrieved r = new Retrieved(List.of(solved(1, "it", "billing.refund", "Il rimborso è partito.", 0.9)), List.of(), List.of(), List.of());
    Draft d = drafter.draft(new DraftRequest("it", "x", "y", r, Optional.empty()));
    assertTrue(d.declined());
    assertTrue(d.sources().isEmpty());
  }

  @Test
  void prefers_a_reply_with_the_predicted_intent() {
    Retrieved r = new Retrieved(List.of(solved(1, "en", "order.tracking", "Your parcel left our warehouse yesterday and is with the carrier now.", 0.9),
        solved(2, "en", "billing.refund", "Your refund was issued today and reaches your card within five to seven business days.", 0.8)),
        List.of(), List.of(), List.of());
    Draft d = drafter.draft(new DraftRequest("en", "x", "y", r, Optional.of("billing.refund")));
    assertEquals("2", d.sources().get(0).id());
  }

  @Test
  void a_less_similar_reply_is_reused_only_when_it_shares_the_confident_intent() {
    Retrieved r = new Retrieved(List.of(solved(1, "de", "order.tracking", "Ihr Paket ist unterwegs und kommt morgen an.", 0.56),
        solved(2, "de", "billing.refund", "Die Rückerstattung wurde heute veranlasst und dauert fünf bis sieben Werktage.", 0.55)),
        List.of(), List.of(), List.of());
    Draft withIntent = drafter.draft(new DraftRequest("de", "x", "y", r, Optional.of("billing.refund")));
    assertEquals("2", withIntent.sources().get(0).id());
    Draft withoutIntent = drafter.draft(new DraftRequest("de", "x", "y", r, Optional.empty()));
    assertClarifies(withoutIntent, "Guten Tag,");
  }

  @Test
  void declines_a_reply_written_in_another_language_than_the_ticket() {
    String english = "Your refund was issued today and reaches your card within five to seven business days.";
    for (String recorded : List.of("en", "")) { // detected at ingest, or (older index) at triage
      Retrieved r = new Retrieved(List.of(solved(1, "fr", "billing.refund", english, 0.9, recorded)), List.of(), List.of(), List.of());
      Draft d = drafter.draft(new DraftRequest("fr", "x", "y", r, Optional.of("billing.refund")));
      assertClarifies(d, "Bonjour,");
    }
    String french = "Votre remboursement a été émis aujourd'hui et arrive sous cinq à sept jours ouvrés.";
    Retrieved r = new Retrieved(List.of(solved(1, "fr", "billing.refund", french, 0.9, "fr")), List.of(), List.of(), List.of());
    assertEquals("1", drafter.draft(new DraftRequest("fr", "x", "y", r, Optional.of("billing.refund"))).sources().get(0).id());
  }
}
