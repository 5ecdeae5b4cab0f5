package io.deskhand.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.deskhand.draft.TextScores;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldMetricsTest {
  // Five predictions worked out by hand:
  //   a->a 0.9 right, a->b 0.8 wrong, b->b 0.7 right, b->b 0.3 right, c->a 0.2 wrong
  private static final List<Outcome> OUTCOMES = List.of(
      new Outcome("a", "a", 0.9, false, "en"),
      new Outcome("a", "b", 0.8, false, "en"),
      new Outcome("b", "b", 0.7, false, "fr"),
      new Outcome("b", "b", 0.3, true, "fr"),
      new Outcome("c", "a", 0.2, true, "fr"));

  @Test
  void accuracy_counts_every_top_prediction_abstained_or_not() {
    assertEquals(0.6, FieldMetrics.accuracy(OUTCOMES), 1e-9);
  }

  @Test
  void macro_f1_averages_the_f1_of_every_class_seen() {
    // a: P 1/2 R 1/2 F1 0.5; b: P 2/3 R 1 F1 0.8; c: F1 0
    assertEquals((0.5 + 0.8 + 0) / 3, FieldMetrics.macroF1(OUTCOMES), 1e-9);
    assertEquals(0.8, FieldMetrics.perClass(OUTCOMES).get("b")[2], 1e-9);
  }

  @Test
  void expected_calibration_error_weights_each_bin_gap_by_its_share() {
    // each ticket is alone in its bin: (0.1 + 0.8 + 0.3 + 0.7 + 0.2) / 5
    assertEquals(0.42, FieldMetrics.expectedCalibrationError(OUTCOMES), 1e-9);
  }

  @Test
  void recommended_threshold_is_the_lowest_reaching_the_target_precision() {
    assertEquals(0.9, FieldMetrics.recommendedThreshold(OUTCOMES, 0.9), 1e-9);
    assertEquals(0.3, FieldMetrics.recommendedThreshold(OUTCOMES, 0.75), 1e-9);
    assertEquals(0.8, FieldMetrics.coverageAccuracy(OUTCOMES, 0.3)[0], 1e-9);
    assertTrue(Double.isNaN(FieldMetrics.recommendedThreshold(List.of(new Outcome("a", "b", 0.5, false, "en")), 0.9)));
  }

  @Test
  void report_has_the_contract_keys_and_figures_by_language() {
    ObjectNode r = FieldMetrics.report(OUTCOMES, 0.75);

    assertEquals(0.6, r.get("accuracy").asDouble(), 1e-9);
    assertEquals(0.4333, r.get("macro_f1").asDouble(), 1e-9);
    assertEquals(5, r.get("test_count").asInt());
    assertEquals(0.4, r.get("abstained").asDouble(), 1e-9);
    assertEquals(0.3, r.get("recommended_threshold").asDouble(), 1e-9);
    assertEquals(0.8, r.get("coverage_at_target_precision").asDouble(), 1e-9);
    assertEquals(0.5, r.at("/by_language/en/accuracy").asDouble(), 1e-9);
    assertEquals(3, r.at("/by_language/fr/test_count").asInt());
    assertEquals(1, r.at("/confusion/matrix/0/1").asInt(), "one a predicted as b");
  }

  @Test
  void rouge_l_is_the_lcs_f1_of_word_tokens() {
    // LCS of "the cat sat" and "the cat was here" is 2: P 2/3, R 2/4
    assertEquals(2 * (2 / 3.0) * 0.5 / (2 / 3.0 + 0.5), TextScores.rougeL("The cat sat", "the cat was here"), 1e-9);
    assertEquals(0, TextScores.rougeL("", "anything"), 1e-9);
  }
}
