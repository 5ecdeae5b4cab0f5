package io.deskhand.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import io.deskhand.config.DeskhandConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Our encoder replaces LangChain4j's OnnxBertBiEncoder for speed; indexes built before must still match, so the
 * vectors must be LangChain4j's own for the bundled models, long tickets (past the tokenizer's cut) included.
 */
class OnnxEmbedderTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void default_model_gives_langchain4js_vectors() throws IOException {
    assertSameVectors("all-minilm-l6-v2-q", "mean", new AllMiniLmL6V2QuantizedEmbeddingModel());
  }

  @Test
  void bge_small_gives_langchain4js_vectors() throws IOException {
    assertSameVectors("bge-small-en-v1.5-q", "cls", new BgeSmallEnV15QuantizedEmbeddingModel());
  }

  @Test
  void batch_and_single_calls_agree_and_keep_order() throws IOException {
    List<String> texts = demoTexts().subList(0, 12);
    try (OnnxEmbedder embedder = OnnxEmbedder.create(config("all-minilm-l6-v2-q", "mean"), Path.of("models"))) {
      List<float[]> batch = embedder.embedAll(texts);
      for (int i = 0; i < texts.size(); i++) assertClose(embedder.embed(texts.get(i)), batch.get(i), texts.get(i));
    }
  }

  private static void assertSameVectors(String model, String pooling, EmbeddingModel reference) throws IOException {
    List<String> texts = demoTexts();
    boolean sawLong = false;
    try (OnnxEmbedder embedder = OnnxEmbedder.create(config(model, pooling), Path.of("models"))) {
      for (int i = 0; i < texts.size(); i += 8) {
        String text = texts.get(i);
        sawLong |= text.length() > 550;
        float[] ours = embedder.embed(text);
        assertEquals(embedder.dimension(), ours.length);
        assertClose(reference.embed(text).content().vector(), ours, text);
      }
    }
    assertTrue(sawLong, "the sample should hold tickets longer than the tokenizer keeps");
  }

  private static void assertClose(float[] expected, float[] actual, String text) {
    double worst = 0;
    for (int d = 0; d < expected.length; d++) worst = Math.max(worst, Math.abs(expected[d] - actual[d]));
    assertTrue(worst < 1e-5, "vectors differ by " + worst + " for: " + text);
  }

  private static DeskhandConfig.Embedding config(String model, String pooling) {
    return new DeskhandConfig.Embedding(model, Optional.empty(), Optional.empty(), pooling, 1, 2);
  }

  private static List<String> demoTexts() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of("eval/demo/tickets.ndjson"), StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JsonNode t = JSON.readTree(line);
      texts.add(t.path("subject").asText() + "\n" + t.path("description").asText());
    }
    return texts;
  }
}
