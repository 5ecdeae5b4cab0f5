package io.deskhand.config;

/** A secret value (token, signing secret, API key): prints as *** so it cannot leak through logs or errors. */
public record Secret(String value) {
  public Secret {
    if (value == null || value.isBlank()) throw new IllegalArgumentException("a secret must not be blank");
  }

  @Override
  public String toString() {
    return "***";
  }
}
