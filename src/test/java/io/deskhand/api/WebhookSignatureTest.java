package io.deskhand.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.config.Secret;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WebhookSignatureTest {
  private static final Secret TEST_SECRET = new Secret("dGhpc19zZWNyZXRfaXNfZm9yX3Rlc3Rpbmdfb25seQ==");
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void signature_matches_the_documented_test_vector_with_the_secret_used_as_is() {
    // given the vector of ZENDESK_API.md section 9
    byte[] body = "{\"ticket_id\":\"123\"}".getBytes(StandardCharsets.UTF_8);

    // when / then
    assertEquals("YmkQCnSLfGdf5pcvqNFcuOtUpzUb/ss09fM0NCi/wvw=", WebhookRoutes.sign(TEST_SECRET, "2021-03-25T05:09:27Z", body));
    assertTrue(WebhookRoutes.validSignature(TEST_SECRET, "2021-03-25T05:09:27Z", body, "YmkQCnSLfGdf5pcvqNFcuOtUpzUb/ss09fM0NCi/wvw="));
    assertFalse(WebhookRoutes.validSignature(TEST_SECRET, "2021-03-25T05:09:28Z", body, "YmkQCnSLfGdf5pcvqNFcuOtUpzUb/ss09fM0NCi/wvw="));
  }

  @Test
  void trigger_and_event_bodies_name_the_ticket() throws Exception {
    assertEquals(123, WebhookRoutes.delivery(json.readTree("{\"ticket_id\":\"123\"}")).ticketId());
    assertEquals(123, WebhookRoutes.delivery(json.readTree("{\"ticket_id\":123}")).ticketId());
    var event = WebhookRoutes.delivery(json.readTree(
        "{\"type\":\"zen:event-type:ticket.created\",\"account_id\":1,\"id\":\"01HX\",\"time\":\"2024-01-01T00:00:00Z\","
            + "\"zendesk_event_version\":\"2022-11-06\",\"subject\":\"zen:ticket:77\",\"detail\":{\"id\":\"77\"},\"event\":{}}"));
    assertEquals(77, event.ticketId());
    assertEquals("01HX", event.eventId().orElseThrow());
  }

  @Test
  void bodies_without_a_ticket_id_are_rejected_as_malformed() {
    for (String body : new String[] {"[]", "{}", "{\"ticket_id\":\"{{ticket.id}}\"}", "{\"ticket_id\":-3}", "{\"ticket_id\":1.5}"}) {
      ProblemException e = assertThrows(ProblemException.class, () -> WebhookRoutes.delivery(json.readTree(body)), body);
      assertEquals(400, e.status);
    }
  }
}
