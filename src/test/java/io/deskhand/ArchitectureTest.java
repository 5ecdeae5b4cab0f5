package io.deskhand;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The import arrows of STYLE.md's layout, read from the sources: data moves api -> jobs -> triage -> zendesk, and
 * below triage nothing knows about HTTP intake, queues or Zendesk. A type needed on both sides belongs in ticket/.
 */
class ArchitectureTest {
  private static final Path SOURCES = Path.of("src/main/java/io/deskhand");
  private static final Pattern REFERENCE = Pattern.compile("\\bio\\.deskhand\\.([a-z]+)\\.[A-Z]");
  /** What sits below triage: the vocabulary, the models and the index. */
  private static final Set<String> BELOW_TRIAGE = Set.of("ticket", "config", "clean", "embedding", "index", "classify",
      "draft", "language", "entity", "progress", "http", "modelserver", "llm");
  private static final Set<String> ABOVE_TRIAGE = Set.of("triage", "zendesk", "jobs", "api", "knowledge", "eval", "cli", "bench");

  @Test
  void no_package_imports_against_the_arrows() throws IOException {
    Map<String, Set<String>> uses = packageReferences();
    List<String> wrong = new ArrayList<>();
    uses.forEach((from, targets) -> {
      for (String to : targets) {
        if (to.equals("cli") && !from.equals("")) wrong.add(from + " -> cli (only Main starts the commands)");
        if (from.equals("ticket")) wrong.add("ticket -> " + to + " (the vocabulary depends on nothing)");
        if (from.equals("config") && !to.equals("ticket")) wrong.add("config -> " + to + " (config names only the vocabulary's fields)");
        if (BELOW_TRIAGE.contains(from) && ABOVE_TRIAGE.contains(to)) wrong.add(from + " -> " + to + " (below triage)");
        if (from.equals("zendesk") && Set.of("triage", "jobs", "api", "knowledge", "eval").contains(to)) wrong.add("zendesk -> " + to);
        if (from.equals("jobs") && to.equals("api")) wrong.add("jobs -> api");
      }
    });
    assertEquals(List.of(), wrong);
  }

  @Test
  void packages_form_no_cycle() throws IOException {
    Map<String, Set<String>> uses = packageReferences();
    uses.remove(""); // Main and Services are the composition root: they may use every package
    List<String> cycles = new ArrayList<>();
    for (String start : uses.keySet()) {
      if (reaches(uses, start, start, new TreeSet<>())) cycles.add(start);
    }
    assertEquals(List.of(), cycles, "packages on a cycle of imports");
  }

  private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
    for (String next : uses.getOrDefault(from, Set.of())) {
      if (next.equals(target)) return true;
      if (seen.add(next) && reaches(uses, next, target, seen)) return true;
    }
    return false;
  }

  /** package -> the io.deskhand packages its sources name (imports and qualified names alike); "" is the root. */
  private static Map<String, Set<String>> packageReferences() throws IOException {
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Path rel = SOURCES.relativize(f.getParent() == null ? f : f.getParent());
        String pkg = rel.toString().replace('\\', '/');
        Set<String> targets = uses.computeIfAbsent(pkg, k -> new TreeSet<>());
        for (String line : Files.readAllLines(f)) {
          if (line.startsWith("package ")) continue;
          Matcher m = REFERENCE.matcher(line);
          while (m.find()) if (!m.group(1).equals(pkg)) targets.add(m.group(1));
        }
      }
    }
    return uses;
  }
}
