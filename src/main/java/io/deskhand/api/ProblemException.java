package io.deskhand.api;

/** Ends a request with an RFC 9457 problem: {@code type} is a short slug, served as /problems/{type}. */
public class ProblemException extends RuntimeException {
  final int status;
  final String type;
  final String title;

  public ProblemException(int status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }
}
