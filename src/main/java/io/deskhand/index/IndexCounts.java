package io.deskhand.index;

/** Distinct solved tickets, help-center articles and internal docs in the index. */
public record IndexCounts(long tickets, long articles, long docs) {
  public boolean isEmpty() {
    return tickets + articles + docs == 0;
  }
}
