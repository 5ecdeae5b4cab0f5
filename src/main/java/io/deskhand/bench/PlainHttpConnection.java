package io.deskhand.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * One keep-alive HTTP/1.1 connection on a plain socket, used by {@code bench} and the webhook load check to load the
 * service on loopback. The benchmark's clients share the service's two cores, and {@code java.net.http.HttpClient}'s
 * own threads cost more per request than a few hundred bytes written and read here (against a 404 route at 200/s:
 * p99 9.0 ms with HttpClient, 2.3 ms with this; eval/RESULTS.md). It speaks only what Javalin answers: a status
 * line, headers, and a Content-Length or chunked body.
 */
public final class PlainHttpConnection implements AutoCloseable {
  /** An answer's status and body. */
  public record Response(int status, byte[] body) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private final Socket socket;
  private final OutputStream out;
  private final InputStream in;

  public PlainHttpConnection(URI server) throws IOException {
    this.socket = new Socket(server.getHost(), server.getPort());
    socket.setTcpNoDelay(true);
    this.out = socket.getOutputStream();
    this.in = new BufferedInputStream(socket.getInputStream());
  }

  /** The bytes of a POST to {@code uri} with a JSON body and extra headers, ready for {@link #send(byte[])}. */
  public static byte[] jsonPost(URI uri, Map<String, String> headers, byte[] body) {
    StringBuilder head = new StringBuilder("POST ").append(uri.getRawPath()).append(" HTTP/1.1\r\n")
        .append("Host: ").append(uri.getHost()).append(':').append(uri.getPort()).append("\r\n")
        .append("Content-Type: application/json\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.US_ASCII);
    byte[] all = Arrays.copyOf(h, h.length + body.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /** Writes a whole request and reads its answer. */
  public Response send(byte[] request) throws IOException {
    out.write(request);
    out.flush();
    String status = readLine();
    String[] parts = status.split(" ");
    if (parts.length < 2) throw new IOException("not an HTTP answer: " + status);
    int code = Integer.parseInt(parts[1]);
    int length = 0;
    boolean chunked = false;
    for (String line = readLine(); !line.isEmpty(); line = readLine()) {
      String lower = line.toLowerCase(Locale.ROOT);
      if (lower.startsWith("content-length:")) length = Integer.parseInt(line.substring(15).trim());
      if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
    }
    if (!chunked) return new Response(code, in.readNBytes(length));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (int size = chunkSize(); size > 0; size = chunkSize()) {
      body.write(in.readNBytes(size));
      readLine();
    }
    readLine();
    return new Response(code, body.toByteArray());
  }

  private int chunkSize() throws IOException {
    String line = readLine();
    int semicolon = line.indexOf(';');
    return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).trim(), 16);
  }

  private String readLine() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) throw new IOException("connection closed by the service");
      if (c != '\r') sb.append((char) c);
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
