package io.deskhand.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PlainHttpConnectionTest {
  @Test
  void reads_sized_and_chunked_answers_on_one_kept_alive_connection() throws Exception {
    String big = "x".repeat(100_000);
    Javalin app = Javalin.create(c -> c.showJavalinBanner = false)
        .post("/echo", ctx -> ctx.status(201).result(ctx.header("X-Tag") + ":" + ctx.body()))
        .post("/stream", ctx -> ctx.result(new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
        .start("127.0.0.1", 0);
    try (PlainHttpConnection c = new PlainHttpConnection(URI.create("http://127.0.0.1:" + app.port()))) {
      URI echo = URI.create("http://127.0.0.1:" + app.port() + "/echo");
      for (int i = 0; i < 3; i++) {
        PlainHttpConnection.Response r = c.send(PlainHttpConnection.jsonPost(echo, Map.of("X-Tag", "t" + i),
            ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, r.status());
        assertEquals("t" + i + ":{\"n\":" + i + "}", r.text());
      }
      PlainHttpConnection.Response streamed = c.send(PlainHttpConnection.jsonPost(
          URI.create("http://127.0.0.1:" + app.port() + "/stream"), Map.of(), new byte[0]));
      assertEquals(200, streamed.status());
      assertEquals(big, streamed.text());
      PlainHttpConnection.Response missing = c.send(PlainHttpConnection.jsonPost(
          URI.create("http://127.0.0.1:" + app.port() + "/nothing"), Map.of(), new byte[0]));
      assertEquals(404, missing.status());
    } finally {
      app.stop();
    }
  }
}
