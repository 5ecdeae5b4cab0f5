package io.deskhand.ticket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.io.input.BOMInputStream;

/**
 * UTF-8 input files as users hand them over: Excel and Windows editors start them with a byte-order mark, which would
 * otherwise become part of the first column's name or make the first JSON line unreadable.
 */
public final class TextFiles {
  private TextFiles() {}

  public static BufferedReader reader(Path file) throws IOException {
    // strict like Files.newBufferedReader: a file in another encoding fails instead of turning into replacement characters
    return new BufferedReader(new InputStreamReader(BOMInputStream.builder().setPath(file).get(),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  public static String read(Path file) throws IOException {
    try (BufferedReader r = reader(file); StringWriter out = new StringWriter()) {
      r.transferTo(out);
      return out.toString();
    }
  }

  /** The file's lines; closing the stream closes the file (a reader's own lines() leaves it open). */
  public static Stream<String> lines(Path file) throws IOException {
    BufferedReader r = reader(file);
    return r.lines().onClose(() -> {
      try {
        r.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
