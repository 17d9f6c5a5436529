package com.ocpizza.common.security;

import com.ocpizza.common.problem.ProblemTypes;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 answered as RFC 9457 problems, with the standard bearer-token challenge headers. */
public final class ProblemSecurityHandlers {

  private ProblemSecurityHandlers() {}

  /** Answers a missing or invalid token with a 401 problem and a Bearer challenge. */
  public static AuthenticationEntryPoint unauthorized(JsonMapper json) {
    BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    return (request, response, exception) -> {
      challenge.commence(request, response, exception);
      write(
          json,
          response,
          HttpStatus.UNAUTHORIZED,
          ProblemTypes.UNAUTHORIZED,
          "A valid access token is required.",
          request.getRequestURI());
    };
  }

  /** Answers a caller without the required role with a 403 problem. */
  public static AccessDeniedHandler forbidden(JsonMapper json) {
    BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();
    return (request, response, exception) -> {
      challenge.handle(request, response, exception);
      write(
          json,
          response,
          HttpStatus.FORBIDDEN,
          ProblemTypes.FORBIDDEN,
          "You are not allowed to do this.",
          request.getRequestURI());
    };
  }

  static void write(
      JsonMapper json,
      HttpServletResponse response,
      HttpStatus status,
      URI type,
      String detail,
      String instance)
      throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setType(type);
    problem.setInstance(URI.create(instance));
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.getOutputStream().write(json.writeValueAsBytes(problem));
  }
}
