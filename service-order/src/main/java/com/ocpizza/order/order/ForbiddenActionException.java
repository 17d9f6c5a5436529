package com.ocpizza.order.order;

import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The caller may see the order but not make this change to it: answered 403. */
public class ForbiddenActionException extends ProblemException {

  private static final long serialVersionUID = 1L;

  ForbiddenActionException(String action) {
    super(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "You may not " + action + ".", Map.of());
  }
}
