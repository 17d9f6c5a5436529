package com.ocpizza.common.problem;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A failure the caller can act on, answered as an RFC 9457 problem. Services raise its subclasses
 * (or their own) from the domain; the advice turns them into responses, so controllers never catch.
 */
public abstract class ProblemException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final URI type;
  private final transient Map<String, Object> properties;

  protected ProblemException(
      HttpStatus status, URI type, String detail, Map<String, Object> properties) {
    super(detail);
    this.status = status;
    this.type = type;
    this.properties = Map.copyOf(properties);
  }

  public HttpStatus status() {
    return status;
  }

  public URI type() {
    return type;
  }

  /** Extra members of the problem body, e.g. the products that ran out. */
  public Map<String, Object> properties() {
    return properties;
  }
}
