package io.deskhand.index;

/** An input file the user named is missing or not in the expected format (the CLI exits with code 2). */
public class BadInputException extends RuntimeException {
  public BadInputException(String message) {
    super(message);
  }
}
