package io.deskhand.ticket;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
    try (BufferedReader r = reader(file)) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[8192];
      for (int n; (n = r.read(buf)) > 0; ) sb.append(buf, 0, n);
      return sb.toString();
    }
  }
}
