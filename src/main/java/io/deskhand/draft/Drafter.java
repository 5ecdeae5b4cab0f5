package io.deskhand.draft;

/** Writes a reply draft grounded in retrieved sources, or declines when no source is close enough. */
public interface Drafter {
  Draft draft(DraftRequest request);
}
