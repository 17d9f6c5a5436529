package com.ocpizza.common.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** The thing asked for does not exist, or the caller may not know that it does. */
public class NotFoundException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String detail) {
    super(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, detail, Map.of());
  }
}
