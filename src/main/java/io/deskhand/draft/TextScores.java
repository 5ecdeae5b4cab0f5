package io.deskhand.draft;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Draft-versus-reply scores: ROUGE-L F1 on word tokens, cosine of embeddings. */
public final class TextScores {
  private TextScores() {}

  static List<String> tokens(String text) {
    String t = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    List<String> out = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        cur.append(c);
      } else if (!cur.isEmpty()) {
        out.add(cur.toString());
        cur.setLength(0);
      }
    }
    if (!cur.isEmpty()) out.add(cur.toString());
    return out;
  }

  /** ROUGE-L F1 (beta 1): longest common subsequence of word tokens over candidate and reference lengths. */
  public static double rougeL(String candidate, String reference) {
    List<String> c = tokens(candidate);
    List<String> r = tokens(reference);
    if (c.isEmpty() || r.isEmpty()) return 0;
    int[] prev = new int[r.size() + 1];
    int[] cur = new int[r.size() + 1];
    for (int i = 1; i <= c.size(); i++) {
      for (int j = 1; j <= r.size(); j++) {
        cur[j] = c.get(i - 1).equals(r.get(j - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
      }
      int[] tmp = prev;
      prev = cur;
      cur = tmp;
    }
    int lcs = prev[r.size()];
    if (lcs == 0) return 0;
    double p = lcs / (double) c.size();
    double rec = lcs / (double) r.size();
    return 2 * p * rec / (p + rec);
  }
}
