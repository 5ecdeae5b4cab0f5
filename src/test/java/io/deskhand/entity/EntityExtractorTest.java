package io.deskhand.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityExtractorTest {
  static final EntityExtractor extractor = new EntityExtractor(EntityRules.fromFile(Path.of("models/entities.yaml")));

  private static List<String> found(String text) {
    return extractor.find(text).stream().map(m -> m.kind().name() + "=" + m.value()).toList();
  }

  @Test
  void a_twenty_digit_parcel_number_is_one_tracking_number_never_phone_numbers() {
    assertEquals(List.of("tracking_number=00340434276544833856"), found("Suivi du colis : 00340434276544833856, merci"));
    assertEquals(List.of("tracking_number=6A10113261429"), found("Colissimo, suivi 6A10113261429."));
    assertEquals(List.of("tracking_number=1Z999AA10123456784"), found("UPS 1Z999AA10123456784"));
  }

  @Test
  void phone_numbers_of_several_shapes_are_phone_numbers() {
    assertEquals(List.of("phone=+1 555 123 4567"), found("call me on +1 555 123 4567 tomorrow"));
    assertEquals(List.of("phone=06 12 34 56 78"), found("mon numéro : 06 12 34 56 78"));
    assertEquals(List.of("phone=+49 30 1234567"), found("Tel. +49 30 1234567"));
  }

  @Test
  void orders_invoices_codes_devices_and_addresses_are_told_apart() {
    assertEquals(List.of("order_number=KF-2026-47834", "order_number=KF-2026-44121"),
        found("I ordered twice (KF-2026-47834 and KF-2026-44121)."));
    assertEquals(List.of("code=SUMMER15"), found("j'ai appliqué le code SUMMER15 sans succès"));
    assertEquals(List.of("product=iPhone 13", "product=version 4.13.0"), found("Sur mon iPhone 13 avec la version 4.13.0 ça plante"));
    assertEquals(List.of("email=anna.b@mail.example"), found("write to anna.b@mail.example please"));
    assertEquals(List.of("invoice_number=INV-20931"), found("about invoice INV-20931"));
    assertEquals(List.of("amount=34,90 €"), found("prélevé 34,90 € deux fois"));
  }

  @Test
  void nothing_inside_a_link_is_taken() {
    assertTrue(found("see https://help.shop.example/hc/fr/articles/4400010-delivery-times?code=6A10113261429").isEmpty());
  }
}
