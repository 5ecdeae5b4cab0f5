package io.deskhand.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A demo folder (as `demo_dir` names it) with the bundled demo's first 40 tickets, 5 articles and its groups: quick to load. */
public final class MiniDemo {
  private MiniDemo() {}

  public static Path write(Path dir) throws IOException {
    Path demo = Files.createDirectories(dir);
    Files.write(demo.resolve("tickets.ndjson"), Files.readAllLines(Path.of("eval/demo/tickets.ndjson")).subList(0, 40));
    ObjectNode articles = (ObjectNode) new ObjectMapper().readTree(Path.of("eval/demo/articles.json").toFile());
    ArrayNode list = (ArrayNode) articles.get("articles");
    while (list.size() > 5) list.remove(list.size() - 1);
    Files.writeString(demo.resolve("articles.json"), articles.toString());
    Files.copy(Path.of("eval/demo/groups.json"), demo.resolve("groups.json"));
    Files.copy(Path.of("eval/demo/demo.json"), demo.resolve("demo.json"));
    return demo;
  }
}
