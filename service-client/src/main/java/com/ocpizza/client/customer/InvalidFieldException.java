package com.ocpizza.client.customer;

import com.ocpizza.common.problem.ProblemDetailsAdvice.FieldProblem;
import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** A field that passed the request's shape checks but not the domain's, e.g. a phone number. */
public class InvalidFieldException extends ProblemException {

  private static final long serialVersionUID = 1L;

  public InvalidFieldException(String field, String message) {
    super(
        HttpStatus.BAD_REQUEST,
        ProblemTypes.VALIDATION,
        "The request has invalid fields; see errors.",
        Map.of("errors", List.of(new FieldProblem(field, message))));
  }

  static String phone(String raw) {
    return PhoneNumbers.normalise(raw)
        .orElseThrow(() -> new InvalidFieldException("phone", "is not a valid phone number"));
  }
}
