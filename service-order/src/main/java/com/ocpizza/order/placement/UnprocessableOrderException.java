package com.ocpizza.order.placement;

import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A well-formed order that cannot be taken as asked: an unknown product, a postcode outside the
 * delivery area, a key reused for another order. Answered 422.
 */
class UnprocessableOrderException extends ProblemException {

  private static final long serialVersionUID = 1L;

  UnprocessableOrderException(String detail) {
    super(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.UNPROCESSABLE, detail, Map.of());
  }
}
