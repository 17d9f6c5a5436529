package com.ocpizza.order.system;

import com.ocpizza.common.problem.ProblemDetailsAdvice;
import com.ocpizza.common.problem.ProblemTypes;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The shared problem answers, plus 422 for a rule of the order refused with a plain message (e.g. a
 * payment larger than what is due, a missing reason).
 */
@RestControllerAdvice
class OrderProblemAdvice extends ProblemDetailsAdvice {

  @ExceptionHandler(IllegalArgumentException.class)
  ResponseEntity<ProblemDetail> handleRefusedRule(IllegalArgumentException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    problem.setType(ProblemTypes.UNPROCESSABLE);
    return ResponseEntity.unprocessableContent().body(problem);
  }
}
