package io.deskhand.ticket;

import java.util.regex.Pattern;

/**
 * The one rule for the text that stands for a customer's request, on the indexed side (solved tickets) and the
 * query side (a new ticket) alike: its subject, then its cleaned message. If the two sides drifted apart,
 * similarity would drop with no error anywhere.
 *
 * <p>A reply-chain subject ("RE: Re: AW: ...", "TR:", "Fwd:") names the earlier thread's topic, which is often not
 * this message's: when the new message says enough by itself, the subject is left out; otherwise only its prefixes
 * are.
 */
public final class RequestText {
  private static final Pattern REPLY_PREFIXES = Pattern.compile("(?iu)^\\s*((re|aw|sv|vs|tr|wg|fw|fwd|rv|rif|antw|odp)\\s*(\\[\\d+\\]|\\(\\d+\\))?\\s*:\\s*)+");
  /** A new message this long carries its own request; the chain's subject only adds the earlier topic. */
  static final int SELF_STANDING_CHARS = 60;

  private RequestText() {}

  public static String of(String subject, String cleanedMessage) {
    String s = subject == null ? "" : subject.strip();
    String m = cleanedMessage == null ? "" : cleanedMessage.strip();
    var prefixes = REPLY_PREFIXES.matcher(s);
    if (prefixes.find()) {
      if (m.length() >= SELF_STANDING_CHARS) return m;
      s = s.substring(prefixes.end()).strip();
    }
    return s.isEmpty() ? m : m.isEmpty() ? s : s + "\n" + m;
  }

  /** Whether the subject is a reply chain's (the drafter then matches on the message alone). */
  public static boolean isReplyChain(String subject) {
    return subject != null && REPLY_PREFIXES.matcher(subject).find();
  }
}
