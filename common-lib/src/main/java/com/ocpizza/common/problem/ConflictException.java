package com.ocpizza.common.problem;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The request is valid but clashes with the current state: a forbidden transition, a duplicate. */
public class ConflictException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String detail) {
    this(ProblemTypes.CONFLICT, detail, Map.of());
  }

  public ConflictException(URI type, String detail, Map<String, Object> properties) {
    super(HttpStatus.CONFLICT, type, detail, properties);
  }
}
