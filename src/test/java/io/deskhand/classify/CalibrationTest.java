package io.deskhand.classify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class CalibrationTest {
  @Test
  void an_overconfident_score_is_mapped_to_its_observed_accuracy() {
    // given: a model that always says 0.95 but is right 60% of the time, and says 0.5 when right 20% of the time
    Random r = new Random(1);
    int n = 2000;
    double[] scores = new double[n];
    boolean[] correct = new boolean[n];
    for (int i = 0; i < n; i++) {
      boolean high = i % 2 == 0;
      scores[i] = high ? 0.95 : 0.5;
      correct[i] = r.nextDouble() < (high ? 0.6 : 0.2);
    }
    // when
    Calibration c = Calibration.fit(scores, correct);
    // then
    assertEquals(0.6, c.apply(0.95), 0.05);
    assertEquals(0.2, c.apply(0.5), 0.05);
    assertTrue(c.apply(0.99) >= c.apply(0.95), "monotone");
  }

  @Test
  void too_little_data_keeps_the_raw_score() {
    Calibration c = Calibration.fit(new double[] {0.9, 0.8}, new boolean[] {true, false});
    assertEquals(0.7, c.apply(0.7), 1e-9);
  }

  @Test
  void the_calibrated_confidence_never_falls_as_the_raw_score_rises() {
    // given: noisy held-back outcomes, right more often at higher scores but with many reversals
    Random r = new Random(5);
    double[] scores = new double[400];
    boolean[] correct = new boolean[scores.length];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = r.nextDouble();
      correct[i] = r.nextDouble() < 0.2 + 0.6 * scores[i];
    }
    // when
    Calibration c = Calibration.fit(scores, correct);
    // then
    double previous = 0;
    for (int step = 0; step <= 1000; step++) {
      double v = c.apply(step / 1000.0);
      assertTrue(v >= previous, "monotone at " + step / 1000.0);
      assertTrue(v > 0 && v < 1, "never claims 0 or 1");
      previous = v;
    }
    assertTrue(c.apply(0.95) - c.apply(0.05) > 0.3, "follows the observed accuracy from about 0.2 to 0.8");
  }
}
