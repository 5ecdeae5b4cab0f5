package io.deskhand.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.draft.Draft;
import io.deskhand.ticket.DetectedLanguage;
import io.deskhand.ticket.Entity;
import io.deskhand.ticket.Prediction;
import io.deskhand.triage.Triage;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What apply mode writes besides the note, decided from one ticket's triage and the team's policy. */
class ApplyPolicyTest {
  private static final DeskhandConfig.Policy POLICY = new DeskhandConfig.Policy(Map.of("intent", 0.7, "priority", 0.8, "group", 0.8),
      Map.of("billing.refund", List.of("refund")), List.of("low", "normal", "high"), Map.of("Billing", 360001L),
      Map.of("order_number", 27642L, "tracking_number", 27643L));

  private static Triage triage(double intentConfidence, List<String> abstained, List<Entity> entities) {
    Map<String, Prediction> fields = Map.of(
        "intent", new Prediction("billing.refund", intentConfidence, List.of(), List.of()),
        "priority", new Prediction("urgent", 0.95, List.of(), List.of()),
        "group", new Prediction("Billing", 0.9, List.of(), List.of()));
    return new Triage("text", new DetectedLanguage("en", 1), fields, Optional.of(360001L), List.of(), List.of(), List.of(), List.of(),
        Draft.declined("no draft", "en", "test"), abstained, Map.of(), entities, Optional.empty(), Optional.empty());
  }

  @Test
  void the_customers_single_order_number_goes_to_the_field_the_policy_names_and_two_different_ones_go_nowhere() {
    Triage t = triage(0.9, List.of(), List.of(new Entity("order_number", "KF-10234", "description", 10, 18),
        new Entity("tracking_number", "1Z999AA10123456784", "description", 30, 48),
        new Entity("tracking_number", "1Z999AA10123456799", "subject", 0, 18)));

    ApplyPolicy.Decision d = new ApplyPolicy(POLICY).decide(t);

    assertEquals(Map.of(27642L, "KF-10234"), d.customFields());
  }

  @Test
  void a_priority_the_policy_does_not_allow_and_an_abstained_intent_are_not_written_but_the_group_is() {
    ApplyPolicy.Decision d = new ApplyPolicy(POLICY).decide(triage(0.9, List.of("intent"), List.of()));

    assertEquals(List.of(), d.tags());
    assertEquals(Optional.empty(), d.priority()); // urgent is not in policy.priorities
    assertEquals(Optional.of(360001L), d.groupId());
  }

  @Test
  void an_intent_under_its_minimum_confidence_adds_no_tags() {
    assertEquals(List.of(), new ApplyPolicy(POLICY).decide(triage(0.69, List.of(), List.of())).tags());
    assertEquals(List.of("refund"), new ApplyPolicy(POLICY).decide(triage(0.7, List.of(), List.of())).tags());
  }
}
