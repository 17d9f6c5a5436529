package com.ocpizza.auth.staff;

import com.ocpizza.common.problem.ProblemException;
import com.ocpizza.common.problem.ProblemTypes;
import java.util.Map;
import org.springframework.http.HttpStatus;

/** The caller's roles or pizzeria do not cover this staff account. */
class StaffAccessDenied extends ProblemException {

  private static final long serialVersionUID = 1L;

  StaffAccessDenied(String detail) {
    super(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, detail, Map.of());
  }
}
