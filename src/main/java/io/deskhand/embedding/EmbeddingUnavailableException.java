package io.deskhand.embedding;

/** The embedding model could not embed (a model server down or answering nonsense); the same call may work later. */
public class EmbeddingUnavailableException extends RuntimeException {
  public EmbeddingUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
