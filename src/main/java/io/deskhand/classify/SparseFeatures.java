package io.deskhand.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Language-independent text features for the linear models: hashed character 3-5-grams and word 1-2-grams with
 * sublinear tf-idf, L2-normalised, followed by the embedding's dimensions. Character n-grams carry what the
 * English-only default embedding misses in French, German or Spanish.
 *
 * <p>Layout of LIBLINEAR indices (1-based): 1 = constant, 2..dim+1 = embedding, then the hashed n-gram buckets.
 */
public final class SparseFeatures implements Serializable {
  private static final long serialVersionUID = 1L;
  /** Longer texts add little for classification and cost memory while training. */
  private static final int MAX_CHARS = 800;

  private final int bits;
  private final int dimension;
  private final double embeddingWeight;
  private float[] idf;

  public SparseFeatures(int bits, int dimension, double embeddingWeight) {
    this.bits = bits;
    this.dimension = dimension;
    this.embeddingWeight = embeddingWeight;
  }

  public int featureCount() {
    return 1 + dimension + (1 << bits);
  }

  /** Learns inverse document frequencies of the buckets from the training texts. */
  public void fitIdf(List<String> texts) {
    int[] df = new int[1 << bits];
    for (String t : texts) {
      int[] b = buckets(t);
      for (int i = 0; i < b.length; i++) if (i == 0 || b[i] != b[i - 1]) df[b[i]]++;
    }
    idf = new float[df.length];
    int n = texts.size();
    for (int i = 0; i < df.length; i++) idf[i] = (float) (Math.log((n + 1.0) / (df[i] + 1.0)) + 1.0);
  }

  public Feature[] features(String text, float[] vector) {
    int[] buckets = buckets(text);
    int distinct = 0;
    for (int i = 0; i < buckets.length; i++) if (i == 0 || buckets[i] != buckets[i - 1]) distinct++;
    Feature[] out = new Feature[1 + (vector == null ? 0 : dimension) + distinct];
    int i = 0;
    out[i++] = new FeatureNode(1, 1.0);
    if (vector != null) {
      for (int d = 0; d < dimension; d++) out[i++] = new FeatureNode(2 + d, embeddingWeight * vector[d]);
    }
    double norm = 0;
    int start = i;
    for (int b = 0; b < buckets.length; ) {
      int run = b;
      while (run < buckets.length && buckets[run] == buckets[b]) run++;
      double w = (1 + Math.log(run - b)) * (idf == null ? 1.0 : idf[buckets[b]]);
      out[i++] = new FeatureNode(2 + dimension + buckets[b], w);
      norm += w * w;
      b = run;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int j = start; j < i; j++) out[j].setValue(out[j].getValue() / norm);
    }
    return out;
  }

  /** The hashed n-gram buckets of a text, sorted, with repeats (a bucket's run length is its count). */
  private int[] buckets(String text) {
    String t = normalise(text);
    String padded = " " + t + " ";
    int mask = (1 << bits) - 1;
    String[] words = t.isEmpty() ? new String[0] : t.split(" ");
    int[] out = new int[Math.max(0, 3 * padded.length()) + 2 * words.length];
    int k = 0;
    for (int n = 3; n <= 5; n++) {
      for (int s = 0; s + n <= padded.length(); s++) {
        int h = n;
        for (int c = s; c < s + n; c++) h = 31 * h + padded.charAt(c); // String.hashCode without the substring
        out[k++] = ((h * 0x9E3779B1) >>> (32 - bits)) & mask;
      }
    }
    for (int w = 0; w < words.length; w++) {
      if (words[w].isEmpty()) continue;
      out[k++] = hash("w:" + words[w], mask);
      if (w + 1 < words.length) out[k++] = hash("b:" + words[w] + " " + words[w + 1], mask);
    }
    int[] used = Arrays.copyOf(out, k);
    Arrays.sort(used);
    return used;
  }

  private int hash(String s, int mask) {
    return (s.hashCode() * 0x85EBCA6B) >>> (32 - bits) & mask;
  }

  static String normalise(String text) {
    String t = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    t = Normalizer.normalize(t.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.isDigit(c) ? '0' : c);
        space = false;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }
}
