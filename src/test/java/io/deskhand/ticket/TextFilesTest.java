package io.deskhand.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextFilesTest {
  @Test
  void a_byte_order_mark_is_not_part_of_the_text(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("bom.csv");
    Files.write(f, ("\uFEFFid,subject\n1,Refund\n").getBytes(StandardCharsets.UTF_8));
    assertEquals("id,subject\n1,Refund\n", TextFiles.read(f));
    try (Stream<String> lines = TextFiles.lines(f)) {
      assertEquals(List.of("id,subject", "1,Refund"), lines.toList());
    }
  }

  @Test
  void closing_the_lines_closes_the_file(@TempDir Path dir) throws Exception {
    Path f = Files.writeString(dir.resolve("t.txt"), "a\nb\n");
    int before = openFiles();
    for (int i = 0; i < 500; i++) {
      try (Stream<String> lines = TextFiles.lines(f)) {
        assertEquals(2, lines.count());
      }
    }
    assertTrue(openFiles() < before + 50, "open files grew from " + before + " to " + openFiles());
  }

  private static int openFiles() {
    String[] fds = new File("/proc/self/fd").list();
    return fds == null ? 0 : fds.length;
  }
}
