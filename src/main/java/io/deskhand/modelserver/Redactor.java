package io.deskhand.modelserver;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the personal data that must not leave the machine for a model server: e-mail addresses, IBANs (mod-97
 * checked), payment card numbers (Luhn checked) and phone numbers. A ticket's own values become numbered placeholders
 * in a {@link Vault} ({@code [EMAIL_1]}), restorable where the answer repeats them; values in other texts (earlier
 * customers' replies) become plain placeholders ({@code [email]}) that nothing restores.
 */
public final class Redactor {
  public enum Kind { EMAIL, IBAN, CARD, PHONE, NAME }

  /** A found value: its kind and where it sits. */
  record Span(Kind kind, int start, int end) {}

  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  private static final Pattern IBAN = Pattern.compile("(?<![A-Za-z0-9])[A-Z]{2}\\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Za-z0-9])");
  /** 13-19 digits, single spaces or dashes between groups. */
  private static final Pattern CARD = Pattern.compile("(?<![\\w+-])\\d(?:[ -]?\\d){12,18}(?![\\w-])");
  /**
   * An international (+ or 00) or national (leading 0) number of 9-15 digits, with spaces, dots, dashes, slashes or
   * parentheses between groups. A run that starts with another digit (a date, an order or tracking number) is not a
   * phone number; nor is one glued to letters ("6A10113261429", a Colissimo tracking number) or the tail of a longer
   * group of numbers (an IBAN that failed its check).
   */
  private static final Pattern PHONE = Pattern.compile("(?<![\\w+]|\\d[ ./-])(?:\\+|00|\\(0|0)\\d?(?:[ ./-]?\\(?\\d\\)?){7,16}(?![\\w-])");

  /** Every value to redact in {@code text}, in order, none overlapping. */
  List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    add(spans, text, EMAIL, Kind.EMAIL);
    add(spans, text, IBAN, Kind.IBAN);
    add(spans, text, CARD, Kind.CARD);
    add(spans, text, PHONE, Kind.PHONE);
    spans.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return spans;
  }

  private static void add(List<Span> spans, String text, Pattern p, Kind kind) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = kind == Kind.IBAN ? ibanEnd(text, start, m.end()) : m.end();
      if (end < 0 || spans.stream().anyMatch(s -> start < s.end() && s.start() < end)) continue;
      String v = text.substring(start, end);
      boolean valid = switch (kind) {
        case IBAN -> true;
        case CARD -> luhn(digits(v));
        case PHONE -> {
          int n = digits(v).length();
          yield n >= 9 && n <= 15;
        }
        default -> true;
      };
      if (valid) spans.add(new Span(kind, start, end));
    }
  }

  /** {@code text} with this ticket's personal data (and {@code name}, when given) as restorable placeholders. */
  public String redact(String text, Vault vault) {
    String out = replace(text, (kind, value) -> vault.placeholder(kind, value));
    for (String name : vault.names()) out = out.replace(name, vault.placeholder(Kind.NAME, name));
    return out;
  }

  /** {@code text} with personal data replaced by placeholders that nothing restores (another customer's data). */
  public String anonymise(String text) {
    return replace(text, (kind, value) -> switch (kind) {
      case EMAIL -> "[email]";
      case IBAN -> "[IBAN]";
      case CARD -> "[card number]";
      case PHONE -> "[phone]";
      case NAME -> "[name]";
    });
  }

  private String replace(String text, java.util.function.BiFunction<Kind, String, String> placeholder) {
    if (text == null || text.isEmpty()) return text == null ? "" : text;
    StringBuilder out = new StringBuilder();
    int at = 0;
    for (Span s : find(text)) {
      out.append(text, at, s.start()).append(placeholder.apply(s.kind(), text.substring(s.start(), s.end())));
      at = s.end();
    }
    return out.append(text.substring(at)).toString();
  }

  static String digits(String s) {
    return s.replaceAll("\\D", "");
  }

  static boolean luhn(String digits) {
    if (digits.length() < 13 || digits.length() > 19) return false;
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int d = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        d *= 2;
        if (d > 9) d -= 9;
      }
      sum += d;
    }
    return sum % 10 == 0;
  }

  /** The end of the longest valid IBAN from {@code start} within the match (it may run into a following code), or -1. */
  private static int ibanEnd(String text, int start, int end) {
    for (int e = end; e - start >= 15; e--) {
      if (text.charAt(e - 1) != ' ' && validIban(text.substring(start, e))) return e;
    }
    return -1;
  }

  /** ISO 13616: the country code and check digits moved to the end, letters as numbers, mod 97 must be 1. */
  static boolean validIban(String raw) {
    String iban = raw.replace(" ", "").toUpperCase(Locale.ROOT);
    if (iban.length() < 15 || iban.length() > 34) return false;
    String moved = iban.substring(4) + iban.substring(0, 4);
    StringBuilder numeric = new StringBuilder();
    for (char c : moved.toCharArray()) {
      if (Character.isDigit(c)) numeric.append(c);
      else if (c >= 'A' && c <= 'Z') numeric.append(c - 'A' + 10);
      else return false;
    }
    return new BigInteger(numeric.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }
}
