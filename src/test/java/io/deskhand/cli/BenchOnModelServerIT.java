package io.deskhand.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.deskhand.Services;
import io.deskhand.modelserver.FakeModelServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `bench` with embedding.model ollama measures the server's model as it measures the bundled one, and asks no LLM. */
class BenchOnModelServerIT {
  @TempDir Path dir;

  @Test
  void bench_measures_an_embedding_server_and_never_calls_the_language_model() throws Exception {
    try (FakeModelServer server = FakeModelServer.start()) {
      String base = server.ollamaBase().toString();
      Map<String, String> env = Map.of("DESKHAND_DATA_DIR", dir.resolve("data").toString(), "DESKHAND_EMBEDDING_MODEL", "ollama",
          "DESKHAND_EMBEDDING_BASE_URL", base, "DESKHAND_EMBEDDING_MODEL_NAME", "fake-embed", "DESKHAND_LLM_PROVIDER", "ollama",
          "DESKHAND_LLM_BASE_URL", base, "DESKHAND_LLM_MODEL", "fake-chat");
      Path out = dir.resolve("bench.json");
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int code = DeskhandCli.run(new String[] {"bench", "--tickets", "200", "--seconds", "0.3", "--clients", "2", "--out", out.toString()},
          env, new PrintStream(new ByteArrayOutputStream(), true), new PrintStream(err, true, StandardCharsets.UTF_8), Services::new);

      assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
      JsonNode figures = new ObjectMapper().readTree(out.toFile());
      assertEquals("ollama:fake-embed", figures.get("embedding_model").asText());
      assertTrue(figures.get("embed_texts_per_s").asDouble() > 0, figures.toPrettyString());
      assertTrue(figures.get("embed_texts_per_s_ort_default_threads").isNull(), "no ONNX Runtime to tune: " + figures);
      for (String f : new String[] {"ingest_texts_per_s", "query_p50_ms", "triage_p50_ms", "triage_texts_per_s", "triage_to_embed_ratio"}) {
        assertTrue(figures.get(f).isNumber(), f + " in " + figures.toPrettyString());
      }
      assertTrue(figures.get("tickets").asInt() >= 200, figures.toPrettyString());
      assertTrue(server.embeddingRequests().size() > 10, "the server embedded: " + server.embeddingRequests().size());
      assertEquals(0, server.chatRequests().size(), "bench asks no language model");
    }
  }
}
