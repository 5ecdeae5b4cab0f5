package io.deskhand.embedding;

/** Arithmetic on embedding vectors. */
public final class Vectors {
  private Vectors() {}

  /** Cosine of two vectors (the embedders return unit vectors, but a fake in tests may not); 0 for a zero vector. */
  public static double cosine(float[] a, float[] b) {
    double dot = 0, na = 0, nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
  }
}
