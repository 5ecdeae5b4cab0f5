package io.deskhand.modelserver;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Whether personal data is redacted before a text leaves for a model server ({@code llm.redact}): {@code always},
 * {@code never}, or {@code auto}, which redacts unless the server's host is a loopback address (the text then never
 * leaves the machine).
 */
public record Privacy(boolean redacts, Redactor redactor) {
  public static Privacy forServer(String mode, URI baseUrl) {
    boolean redacts = switch (mode) {
      case "always" -> true;
      case "never" -> false;
      default -> !loopback(baseUrl);
    };
    return new Privacy(redacts, new Redactor());
  }

  /** True when every address the host names is a loopback one (localhost, 127.0.0.0/8, ::1). */
  public static boolean loopback(URI baseUrl) {
    String host = baseUrl.getHost();
    if (host == null) return false;
    try {
      InetAddress[] all = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
      for (InetAddress a : all) if (!a.isLoopbackAddress()) return false;
      return all.length > 0;
    } catch (UnknownHostException | SecurityException e) {
      return false; // a host we cannot resolve here is not known to be this machine
    }
  }

  /** A ticket's own text, with restorable placeholders when redacting. */
  public String own(String text, Vault vault) {
    return redacts ? redactor.redact(text, vault) : text;
  }

  /** Someone else's text (a solved ticket's reply), with placeholders nothing restores when redacting. */
  public String others(String text) {
    return redacts ? redactor.anonymise(text) : text;
  }
}
