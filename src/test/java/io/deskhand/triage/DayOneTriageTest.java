package io.deskhand.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.Services;
import io.deskhand.support.DemoServices;
import io.deskhand.ticket.TicketText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team with no history: intent from the taxonomy, group from the groups it described, nothing learned. */
class DayOneTriageTest {

  @Test
  void without_history_intent_comes_from_the_taxonomy_and_group_from_described_groups(@TempDir Path dir) throws Exception {
    Path models = Files.createDirectories(dir.resolve("models"));
    Files.copy(Path.of("models/groups.example.yaml"), models.resolve("groups.yaml"));
    try (Services s = new Services(DemoServices.config(dir.resolve("data"), Map.of("DESKHAND_MODELS_DIR", models.toString())),
        DemoServices.quiet())) {
      Triage t = s.pipeline().triage(new TicketText("Doppelte Abbuchung",
          "Hallo, mir wurde diesen Monat zweimal für mein Abo abgebucht. Bitte erstatten Sie eine Zahlung.", List.of(), Optional.empty()));
      assertTrue(s.pipeline().classifiers().learned().isEmpty());
      assertEquals("billing.double_charge", t.fields().get("intent").label());
      assertEquals("Billing", t.fields().get("group").label());
      assertEquals(Optional.of(360001L), t.groupId());
      assertTrue(t.fields().get("intent").evidence().stream().allMatch(e -> e.example() != null), "taxonomy examples back it");
    }
  }

  @Test
  void a_user_supplied_onnx_model_in_models_is_used_by_name(@TempDir Path dir) throws Exception {
    // given: the bundled model's files copied into models/ as a user would place their own
    Path models = Files.createDirectories(dir.resolve("models"));
    try (var in = getClass().getClassLoader().getResourceAsStream("all-minilm-l6-v2-q.onnx")) {
      Files.copy(in, models.resolve("my-model.onnx"));
    }
    try (var in = getClass().getClassLoader().getResourceAsStream("all-minilm-l6-v2-q-tokenizer.json")) {
      Files.copy(in, models.resolve("my-tokenizer.json"));
    }
    Map<String, String> env = Map.of("DESKHAND_MODELS_DIR", models.toString(), "DESKHAND_EMBEDDING_MODEL", "onnx",
        "DESKHAND_EMBEDDING_MODEL_PATH", "my-model.onnx", "DESKHAND_EMBEDDING_TOKENIZER_PATH", "my-tokenizer.json");
    // when
    try (Services s = new Services(DemoServices.config(dir.resolve("data"), env), DemoServices.quiet())) {
      // then
      assertTrue(s.embedder().modelId().startsWith("onnx:my-model.onnx"), s.embedder().modelId());
      assertEquals(384, s.embedder().dimension());
      Triage t = s.pipeline().triage(new TicketText("Where is my parcel?", "It has been ten days.", List.of(), Optional.empty()));
      assertEquals("order.tracking", t.fields().get("intent").label());
    }
  }
}
