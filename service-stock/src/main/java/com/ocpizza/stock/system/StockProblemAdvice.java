package com.ocpizza.stock.system;

import com.ocpizza.common.problem.ProblemDetailsAdvice;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.core.JacksonException;

/**
 * The shared problem answers, plus: a body value of the wrong type or unknown (a size of "XXL", a
 * unit of "kg") is a 400 naming the field.
 */
@RestControllerAdvice
class StockProblemAdvice extends ProblemDetailsAdvice {

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
      return ResponseEntity.badRequest()
          .body(validationProblem(List.of(new FieldProblem(path(json), "has an invalid value"))));
    }
    return super.handleHttpMessageNotReadable(e, headers, status, request);
  }

  /**
   * The JSON path of the offending value, written like Bean Validation's: {@code lines[0].size}.
   */
  private static String path(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference reference : e.getPath()) {
      if (reference.getPropertyName() != null) {
        if (!path.isEmpty()) {
          path.append('.');
        }
        path.append(reference.getPropertyName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }
}
