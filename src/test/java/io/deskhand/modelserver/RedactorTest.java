package io.deskhand.modelserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RedactorTest {
  final Redactor redactor = new Redactor();

  @Test
  void a_tickets_personal_data_becomes_placeholders_that_the_answer_gets_back() {
    Vault vault = new Vault(Optional.of("Marie Dupont"));
    String text = "Je suis Marie Dupont, joignable au +33 6 12 34 56 78 ou au 06.12.34.56.79, e-mail marie.dupont@example.fr. "
        + "Carte 4111 1111 1111 1111, IBAN FR76 3000 6000 0112 3456 7890 189. (marie.dupont@example.fr)";

    String out = redactor.redact(text, vault);

    assertEquals("Je suis [NAME_1], joignable au [PHONE_1] ou au [PHONE_2], e-mail [EMAIL_1]. Carte [CARD_1], IBAN [IBAN_1]. "
        + "([EMAIL_1])", out);
    assertEquals("Bonjour Marie Dupont, nous écrirons à marie.dupont@example.fr.",
        vault.restore("Bonjour [NAME_1], nous écrirons à [EMAIL_1]."));
    assertEquals("email=1 iban=1 card=1 phone=2 name=1", vault.summary());
    assertFalse(vault.toString().contains("example.fr"), "a vault never prints its values");
  }

  @Test
  void numbers_that_are_not_personal_data_stay() {
    String text = "Commande KF-2026-20514 du 2026-09-07, suivi 6A10113261429 et 00340434276544833856, colis de 2 kg, "
        + "montant 49,90 €, réf. 12345678, carte 4111 1111 1111 1112 (Luhn faux), IBAN FR76 3000 6000 0112 3456 7890 188.";
    assertEquals(text, redactor.redact(text, new Vault()));
  }

  @Test
  void german_and_international_phone_numbers_are_found() {
    assertEquals("Ruf an: [PHONE_1] oder [PHONE_2].", redactor.redact("Ruf an: 030 12345678 oder 0049 (0)30 1234-5678.", new Vault()));
  }

  @Test
  void another_customers_data_gets_placeholders_nothing_restores() {
    assertEquals("Écrivez à [email] ou appelez le [phone].", redactor.anonymise("Écrivez à claire@example.fr ou appelez le 07 87 17 56 42."));
  }

  @Test
  void an_iban_followed_by_a_code_is_still_found() {
    assertEquals("IBAN [IBAN_1] BIC COBADEFFXXX", redactor.redact("IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX", new Vault()));
  }

  @Test
  void auto_redacts_unless_the_server_is_on_a_loopback_address() {
    assertFalse(Privacy.forServer("auto", URI.create("http://localhost:11434")).redacts());
    assertFalse(Privacy.forServer("auto", URI.create("http://127.0.0.1:8000/v1")).redacts());
    assertFalse(Privacy.forServer("auto", URI.create("http://[::1]:8000/v1")).redacts());
    assertTrue(Privacy.forServer("auto", URI.create("https://api.openai.com/v1")).redacts());
    assertTrue(Privacy.forServer("auto", URI.create("http://10.1.2.3:11434")).redacts());
    assertTrue(Privacy.forServer("always", URI.create("http://localhost:11434")).redacts());
    assertFalse(Privacy.forServer("never", URI.create("https://api.openai.com/v1")).redacts());
  }
}
