package com.ocpizza.management.system;

import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The caller holds the role but not for this pizzeria or this customer: 403. */
public class ForbiddenException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String detail) {
    super(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, detail, Map.of());
  }
}
