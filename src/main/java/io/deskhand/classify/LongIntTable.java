package io.deskhand.classify;

import java.io.Serializable;

/**
 * Open-addressing map from non-zero 64-bit keys to ints: an n-gram vocabulary of a few hundred thousand entries
 * as two flat arrays (a boxed HashMap took ten times the memory and most of the featurisation time).
 */
final class LongIntTable implements Serializable {
  private static final long serialVersionUID = 1L;

  private long[] keys;
  private int[] values;
  private int size;

  LongIntTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or -1. */
  int get(long key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) return values[i];
      if (keys[i] == 0) return -1;
    }
  }

  /** Adds {@code delta} to the value of {@code key} (0 when absent). */
  void add(long key, int delta) {
    if (key == 0) throw new IllegalArgumentException("key 0 is reserved for empty slots");
    if (2 * (size + 1) > keys.length) grow();
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        values[i] += delta;
        return;
      }
      if (keys[i] == 0) {
        keys[i] = key;
        values[i] = delta;
        size++;
        return;
      }
    }
  }

  /** Every key, in slot order. */
  long[] keys() {
    long[] out = new long[size];
    int k = 0;
    for (long key : keys) if (key != 0) out[k++] = key;
    return out;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldKeys.length * 2];
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) if (oldKeys[i] != 0) add(oldKeys[i], oldValues[i]);
  }

  private static int slot(long key, int mask) {
    return (int) (key ^ (key >>> 32)) & mask; // keys are already mixed hashes
  }
}
