package io.deskhand.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.deskhand.config.DeskhandConfig;
import io.deskhand.config.Secret;
import io.deskhand.modelserver.FakeModelServer;
import io.deskhand.modelserver.Privacy;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServerEmbedderTest {
  final FakeModelServer server = FakeModelServer.start();

  @AfterEach
  void stop() {
    server.close();
  }

  ServerEmbedder embedder(String provider, String redact) {
    var cfg = new DeskhandConfig.ModelServer(provider.equals("openai") ? server.openAiBase() : server.ollamaBase(), "multilingual-e5",
        Optional.of(new Secret("sk-test")), 4, 5);
    return ServerEmbedder.create(provider, cfg, Privacy.forServer(redact, cfg.baseUrl()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"openai", "ollama"})
  void texts_are_sent_in_batches_and_come_back_as_unit_vectors_in_order(String provider) {
    server.requireApiKey("sk-test");
    ServerEmbedder e = embedder(provider, "auto");
    List<String> texts = IntStream.range(0, 10).mapToObj(i -> "ticket number " + i + " about a refund").toList();

    List<float[]> vectors = e.embedAll(texts);

    assertEquals(provider + ":multilingual-e5", e.modelId());
    assertEquals(3, server.embeddingRequests().size(), "10 texts in batches of 4");
    assertEquals(FakeModelServer.DIMENSION, e.dimension());
    for (int i = 0; i < texts.size(); i++) {
      float[] expected = FakeModelServer.vector(texts.get(i));
      double norm = 0;
      for (float x : expected) norm += x * x;
      assertEquals(expected[1] / Math.sqrt(norm), vectors.get(i)[1], 1e-5, "text " + i + " keeps its place");
      double length = 0;
      for (float x : vectors.get(i)) length += x * x;
      assertEquals(1.0, length, 1e-4);
    }
  }

  @Test
  void a_503_is_retried_and_a_dead_server_is_named() {
    ServerEmbedder e = embedder("ollama", "auto");
    server.failEmbeddings(2);
    assertEquals(FakeModelServer.DIMENSION, e.embed("hello").length);
    assertEquals(3, server.embeddingRequests().size());

    server.failEmbeddings(100);
    EmbeddingUnavailableException down = assertThrows(EmbeddingUnavailableException.class, () -> e.embed("hello again"));
    assertTrue(down.getMessage().contains("ollama:multilingual-e5") && down.getMessage().contains("503"), down.getMessage());
  }

  @Test
  void personal_data_is_replaced_before_it_leaves_when_redacting() {
    embedder("ollama", "always").embed("Mon e-mail est paul@example.fr et ma carte 4111 1111 1111 1111");
    String sent = server.embeddingRequests().get(0).body().toString();
    assertFalse(sent.contains("paul@example.fr") || sent.contains("4111"), sent);
    assertTrue(sent.contains("[email]") && sent.contains("[card number]"), sent);
  }
}
