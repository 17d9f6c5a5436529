package com.ocpizza.common.problem;

import java.util.Map;
import org.springframework.http.HttpStatus;

/** A service this one needs is down or too slow: the caller gets a fast 503, never a hang. */
public class DependencyUnavailableException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public DependencyUnavailableException(String dependency, Throwable cause) {
    super(
        HttpStatus.SERVICE_UNAVAILABLE,
        ProblemTypes.DEPENDENCY_UNAVAILABLE,
        "The " + dependency + " service is unavailable; please try again shortly.",
        Map.of("dependency", dependency));
    initCause(cause);
  }
}
