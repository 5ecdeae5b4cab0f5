package io.deskhand.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.entity.TicketEntities;
import io.deskhand.ticket.Retrieved;
import io.deskhand.ticket.SolvedTicket;
import io.deskhand.ticket.TicketHit;
import io.deskhand.ticket.TicketText;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Nothing of the customer a reply was written for reaches the draft of another customer. */
class EarlierCustomerTest {
  static final ExtractiveDrafter drafter = ExtractiveDrafterTest.drafter;
  static final TicketEntities entities = new TicketEntities(ExtractiveDrafterTest.ENTITIES);

  static TicketHit solved(long id, String lang, String intent, String request, String reply, double sim) {
    return new TicketHit(new SolvedTicket(id, "", request, reply, lang, Map.of("intent", intent), List.of(), Instant.EPOCH, lang), sim);
  }

  private static Draft draft(String lang, String intent, String description, Optional<String> name, TicketHit... hits) {
    TicketText ticket = new TicketText("", description, List.of(), Optional.empty(), name);
    return drafter.draft(new DraftRequest(lang, "", description, new Retrieved(List.of(hits), List.of(), List.of(), List.of()),
        Optional.of(intent), 0.9, Optional.empty(), entities.find(ticket, description), name));
  }

  @Test
  void codes_devices_plans_numbers_and_names_of_the_earlier_ticket_stay_out_of_the_draft() {
    TicketHit promo = solved(1, "fr", "promo.discount_code", "Bonjour, j'ai appliqué le code SUMMER15 mais rien ne se passe, sur mon iPhone 13.",
        "Bonjour Chloé,\n\nLe code SUMMER15 que vous avez appliqué a expiré le 31 août, désolé ! Comme geste, j'ai ajouté 5 € "
            + "de remise sur votre formule Barista. Sur votre iPhone 13 avec la version 4.13.0, pensez à mettre l'application à jour. "
            + "Votre colis suivra sous le numéro 00340434276544833856 ; en cas de souci, appelez-nous au +33 4 72 00 11 22.\n\n"
            + "Bien à vous,\nLucas\nService client", 0.9);
    TicketHit other1 = solved(2, "fr", "promo.terms", "mon code ne marche pas",
        "Bonjour,\n\nLes codes promo ne sont pas cumulables et ne s'appliquent qu'aux commandes de plus de 30 €.\n\nCordialement,\nPablo", 0.7);
    TicketHit other2 = solved(3, "fr", "promo.terms", "code refusé",
        "Bonjour,\n\nUn code promo ne s'applique qu'une fois par compte. Pensez à mettre l'application à jour.\n\nCordialement,\nPablo", 0.6);
    TicketHit other3 = solved(4, "fr", "promo.terms", "remise",
        "Bonjour,\n\nLa remise s'affiche dans le panier une fois le code saisi.\n\nCordialement,\nPablo", 0.55);
    Draft d = draft("fr", "promo.discount_code", "Bonjour, le code CAFE2026 est refusé dans le panier. Merci !", Optional.empty(),
        promo, other1, other2, other3);
    assertEquals("extractive", d.method(), d.body());
    for (String earlier : List.of("SUMMER15", "Chloé", "Lucas", "Pablo", "Barista", "iPhone", "4.13.0", "00340434276544833856",
        "+33 4 72 00 11 22", "31 août", "5 €")) {
      assertFalse(d.body().contains(earlier), earlier + " leaked into: " + d.body());
    }
    // this customer's own code fills the slot; the team's recurring wording stays
    assertTrue(d.body().contains("Le code CAFE2026 que vous avez appliqué a expiré"), d.body());
    assertTrue(d.body().contains("pensez à mettre l'application à jour"), d.body());
    assertTrue(d.body().contains("[numéro de suivi]"), d.body());
    assertEquals(1, d.body().split("Cordialement", -1).length - 1, "one sign-off: " + d.body());
    assertTrue(d.checks().stream().anyMatch(c -> c.contains("j'ai ajouté")), "claimed action listed: " + d.checks());
  }

  @Test
  void a_slot_takes_this_tickets_reference_when_there_is_one_and_stays_visible_when_there_are_two() {
    TicketHit cancel = solved(1, "en", "order.cancel", "Please cancel order KF-2026-38747",
        "Hi Ben,\n\nYour order KF-2026-38747 hadn't been picked yet, so I've cancelled it. The refund of £39.90 has been issued.\n\n"
            + "Kind regards,\nEmma – Kaffeo", 0.9);
    Draft one = draft("en", "order.cancel", "Please cancel KF-2026-50001, I ordered by mistake. It was £12.00.", Optional.of("Dana"), cancel);
    assertTrue(one.body().startsWith("Hello Dana,"), one.body());
    assertTrue(one.body().contains("Your order KF-2026-50001 hadn't been picked yet"), one.body());
    assertTrue(one.body().contains("The refund of £12.00 has been issued."), one.body());
    assertFalse(one.body().contains("Ben") || one.body().contains("Emma") || one.body().contains("38747"), one.body());
    assertTrue(one.checks().stream().anyMatch(c -> c.contains("I've cancelled it")), one.checks().toString());

    Draft two = draft("en", "order.cancel", "I ordered twice (KF-2026-47834 and KF-2026-44121), cancel one please", Optional.empty(), cancel);
    assertTrue(two.body().contains("Your order [order number] hadn't"), two.body());
  }

  @Test
  void a_tracking_link_carrying_the_earlier_parcels_number_goes_with_it_and_a_help_center_link_stays() {
    TicketHit parcel = solved(1, "fr", "order.tracking", "où est mon colis ?",
        "Bonjour Inès,\n\nVotre colis est parti avec Colissimo, suivi 6A26936040721 "
            + "(https://www.laposte.fr/outils/suivre-vos-envois?code=6A26936040721). Le détail des délais est ici : "
            + "https://help.kaffeo.example/hc/fr/articles/4400013-delais\n\nCordialement,\nLucas", 0.9);
    TicketHit other = solved(2, "fr", "order.tracking", "colis en retard",
        "Bonjour,\n\nVotre colis est en route, il arrive sous 48 h (https://www.dhl.de/de/privatkunden.html?piececode=00340434276544833856).\n\nCordialement,", 0.7);
    Draft d = draft("fr", "order.tracking", "Bonjour, où en est mon colis ? Merci", Optional.empty(), parcel, other);
    assertEquals("extractive", d.method(), d.body());
    assertFalse(d.body().contains("6A26936040721") || d.body().contains("laposte.fr/outils"), d.body());
    assertTrue(d.body().contains("https://help.kaffeo.example/hc/fr/articles/4400013-delais"), d.body());
    assertEquals(1, d.body().split("https://", -1).length - 1, "one link block: " + d.body());
  }

  @Test
  void markup_and_script_links_of_an_old_reply_never_reach_the_draft() {
    TicketHit hit = solved(1, "en", "order.tracking", "where is my parcel",
        "Hello,\n\nYour parcel is on its way <script>alert(1)</script>; track it <a href=\"javascript:alert(2)\">here</a>.\n\nBest regards,", 0.9);
    Draft d = draft("en", "order.tracking", "where is my parcel?", Optional.empty(), hit);
    assertFalse(d.body().contains("<script") || d.body().contains("javascript:") || d.body().contains("<a "), d.body());
    assertTrue(d.body().contains("Your parcel is on its way"), d.body());
  }
}
