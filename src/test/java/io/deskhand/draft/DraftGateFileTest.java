package io.deskhand.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The saved draft gate: read back as written, and left unused when an earlier build wrote it another way. */
class DraftGateFileTest {
  @TempDir Path dir;

  private static DraftGate.Model model(double threshold) {
    double[] w = new double[GateFeatures.REPLY.size()];
    w[0] = 2;
    return new DraftGate.Model(GateFeatures.REPLY, w, Map.of("fr", -1.0, "other", -0.5), Map.of("fr", 0.5), threshold, 0.6, 0.8, 300);
  }

  @Test
  void a_saved_gate_reads_back_with_the_same_decisions() throws Exception {
    double[] a = new double[GateFeatures.ARTICLE.size()];
    DraftGate gate = new DraftGate(model(0.4), new DraftGate.Model(GateFeatures.ARTICLE, a, Map.of(), Map.of(), 1.01, 0, 0, 0),
        Map.of("fr", 0.18, "other", 0.15), 300);
    gate.save(dir);
    DraftGate read = DraftGate.load(dir).orElseThrow();
    GateFeatures f = new GateFeatures(new double[] {0.7, 0.7, 1, 0.2, 0.5, 0.5, 0.3, 1, 0.6});
    assertEquals(gate.reply().probability(f, "fr"), read.reply().probability(f, "fr"), 1e-12);
    assertEquals(0.4, read.reply().threshold());
    assertEquals(Map.of("fr", 0.18, "other", 0.15), read.usableRougeL());
  }

  @Test
  void a_gate_fitted_on_embedding_similarity_by_an_earlier_build_is_not_used_so_the_next_start_refits_it() throws Exception {
    double[] a = new double[GateFeatures.ARTICLE.size()];
    new DraftGate(model(0.4), new DraftGate.Model(GateFeatures.ARTICLE, a, Map.of(), Map.of(), 1.01, 0, 0, 0), Map.of("en", 0.5), 300)
        .save(dir);
    Path file = dir.resolve(DraftGate.FILE);
    Files.writeString(file, Files.readString(file).replace("\"usableRougeL\"", "\"usableSimilarity\""));
    assertEquals(Optional.empty(), DraftGate.load(dir));
    assertTrue(Files.exists(file));
  }
}
