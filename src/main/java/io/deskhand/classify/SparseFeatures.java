package io.deskhand.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

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
      for (int b : buckets(t).keySet()) df[b]++;
    }
    idf = new float[df.length];
    int n = texts.size();
    for (int i = 0; i < df.length; i++) idf[i] = (float) (Math.log((n + 1.0) / (df[i] + 1.0)) + 1.0);
  }

  public Feature[] features(String text, float[] vector) {
    TreeMap<Integer, Integer> counts = buckets(text);
    Feature[] out = new Feature[1 + (vector == null ? 0 : dimension) + counts.size()];
    int i = 0;
    out[i++] = new FeatureNode(1, 1.0);
    if (vector != null) {
      for (int d = 0; d < dimension; d++) out[i++] = new FeatureNode(2 + d, embeddingWeight * vector[d]);
    }
    double norm = 0;
    int start = i;
    for (var e : counts.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * (idf == null ? 1.0 : idf[e.getKey()]);
      out[i++] = new FeatureNode(2 + dimension + e.getKey(), w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) {
      for (int j = start; j < i; j++) out[j].setValue(out[j].getValue() / norm);
    }
    return i == out.length ? out : Arrays.copyOf(out, i);
  }

  private TreeMap<Integer, Integer> buckets(String text) {
    String t = normalise(text);
    TreeMap<Integer, Integer> counts = new TreeMap<>();
    int mask = (1 << bits) - 1;
    String padded = " " + t + " ";
    for (int n = 3; n <= 5; n++) {
      for (int s = 0; s + n <= padded.length(); s++) {
        int h = n;
        for (int c = s; c < s + n; c++) h = 31 * h + padded.charAt(c); // String.hashCode without the substring
        counts.merge(((h * 0x9E3779B1) >>> (32 - bits)) & mask, 1, Integer::sum);
      }
    }
    String[] words = t.split(" ");
    for (int w = 0; w < words.length; w++) {
      if (words[w].isEmpty()) continue;
      counts.merge(hash("w:" + words[w], mask), 1, Integer::sum);
      if (w + 1 < words.length) counts.merge(hash("b:" + words[w] + " " + words[w + 1], mask), 1, Integer::sum);
    }
    return counts;
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
