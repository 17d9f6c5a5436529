package com.ocpizza.stock.system;

import com.ocpizza.common.problem.ProblemDetailsAdvice.FieldProblem;
import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A request whose shape is valid but whose content the domain refuses (an unknown product, a size
 * not sold, half an egg): answered 400 naming the field, like a Bean Validation failure.
 */
public class InvalidRequestException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public InvalidRequestException(String field, String message) {
    super(
        HttpStatus.BAD_REQUEST,
        ProblemTypes.VALIDATION,
        "The request has invalid fields; see errors.",
        Map.of("errors", List.of(new FieldProblem(field, message))));
  }
}
