package io.deskhand.index;

/**
 * One durable state of the index: the commit generation of each corpus (-1: that corpus has no commit). A knowledge
 * base records the published one, so a restart searches exactly what was published, not a run's unfinished writes.
 */
public record CommitPoint(long tickets, long knowledge) {
  public static final CommitPoint NONE = new CommitPoint(-1, -1);

  static CommitPoint of(PublishedReaders.Target target) {
    return new CommitPoint(target.tickets() == null ? -1 : target.tickets().getGeneration(),
        target.knowledge() == null ? -1 : target.knowledge().getGeneration());
  }
}
