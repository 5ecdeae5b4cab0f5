package io.deskhand.classify;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import java.io.Serializable;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The text features of every linear model here and of `eval --baseline tfidf`: TF-IDF of word 1-2-grams and
 * character 2-5-grams (sublinear tf, smoothed idf, words and characters each L2-normalised), over a vocabulary taken
 * from the training texts. N-grams are kept as 64-bit hashes: no two of a few million distinct n-grams share one in
 * practice, so the vocabulary is exact, where the 65,536 buckets used before (hashed 3-5-grams, one norm for all)
 * merged thousands of n-grams each on a team's real tickets.
 *
 * <p>Before the n-grams a row can carry dense blocks: the ticket's embedding and a few named signals (tone and urgency
 * scores). Layout of LIBLINEAR indices (1-based): 1 = constant, then the embedding, the signals, the n-grams. A model
 * trained on part of the blocks ({@link #textOnly}) has zero weights on the rest, so every model scores the same row.
 */
public final class TfidfFeatures implements Serializable {
  private static final long serialVersionUID = 1L;
  /**
   * The most frequent n-grams kept: bounds the weight matrices (features x labels) whatever the data. Banking77's
   * 10,003 training texts have 71,000 n-grams, 27,000 of them once only; a team's 10,000 longer tickets have many more.
   */
  public static final int MAX_FEATURES = 1 << 17;
  /** Longer texts add little for classification and cost memory while training. */
  static final int MAX_CHARS = 2000;
  private static final long CHAR_BIT = 1;

  private final LongIntTable vocabulary;
  private final float[] idf;
  private final int dimension;
  private final String[] signalNames;

  private TfidfFeatures(LongIntTable vocabulary, float[] idf, int dimension, String[] signalNames) {
    this.vocabulary = vocabulary;
    this.idf = idf;
    this.dimension = dimension;
    this.signalNames = signalNames;
  }

  /** Text features only (the TF-IDF baseline). */
  public static TfidfFeatures fit(List<String> texts) {
    return fit(texts, 0, List.of(), MAX_FEATURES);
  }

  /**
   * @param dimension of the embeddings given to {@link #features}, 0 for none
   * @param signalNames of the signal values given to {@link #features}, in that order
   */
  static TfidfFeatures fit(List<String> texts, int dimension, List<String> signalNames, int maxFeatures) {
    LongIntTable df = new LongIntTable(1 << 16);
    for (String text : texts) {
      long[] grams = grams(text);
      for (int i = 0; i < grams.length; i++) if (i == 0 || grams[i] != grams[i - 1]) df.add(grams[i], 1);
    }
    long[] keys = df.keys();
    // most frequent first, ties by position in the table: the same texts always give the same vocabulary
    long[] ranked = new long[keys.length];
    for (int i = 0; i < keys.length; i++) ranked[i] = ((long) df.get(keys[i]) << 32) | i;
    Arrays.sort(ranked);
    int kept = Math.min(maxFeatures, keys.length);
    long[] chosen = new long[kept];
    for (int r = 0; r < kept; r++) chosen[r] = keys[(int) ranked[keys.length - 1 - r]];
    Arrays.sort(chosen);
    LongIntTable vocabulary = new LongIntTable(kept);
    float[] idf = new float[kept];
    int n = texts.size();
    for (int i = 0; i < kept; i++) {
      vocabulary.add(chosen[i], i);
      idf[i] = (float) (Math.log((1.0 + n) / (1.0 + df.get(chosen[i]))) + 1);
    }
    return new TfidfFeatures(vocabulary, idf, dimension, signalNames.toArray(String[]::new));
  }

  public int featureCount() {
    return firstGram() - 1 + idf.length;
  }

  int vocabularySize() {
    return idf.length;
  }

  List<String> signalNames() {
    return List.of(signalNames);
  }

  /** Index of the first signal feature. */
  private int firstSignal() {
    return 2 + dimension;
  }

  /** Index of the first n-gram feature. */
  private int firstGram() {
    return firstSignal() + signalNames.length;
  }

  /**
   * @param vector the text's embedding, or null (then the row has no embedding block)
   * @param signals one value per signal name, or null
   */
  public Feature[] features(String text, float[] vector, double[] signals) {
    long[] grams = grams(text);
    // (index << 32 | weight bits) per distinct known n-gram, sorted by index below
    long[] packed = new long[grams.length];
    int count = 0;
    double wordNorm = 0;
    double charNorm = 0;
    for (int g = 0; g < grams.length; ) {
      int run = g;
      while (run < grams.length && grams[run] == grams[g]) run++;
      int index = vocabulary.get(grams[g]);
      if (index >= 0) {
        float w = (float) ((1 + Math.log(run - g)) * idf[index]);
        if ((grams[g] & CHAR_BIT) != 0) charNorm += (double) w * w;
        else wordNorm += (double) w * w;
        // the sign bit of the index half marks a character n-gram, for its block's norm
        packed[count++] = ((long) index << 33) | ((grams[g] & CHAR_BIT) << 32) | (Float.floatToRawIntBits(w) & 0xFFFFFFFFL);
      }
      g = run;
    }
    Arrays.sort(packed, 0, count);
    int dense = (vector == null ? 0 : dimension) + (signals == null ? 0 : signalNames.length);
    Feature[] out = new Feature[1 + dense + count];
    int i = 0;
    out[i++] = new FeatureNode(1, 1.0);
    if (vector != null) {
      if (vector.length != dimension) throw new IllegalArgumentException("expected a " + dimension + "-dimensional embedding, got " + vector.length);
      for (int d = 0; d < dimension; d++) out[i++] = new FeatureNode(2 + d, vector[d]);
    }
    if (signals != null) {
      if (signals.length != signalNames.length) throw new IllegalArgumentException("expected " + signalNames.length + " signals, got " + signals.length);
      for (int s = 0; s < signals.length; s++) out[i++] = new FeatureNode(firstSignal() + s, signals[s]);
    }
    double wordScale = wordNorm > 0 ? 1 / Math.sqrt(wordNorm) : 0;
    double charScale = charNorm > 0 ? 1 / Math.sqrt(charNorm) : 0;
    int base = firstGram();
    for (int k = 0; k < count; k++) {
      long p = packed[k];
      double w = Float.intBitsToFloat((int) p) * (((p >>> 32) & 1) != 0 ? charScale : wordScale);
      out[i++] = new FeatureNode(base + (int) (p >>> 33), w);
    }
    return out;
  }

  /** The constant and n-gram features of a row: what a plain TF-IDF model reads. */
  Feature[] textOnly(Feature[] row) {
    return drop(row, 2, firstGram());
  }

  /** A row without its signal features (fields other than priority do not read them). */
  Feature[] withoutSignals(Feature[] row) {
    return drop(row, firstSignal(), firstGram());
  }

  /** A row without its embedding: TF-IDF and the signals. */
  Feature[] withoutEmbedding(Feature[] row) {
    return drop(row, 2, firstSignal());
  }

  /** The row's features but those with an index in [from, to) (rows are sorted by index; the others are shared). */
  private static Feature[] drop(Feature[] row, int from, int to) {
    int start = 0;
    while (start < row.length && row[start].getIndex() < from) start++;
    int end = start;
    while (end < row.length && row[end].getIndex() < to) end++;
    if (start == end) return row;
    Feature[] out = new Feature[row.length - (end - start)];
    System.arraycopy(row, 0, out, 0, start);
    System.arraycopy(row, end, out, start, row.length - end);
    return out;
  }

  /**
   * The n-grams of a text as sorted hashes, with repeats (a run's length is the n-gram's count): words are runs of
   * letters, digits and apostrophes of the lower-cased NFKC text; character n-grams run over that text with runs of
   * white space made one space and a space added at either end.
   */
  static long[] grams(String text) {
    String t = normalise(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
    String padded = " " + t + " ";
    // at most four character n-grams start at each position; words are at least one character and one apart
    long[] out = new long[4 * padded.length() + t.length() + 2];
    int k = 0;
    for (int s = 0; s + 2 <= padded.length(); s++) {
      long h = 0xCBF29CE484222325L; // FNV-1a, extended a character at a time: each prefix is an n-gram
      h = (h ^ padded.charAt(s)) * 0x100000001B3L;
      for (int n = 2; n <= 5 && s + n <= padded.length(); n++) {
        h = (h ^ padded.charAt(s + n - 1)) * 0x100000001B3L;
        out[k++] = key(h, CHAR_BIT);
      }
    }
    long previous = 0;
    int i = 0;
    while (i < t.length()) {
      int cp = t.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < t.length() && isWordChar(t.codePointAt(i))) i += Character.charCount(t.codePointAt(i));
      long word = 0x84222325CBF29CE4L;
      for (int c = start; c < i; c++) word = (word ^ t.charAt(c)) * 0x100000001B3L;
      out[k++] = key(word, 0);
      if (previous != 0) {
        long bigram = (previous ^ ' ') * 0x100000001B3L;
        for (int c = start; c < i; c++) bigram = (bigram ^ t.charAt(c)) * 0x100000001B3L;
        out[k++] = key(bigram, 0);
      }
      previous = word;
    }
    long[] used = Arrays.copyOf(out, k);
    Arrays.sort(used);
    return used;
  }

  /** Letters, digits (any script) and apostrophes make words, as the pattern [^\p{L}\p{N}']+ splits them. */
  private static boolean isWordChar(int cp) {
    if (cp == '\'' || Character.isLetter(cp)) return true;
    int type = Character.getType(cp);
    return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
  }

  /** A well-mixed non-zero key whose lowest bit says which block the n-gram belongs to. */
  private static long key(long h, long block) {
    h ^= h >>> 33;
    h *= 0xFF51AFD7ED558CCDL;
    h ^= h >>> 33;
    h *= 0xC4CEB9FE1A85EC53L;
    h ^= h >>> 33;
    long k = (h & ~CHAR_BIT) | block;
    return k == 0 ? 2 : k;
  }

  /** Lower case, NFKC, runs of white space as one space, trimmed. */
  static String normalise(String text) {
    String t = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder(t.length());
    boolean space = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
        if (!space) sb.append(' ');
        space = true;
      } else {
        sb.append(c);
        space = false;
      }
    }
    return sb.toString().strip();
  }
}
