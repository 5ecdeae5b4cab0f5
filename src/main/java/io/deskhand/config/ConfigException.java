package io.deskhand.config;

/** A configuration value is missing or invalid; the message names the key and, for env overrides, the variable. */
public class ConfigException extends RuntimeException {
  public ConfigException(String message) {
    super(message);
  }
}
