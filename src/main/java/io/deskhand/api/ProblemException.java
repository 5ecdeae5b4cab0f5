package io.deskhand.api;

import java.util.LinkedHashMap;
import java.util.Map;

/** Ends a request with an RFC 9457 problem: {@code type} is a short slug, served as /problems/{type}. */
public class ProblemException extends RuntimeException {
  final int status;
  final String type;
  final String title;
  final Map<String, String> headers = new LinkedHashMap<>();

  public ProblemException(int status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  /** A response header to send with the problem, e.g. Retry-After on a 503. */
  public ProblemException withHeader(String name, String value) {
    headers.put(name, value);
    return this;
  }
}
